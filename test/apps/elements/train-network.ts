/** What the framework apps pass to <train-network> (see test/apps/shared/states.ts). */
import type { AppElement } from '../shared/states.js';

export const tag = 'train-network';

/** The author's own points (the `dataset` attribute is `datasetName` in script: not passed). */
const points = [
  { x: 1, y: 1, label: 0 },
  { x: -1, y: -1, label: 0 },
  { x: 2, y: 1.5, label: 0 },
  { x: -2, y: -0.5, label: 0 },
  { x: 1, y: -1, label: 1 },
  { x: -1, y: 1, label: 1 },
  { x: 2.5, y: -2, label: 1 },
  { x: -1.5, y: 2, label: 1 },
];

const second = {
  points: '1 1 0; -1 -1 1; 2 -2 0; -2 2 1; 0.5 0.5 0; -0.5 -0.5 1',
  sizes: '3',
  activation: 'relu',
  learningRate: '0.3',
  batchSize: 3,
  regularization: 'l1',
  regularizationRate: '0.001',
  noise: 0,
  trainRatio: '0.5',
  features: 'x1 x2 x1*x2',
  seed: '4',
  goalAccuracy: '0.5',
  weights: [
    [
      [0.3, -0.6, 0.2],
      [-0.5, 0.2, 0.1],
      [0.4, 0.4, -0.3],
    ],
    [[0.7, -0.1, 0.5]],
  ],
  biases: [[0, 0.2, -0.1], [-0.3]],
};

export const states: AppElement['states'] = [
  {
    points,
    sizes: [2],
    activation: 'tanh',
    learningRate: 0.1,
    batchSize: 2,
    regularization: 'l2',
    regularizationRate: 0.01,
    noise: 0.1,
    trainRatio: 0.5,
    features: ['x1', 'x2'],
    seed: 3,
    goalAccuracy: 0.75,
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
  epoch: 5,
  trainLoss: 0,
  testLoss: 0,
  accuracy: 1,
};

export const events: AppElement['events'] = ['epoch', 'change', 'diverged', 'error'];
