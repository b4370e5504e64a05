/** What the framework apps pass to <graph-backprop> (see test/apps/shared/states.ts). */
import type { AppElement } from '../shared/states.js';

export const tag = 'graph-backprop';

const second = {
  expr: 'relu(w*x - b)',
  values: 'x=2, w=-1, b=-3',
  selected: 'x',
  mode: 'reverse',
  wrt: 'x',
  editable: false,
};

export const states: AppElement['states'] = [
  {
    expr: 'relu(w*x + b)',
    values: 'x=1.5, w=2, b=-1',
    selected: 'w',
    mode: 'forward',
    wrt: 'w',
    editable: true,
  },
  second,
  { ...second, step: 2 },
];

export const misused: AppElement['misused'] = { value: 99, gradients: { x: 1 }, totalSteps: 99 };

export const events: AppElement['events'] = [
  'node-select',
  'backward-step',
  'forward-step',
  'input',
  'change',
  'error',
];
