/** What the framework apps pass to <neuron-backprop> (see test/apps/shared/states.ts). */
import type { AppElement } from '../shared/states.js';

export const tag = 'neuron-backprop';

const second = { x: '-1', w: 1.2, b: '0.3', y: 0, wrt: 'w', learningRate: '0.1' };

export const states: AppElement['states'] = [
  { x: 1.5, w: 0.8, b: -0.4, y: 1, wrt: 'b', learningRate: 0.5 },
  second,
  second,
];

export const misused: AppElement['misused'] = {
  z: 99,
  a: 0.5,
  loss: 99,
  gradients: { w: 1 },
  values: {},
};

export const events: AppElement['events'] = ['input', 'change', 'error'];
