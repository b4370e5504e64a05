// What the interaction bench does to each element: the attributes it mounts with and the 200
// value changes it times. Changes go back and forth (a triangle wave) so values stay in range
// and every step really changes the value. A scenario's `select` is clicked once, untimed, before
// its changes (a reader picking what to edit); `drag` is pressed once before its pointer moves.
import { ExpressionGraph } from '../../src/core/index.ts';

export const CHANGES = 200;

/** The row that times the harness's own minimal element (bench/pages/floor-element.ts). */
export const FLOOR = 'the harness floor';

/** 0, 1, ..., half, half-1, ..., 1, 0, 1, ...: position i of a triangle wave of the given half-period. */
const triangle = (i, half) => {
  const phase = i % (2 * half);
  return phase <= half ? phase : 2 * half - phase;
};

/** Keys that go right `half` times, then left `half` times, and so on. */
function keys(selector, count = CHANGES, half = 10) {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'key',
    selector,
    key: Math.floor(i / half) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft',
  }));
}

/** Pointer moves of `step` px along one axis, back and forth, from where the pointer went down. */
function drag(selector, axis, step, count = CHANGES, half = 20) {
  return Array.from({ length: count }, (_, i) => {
    const offset = step * triangle(i + 1, half) * (Math.floor((i + 1) / (2 * half)) % 2 ? -1 : 1);
    return {
      kind: 'pointer-move',
      selector,
      dx: axis === 'x' ? offset : 0,
      dy: axis === 'y' ? offset : 0,
    };
  });
}

/** Typing values into a number field, back and forth between -1 and 1 in steps of 0.1. */
function field(selector, count = CHANGES) {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'field',
    selector,
    value: ((triangle(i + 1, 20) - 10) / 10).toFixed(1),
  }));
}

/**
 * An expression with exactly `nodes` nodes: nested neurons tanh(w_k * ... + b_k), the last
 * without its activation (5 nodes per layer). Checked with the core's parser.
 */
export function graphExpression(nodes) {
  if (nodes % 5 !== 0) throw new RangeError('graph sizes are multiples of 5');
  const layers = nodes / 5;
  const activations = ['tanh', 'sigmoid', 'relu'];
  let text = 'x';
  for (let k = 1; k <= layers; k++) {
    const inner = `w${k}*${text} + b${k}`;
    text = k === layers ? inner : `${activations[(k - 1) % 3]}(${inner})`;
  }
  const count = new ExpressionGraph(text).nodes.length;
  if (count !== nodes) throw new Error(`expected ${nodes} nodes, the parser made ${count}`);
  return text;
}

/**
 * The leaf x, deepest in the graph: a change to it is recomputed through every node. A variable's
 * node is a slider inside the diagram's one Tab stop (roving focus); its name is in data-name.
 */
const GRAPH_LEAF = 'g[role="slider"][data-name="x"]';
const LEVER = '.handle';
/** The first hidden layer's weight from input 0 to unit 0 (W1[0,0]), deepest in the network. */
const WEIGHT = '[data-weight="1 0 0"]';
/**
 * Connections are not focusable: a reader picks a weight by clicking its connection, and the
 * layer panel's weight editor then holds it; its slider takes the arrow keys.
 */
const WEIGHT_SLIDER = '.weight-slider';

export function scenarios() {
  const list = [];
  for (const nodes of [10, 30, 60]) {
    const attributes = { expr: graphExpression(nodes), values: 'x=0.5' };
    const name = `graph-backprop, ${nodes} nodes`;
    list.push(
      {
        name,
        tag: 'graph-backprop',
        attributes,
        change: 'arrow key on leaf x',
        actions: keys(GRAPH_LEAF),
      },
      {
        name,
        tag: 'graph-backprop',
        attributes,
        change: 'drag leaf x',
        drag: GRAPH_LEAF,
        actions: drag(GRAPH_LEAF, 'x', 3),
      },
    );
  }
  const delta = { sizes: '2 16 16 1', x: '0.5 -0.3', y: '1' };
  list.push(
    {
      name: 'layer-delta, 2-16-16-1',
      tag: 'layer-delta',
      attributes: delta,
      change: 'arrow key on a weight',
      select: WEIGHT,
      actions: keys(WEIGHT_SLIDER),
    },
    {
      name: 'layer-delta, 2-16-16-1',
      tag: 'layer-delta',
      attributes: delta,
      change: 'drag a weight',
      drag: WEIGHT,
      actions: drag(WEIGHT, 'y', 3),
    },
    {
      name: 'layer-delta, 2-16-16-1',
      tag: 'layer-delta',
      attributes: delta,
      change: 'type in the weight field',
      actions: field('.weight-input'),
    },
    {
      name: 'neuron-backprop',
      tag: 'neuron-backprop',
      attributes: {},
      change: 'arrow key on the w slider',
      actions: keys('#slider-w'),
    },
    {
      name: 'chain-rule-gears',
      tag: 'chain-rule-gears',
      attributes: { ratios: '2 3' },
      change: 'arrow key on the lever',
      actions: keys(LEVER),
    },
    {
      name: 'chain-rule-gears',
      tag: 'chain-rule-gears',
      attributes: { ratios: '2 3' },
      change: 'drag the lever',
      drag: LEVER,
      actions: drag(LEVER, 'x', 3),
    },
    {
      // Not a target: what any change costs in this harness (bench/pages/floor-element.ts), so
      // an element's own part of a row is the row less this one, at the same rate and load.
      name: FLOOR,
      tag: 'bench-floor',
      attributes: {},
      change: 'arrow key on a Lit counter',
      actions: keys('.box'),
    },
  );
  return list;
}

/** Attributes for the first-render and memory benches: one typical configuration per element. */
export const TYPICAL = [
  { tag: 'graph-backprop', attributes: { expr: 'relu(w*x + b)', values: 'w=2, x=-1, b=3' } },
  {
    tag: 'graph-backprop',
    label: 'graph-backprop, 60 nodes',
    memory: false, // first render only: 10,000 cycles of it would take most of an hour here
    attributes: { expr: graphExpression(60), values: 'x=0.5' },
  },
  { tag: 'neuron-backprop', attributes: {} },
  { tag: 'chain-rule-gears', attributes: { ratios: '2 3' } },
  { tag: 'layer-delta', attributes: { sizes: '2 16 16 1' } },
];

/**
 * The interaction bench's time to first render: every element, `<train-network>` too (the
 * training bench's network). It shows no formula until a reader opens a panel, so its "typeset"
 * is its first paint; the bundle and memory benches keep to TYPICAL.
 */
export const FIRST_RENDERS = [
  ...TYPICAL,
  {
    tag: 'train-network',
    attributes: { dataset: 'circle', sizes: '8 8', activation: 'tanh', seed: '1' },
  },
];
