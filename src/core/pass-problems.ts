import type { GradNode } from './node.js';
import { problemAt, type DomainProblem, type ReasonCode } from './reason-words.js';

/**
 * Where a pass over finite values and finite local gradients still leaves a number that is not
 * finite: a gradient or a tangent that overflows (`x*1e308*10` at x = 0 has the value 0 but the
 * gradient 1e309 for x). Both passes are worked out here in arrays of their own, so checking
 * never changes what a widget has run on the nodes. Each number is checked once it is complete,
 * when every number before it was finite, so the first one found is an overflow, not a NaN
 * carried along.
 */

/** Every node from the output down, inputs first, with the indices of each node's inputs. */
export interface PassShape {
  readonly order: readonly GradNode[];
  readonly inputs: readonly (readonly number[])[];
}

export function passShape(order: readonly GradNode[]): PassShape {
  const index = new Map(order.map((node, i) => [node, i]));
  return { order, inputs: order.map((node) => node.inputs.map((input) => index.get(input)!)) };
}

type Found = DomainProblem | null;

/**
 * The reason for `node`, in the words quoting a variable's name when it is one. Its `label`
 * names it: a variable by its name, a number by its text, an op by its op.
 */
const about = (node: GradNode, other: ReasonCode, variable: ReasonCode): ReasonCode =>
  node.op === 'var' ? variable : other;

/** The first gradient of the backward pass that is not finite, output first, as the pass runs. */
export function gradientProblem({ order, inputs }: PassShape): Found {
  const grads = new Float64Array(order.length);
  grads[order.length - 1] = 1; // the output is last in topological order
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    if (!Number.isFinite(grads[i])) {
      const reason = about(node, 'gradient', 'gradientVar');
      return problemAt(node, reason, { name: node.label });
    }
    // Plain loops, no callback per node: this runs on every change of a value.
    const from = inputs[i];
    for (let k = 0; k < from.length; k++) grads[from[k]] += grads[i] * node.localGrads[k];
  }
  return null;
}

/** Forward mode with leaf tangents `seed` (of |local| when `bound`): the first bad node, or -1. */
function badTangent(
  { order, inputs }: PassShape,
  seed: (node: GradNode) => boolean,
  bound = false,
) {
  const tangents = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const node = order[i];
    let tangent = node.isLeaf && seed(node) ? 1 : 0;
    const from = inputs[i];
    for (let k = 0; k < from.length; k++) {
      const local = node.localGrads[k];
      tangent += (bound ? Math.abs(local) : local) * tangents[from[k]];
    }
    tangents[i] = tangent;
    if (!Number.isFinite(tangent)) return i;
  }
  return -1;
}

/**
 * The first tangent of forward mode, seeded on each variable in turn, that is not finite. One
 * pass of magnitudes seeded on every variable at once bounds every tangent (|Σ l·t| ≤ Σ |l|·|t|);
 * only when that bound overflows are the variables tried one by one, so a graph usually costs
 * one pass, not one per variable.
 */
export function tangentProblem(shape: PassShape): Found {
  const isVariable = (node: GradNode): boolean => node.op === 'var';
  if (badTangent(shape, isVariable, true) === -1) return null;
  for (const seed of shape.order.filter(isVariable)) {
    const bad = badTangent(shape, (node) => node === seed);
    if (bad === -1) continue;
    const node = shape.order[bad];
    const reason = about(node, 'tangent', 'tangentVar');
    return problemAt(node, reason, { name: node.label, wrt: seed.label });
  }
  return null;
}
