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

/** A graph's shape by index, made once per graph: `inputs[i]` are the indices of node i's inputs. */
export interface PassShape {
  readonly order: readonly GradNode[];
  readonly inputs: readonly (readonly number[])[];
  readonly output: number;
}

/** The shape of `order` (every node from `output` down, inputs first). */
export function passShape(order: readonly GradNode[], output: GradNode): PassShape {
  const index = new Map(order.map((node, i) => [node, i]));
  const inputs = order.map((node) => node.inputs.map((input) => index.get(input)!));
  return { order, inputs, output: index.get(output)! };
}

/** How a message names a node: a variable by its name, a number by its text, an op by its op. */
function nameOf(node: GradNode): string {
  if (node.op === 'var') return `'${node.label}'`;
  if (node.op === 'const') return `the number ${node.label}`;
  return node.op;
}

type Found = { node: GradNode; message: string } | null;

/**
 * The first gradient of a backward pass that is not finite, output first, as the pass runs.
 * Each node's gradient is checked once it is complete; every gradient before it was finite and
 * every local gradient is (the caller checked), so the first one found is an overflow, not a
 * NaN carried along.
 */
export function gradientProblem({ order, inputs, output }: PassShape): Found {
  const grads = new Float64Array(order.length);
  grads[output] = 1;
  for (let i = order.length - 1; i >= 0; i--) {
    const upstream = grads[i];
    if (!Number.isFinite(upstream)) {
      return {
        node: order[i],
        message: `the gradient of ${nameOf(order[i])} is too large for a number`,
      };
    }
    const { localGrads } = order[i];
    inputs[i].forEach((j, k) => {
      grads[j] += upstream * localGrads[k];
    });
  }
  return null;
}

/** Forward mode's tangents, inputs first, with each leaf's seed from `seed`; the first bad one. */
function firstBadTangent(
  { order, inputs }: PassShape,
  seed: (node: GradNode) => number,
  magnitude: boolean,
): number {
  const tangents = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    if (node.isLeaf) {
      tangents[i] = seed(node);
      continue;
    }
    let tangent = 0;
    inputs[i].forEach((j, k) => {
      const local = node.localGrads[k];
      tangent += (magnitude ? Math.abs(local) : local) * tangents[j];
    });
    if (!Number.isFinite(tangent)) return i;
    tangents[i] = tangent;
  }
  return -1;
}

/**
 * The first tangent of forward mode, seeded on each of `seeds` in turn, that is not finite.
 * One pass of magnitudes seeded on every variable at once bounds every tangent of every seed
 * (|Σ local·t| ≤ Σ |local|·|t|); only when that bound overflows are the seeds tried one by one,
 * so the usual graph costs one pass, not one per variable.
 */
export function tangentProblem(shape: PassShape, seeds: readonly GradNode[]): Found {
  const seeded = new Set(seeds);
  if (firstBadTangent(shape, (node) => (seeded.has(node) ? 1 : 0), true) === -1) return null;
  for (const seed of seeds) {
    const bad = firstBadTangent(shape, (node) => (node === seed ? 1 : 0), false);
    if (bad !== -1) {
      const node = shape.order[bad];
      const message = `the tangent of ${nameOf(node)} with respect to ${nameOf(seed)} is too large for a number`;
      return { node, message };
    }
  }
  return null;
}
