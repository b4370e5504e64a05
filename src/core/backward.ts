import type { GradNode } from './node.js';

/** One input's share of a backward step. */
export interface StepContribution {
  readonly node: GradNode;
  /** d(step node)/d(this input): the local gradient on the edge. */
  readonly local: number;
  /** upstream x local: what this edge adds to the input's gradient. */
  readonly contribution: number;
}

/** One node passing its gradient to all its inputs. */
export interface BackwardStep {
  readonly node: GradNode;
  /** d(output)/d(node) at the moment the node passes it on (complete by then). */
  readonly upstream: number;
  readonly inputs: readonly StepContribution[];
}

/**
 * Nodes reachable from `output`, inputs before the nodes that use them.
 * Iterative depth-first search, so graphs thousands of nodes deep do not overflow the stack.
 */
export function topologicalOrder(output: GradNode): GradNode[] {
  const order: GradNode[] = [];
  const visited = new Set<GradNode>();
  const stack: Array<{ node: GradNode; next: number }> = [{ node: output, next: 0 }];
  visited.add(output);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.next < frame.node.inputs.length) {
      const child = frame.node.inputs[frame.next++];
      if (!visited.has(child)) {
        visited.add(child);
        stack.push({ node: child, next: 0 });
      }
    } else {
      order.push(frame.node);
      stack.pop();
    }
  }
  return order;
}

/** Recomputes every value and local gradient, inputs first. */
export function forward(order: readonly GradNode[]): void {
  for (const node of order) node.recompute();
}

/**
 * Runs a full backward pass from `output` and returns its steps in the order they ran
 * (reverse topological order: a node passes its gradient on only after every user of it has).
 * Gradients are zeroed first, so a second pass gives the same numbers, and contributions
 * accumulate with `+=`, so a node used several times gets the sum over its uses.
 */
export function backward(
  output: GradNode,
  order: readonly GradNode[] = topologicalOrder(output),
): BackwardStep[] {
  for (const node of order) node.grad = 0;
  output.grad = 1;
  const steps: BackwardStep[] = [];
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    if (node.isLeaf) continue;
    const upstream = node.grad;
    const inputs = node.inputs.map((input, k) => {
      const local = node.localGrads[k];
      const contribution = upstream * local;
      input.grad += contribution;
      return { node: input, local, contribution };
    });
    steps.push({ node, upstream, inputs });
  }
  return steps;
}

/**
 * The gradient of every node after the first `count` steps of a recorded pass,
 * for widgets that show the pass part way through. The output's own gradient is 1 from the start.
 */
export function gradientsAfter(
  steps: readonly BackwardStep[],
  output: GradNode,
  count: number,
): Map<GradNode, number> {
  const grads = new Map<GradNode, number>([[output, 1]]);
  for (const step of steps.slice(0, Math.max(0, count))) {
    for (const { node, contribution } of step.inputs) {
      grads.set(node, (grads.get(node) ?? 0) + contribution);
    }
  }
  return grads;
}
