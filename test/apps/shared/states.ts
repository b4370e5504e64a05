/**
 * What every framework app renders, one state after another (its "next" button advances): each
 * documented attribute and settable property of the four elements, given the way that framework
 * passes props (arrays and numbers as values, text where an author would write text). The
 * browser tests (test/distribution/frameworks-*.test.ts) compute what each element must show
 * from the same states.
 */

export interface AppState {
  gears: {
    ratios: number[] | string;
    input: number | string;
    labels: string[] | string;
    units: string[] | string;
    value?: number;
  };
  neuron: {
    x: number | string;
    w: number | string;
    b: number | string;
    y: number | string;
    wrt: string;
    learningRate: number | string;
  };
  graph: {
    expr: string;
    values: string;
    selected: string;
    mode: 'reverse' | 'forward';
    wrt: string;
    editable: boolean;
    step?: number;
  };
  layer: {
    sizes: string;
    activation: string;
    loss: string;
    seed: number | string;
    x: number[] | string;
    y: number[] | string;
    weights: number[][][];
    biases: number[][];
  };
  /** Read-only properties passed as props too: each element must ignore them and say so. */
  misuse?: boolean;
}

const first: AppState = {
  gears: { ratios: [2, 3], input: 2, labels: ['lever', 'first', 'second'], units: 'cm, °, °' },
  neuron: { x: 1.5, w: 0.8, b: -0.4, y: 1, wrt: 'b', learningRate: 0.5 },
  graph: {
    expr: 'relu(w*x + b)',
    values: 'x=1.5, w=2, b=-1',
    selected: 'w',
    mode: 'forward',
    wrt: 'w',
    editable: true,
  },
  layer: {
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
};

const second: AppState = {
  gears: {
    ratios: '1.5 -2 0.5',
    input: '-1',
    labels: 'pull, one, two, three',
    units: ['mm', 'rad'],
  },
  neuron: { x: '-1', w: 1.2, b: '0.3', y: 0, wrt: 'w', learningRate: '0.1' },
  graph: {
    expr: 'relu(w*x - b)',
    values: 'x=2, w=-1, b=-3',
    selected: 'x',
    mode: 'reverse',
    wrt: 'x',
    editable: false,
  },
  layer: {
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
  },
};

/** The live properties, set once the attributes are in place. */
const third: AppState = {
  ...second,
  gears: { ...second.gears, value: -3 },
  graph: { ...second.graph, step: 2 },
};

const fourth: AppState = { ...third, misuse: true };

export const STATES: readonly AppState[] = [first, second, third, fourth];

/** The read-only properties each app passes in the last state, with the values it passes. */
export const MISUSED: Record<string, Record<string, unknown>> = {
  'chain-rule-gears': { product: 99, outputs: [1] },
  'neuron-backprop': { z: 99, a: 0.5, loss: 99, gradients: { w: 1 }, values: {} },
  'graph-backprop': { value: 99, gradients: { x: 1 }, totalSteps: 99 },
  'layer-delta': { activations: [], deltas: [], weightGradients: [], opCounts: {} },
};

/** The events each app listens to, per tag: every event the element documents. */
export const EVENTS: Record<string, readonly string[]> = {
  'chain-rule-gears': ['input', 'change', 'error'],
  'neuron-backprop': ['input', 'change', 'error'],
  'graph-backprop': ['node-select', 'backward-step', 'forward-step', 'input', 'change', 'error'],
  'layer-delta': ['layer-select', 'backward-step', 'input', 'change', 'error'],
};

/** One line of an app's event log: `tag type detail-as-JSON`. */
export function logLine(tag: string, event: Event): string {
  return `${tag} ${event.type} ${JSON.stringify((event as CustomEvent).detail ?? null)}`;
}
