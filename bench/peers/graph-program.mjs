// One seeded recipe for a scalar graph, built by either engine, so both differentiate the very
// same graph. The recipe repeats a block that looks like a tiny neuron: a fresh weight w,
// m = prev * w, s = m + (an earlier node or a fresh bias), t = tanh(s). Values stay in [-1, 1]
// (tanh), every node is reachable from the output, and one block in two reuses an earlier node,
// so fan-out (a node used twice, whose gradient must be summed) is exercised too.
import { seededRandom } from '../../src/core/index.ts';

/** Instructions: { kind: 'leaf', value } or { kind: op, inputs: [i, j?] } (indices of earlier steps). */
export function graphProgram(nodeCount, seed = 7) {
  const random = seededRandom(seed);
  const steps = [];
  const leaf = () => steps.push({ kind: 'leaf', value: random() * 2 - 1 }) - 1;
  const op = (kind, ...inputs) => steps.push({ kind, inputs }) - 1;
  let prev = leaf();
  while (steps.length + 5 <= nodeCount || steps.length < 2) {
    const w = leaf();
    const m = op('mul', prev, w);
    let other;
    if (steps.length > 8 && random() < 0.5) {
      // an earlier op node from the last few blocks: fan-out
      other = steps.length - 2 - Math.floor(random() * Math.min(30, steps.length - 2));
      if (steps[other].kind === 'leaf') other = m;
    } else {
      other = leaf();
    }
    const s = op('add', m, other);
    prev = op('tanh', s);
  }
  // Pad to the exact count with leaf-times-previous pairs.
  while (steps.length + 2 <= nodeCount) {
    const w = leaf();
    prev = op('mul', prev, w);
  }
  return steps;
}

/** Builds the program with micrograd-style Values; returns { output, leaves }. */
export function buildMicrograd(steps, Value) {
  const nodes = new Array(steps.length);
  const leaves = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.kind === 'leaf') {
      nodes[i] = new Value(step.value);
      leaves.push(nodes[i]);
    } else {
      const [a, b] = step.inputs;
      nodes[i] = step.kind === 'tanh' ? nodes[a].tanh() : nodes[a][step.kind](nodes[b]);
    }
  }
  return { output: nodes[nodes.length - 1], leaves };
}

/** Builds the program with the core's GradNodes; returns { output, leaves }. */
export function buildOurs(steps, core) {
  const nodes = new Array(steps.length);
  const leaves = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.kind === 'leaf') {
      nodes[i] = core.variable(`v${i}`, step.value);
      leaves.push(nodes[i]);
    } else {
      nodes[i] = core.apply(step.kind, ...step.inputs.map((k) => nodes[k]));
    }
  }
  return { output: nodes[nodes.length - 1], leaves };
}
