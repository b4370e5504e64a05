/** What the framework apps pass to <layer-delta> (see test/apps/shared/states.ts). */
import type { AppElement } from '../shared/states.js';

export const tag = 'layer-delta';

const second = {
  sizes: '2 2 1',
  activation: 'relu',
  loss: 'bce',
  seed: '4',
  x: '0.5 0.25',
  y: '0',
  weights: [
    [
      [0.3, 0.6],
      [-0.5, 0.2],
    ],
    [[0.7, 0.1]],
  ],
  biases: [[0, 0.2], [-0.3]],
};

export const states: AppElement['states'] = [
  {
    sizes: '2 2 1',
    activation: 'tanh',
    loss: 'mse',
    seed: 3,
    x: [1, -1],
    y: [1],
    weights: [
      [
        [0.5, -0.25],
        [1, 0.75],
      ],
      [[0.2, -0.4]],
    ],
    biases: [[0.1, -0.1], [0.05]],
  },
  second,
  second,
];

export const misused: AppElement['misused'] = {
  activations: [],
  deltas: [],
  weightGradients: [],
  opCounts: {},
};

export const events: AppElement['events'] = [
  'layer-select',
  'backward-step',
  'input',
  'change',
  'error',
];
