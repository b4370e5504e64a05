import type { GradNode } from './node.js';

/**
 * Where a pass over finite values and finite local gradients still leaves a number that is not
 * finite: a gradient or a tangent that overflows (`x*1e308*10` at x = 0 has the value 0 but the
 * gradient 1e309 for x). Both passes are worked out here in arrays of their own, so checking
 * never changes what a widget has run on the nodes.
 */

/** The index of the first entry that is not a finite number, or -1. */
export function firstNonFinite(values: readonly number[]): number {
  return values.findIndex((value) => !Number.isFinite(value));
}

/** How a message names a node: a variable by its name, a number by its text, an op by its op. */
function nameOf(node: GradNode): string {
  if (node.op === 'var') return `'${node.label}'`;
  if (node.op === 'const') return `the number ${node.label}`;
  return node.op;
}

/**
 * The first gradient of a backward pass from `output` that is not finite, output first, as the
 * pass runs; else the first tangent of forward mode seeded on each of `seeds` in turn, inputs
 * first. Each node's number is checked once it is complete; every number before it was finite
 * and every local gradient is (the caller checked), so the first one found is an overflow, not
 * a NaN carried along. `order` is every node from `output` down, inputs first.
 */
export function passProblems(
  order: readonly GradNode[],
  output: GradNode,
  seeds: readonly GradNode[],
): { node: GradNode; message: string } | null {
  const index = new Map(order.map((node, i) => [node, i]));
  const grads = new Float64Array(order.length);
  grads[index.get(output)!] = 1;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const upstream = grads[i];
    if (!Number.isFinite(upstream)) {
      return { node, message: `the gradient of ${nameOf(node)} is too large for a number` };
    }
    node.inputs.forEach((input, k) => {
      grads[index.get(input)!] += upstream * node.localGrads[k];
    });
  }
  for (const seed of seeds) {
    const tangents = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) {
      const node = order[i];
      if (node.isLeaf) {
        tangents[i] = node === seed ? 1 : 0;
        continue;
      }
      let tangent = 0;
      node.inputs.forEach((input, k) => {
        tangent += node.localGrads[k] * tangents[index.get(input)!];
      });
      if (!Number.isFinite(tangent)) {
        const message = `the tangent of ${nameOf(node)} with respect to ${nameOf(seed)} is too large for a number`;
        return { node, message };
      }
      tangents[i] = tangent;
    }
  }
  return null;
}
