import { topologicalOrder } from './backward.js';
import type { GradNode } from './node.js';

/** One input's share of a forward-mode step. */
export interface TangentContribution {
  readonly node: GradNode;
  /** d(step node)/d(this input): the same local gradient the backward pass uses. */
  readonly local: number;
  /** The input's tangent d(input)/d(wrt), complete by the time the step runs. */
  readonly tangentIn: number;
  /** local × tangentIn: what this edge adds to the step node's tangent. */
  readonly contribution: number;
}

/** One node computing its tangent from its inputs' tangents. */
export interface ForwardStep {
  readonly node: GradNode;
  /** d(node)/d(wrt) = Σ over inputs of local × tangentIn. */
  readonly tangent: number;
  readonly inputs: readonly TangentContribution[];
}

/**
 * Forward mode: carries d(node)/d(wrt) from the inputs to `output`, one step per op node in
 * topological order (the order the values were computed in), and returns the steps as they ran.
 * The seed is a tangent of 1 on `wrt` and 0 on every other leaf; each op node's tangent is then
 * Σ local × input tangent, using the local gradients of the current values (run `forward` or
 * `ExpressionGraph.setValues` first, as for `backward`). Every node's `tangent` is left set, and
 * `output.tangent` ends as d(output)/d(wrt): the gradient one reverse pass gives for `wrt`, where
 * forward mode needs a pass per input. `wrt` must be a leaf (a variable or a constant): an op
 * node's tangent is computed, not chosen, so seeding one throws RangeError.
 */
export function forwardTangents(
  output: GradNode,
  wrt: GradNode,
  order: readonly GradNode[] = topologicalOrder(output),
): ForwardStep[] {
  if (!wrt.isLeaf) throw new RangeError('forward mode seeds a variable or a constant, not an op');
  const steps: ForwardStep[] = [];
  for (const node of order) {
    if (node.isLeaf) {
      node.tangent = node === wrt ? 1 : 0;
      continue;
    }
    let tangent = 0;
    const inputs = node.inputs.map((input, k) => {
      const local = node.localGrads[k];
      const tangentIn = input.tangent;
      const contribution = local * tangentIn;
      tangent += contribution;
      return { node: input, local, tangentIn, contribution };
    });
    node.tangent = tangent;
    steps.push({ node, tangent, inputs });
  }
  return steps;
}

/**
 * The tangent of every node after the first `count` steps of a recorded forward pass, for
 * widgets that show the pass part way through. The seeds are known from the start: `wrt` is 1
 * and every other leaf the steps read is 0. Op nodes appear once their step has run.
 */
export function tangentsAfter(
  steps: readonly ForwardStep[],
  wrt: GradNode,
  count: number,
): Map<GradNode, number> {
  const tangents = new Map<GradNode, number>([[wrt, 1]]);
  for (const step of steps) {
    for (const { node, tangentIn } of step.inputs) if (node.isLeaf) tangents.set(node, tangentIn);
  }
  for (const step of steps.slice(0, Math.max(0, count))) tangents.set(step.node, step.tangent);
  return tangents;
}

/** How many passes each mode needs for every derivative of every output. */
export interface PassTally {
  /** Forward mode: one pass per input, each giving every output's derivative for that input. */
  readonly forward: number;
  /** Reverse mode: one pass per output, each giving that output's gradient for every input. */
  readonly reverse: number;
}

/**
 * Passes needed for the full Jacobian of a function with `inputs` inputs and `outputs` outputs.
 * For a loss (one output) of n parameters: n forward passes against 1 reverse pass.
 */
export function passesNeeded(inputs: number, outputs: number): PassTally {
  return { forward: inputs, reverse: outputs };
}
