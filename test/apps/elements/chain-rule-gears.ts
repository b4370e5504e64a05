/** What the framework apps pass to <chain-rule-gears> (see test/apps/shared/states.ts). */
import type { AppElement } from '../shared/states.js';

export const tag = 'chain-rule-gears';

const second = {
  ratios: '1.5 -2 0.5',
  input: '-1',
  labels: 'pull, one, two, three',
  units: ['mm', 'rad'],
};

export const states: AppElement['states'] = [
  { ratios: [2, 3], input: 2, labels: ['lever', 'first', 'second'], units: 'cm, °, °' },
  second,
  { ...second, value: -3 },
];

export const misused: AppElement['misused'] = { product: 99, outputs: [1] };

export const events: AppElement['events'] = ['input', 'change', 'error'];
