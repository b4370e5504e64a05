import fc from 'fast-check';
import {
  ExpressionGraph,
  centralDifference,
  relativeError,
  type GradNode,
} from '../../src/core/index.js';

/**
 * Random expressions from the parser's grammar, and a judge of where central differences can
 * be trusted as the reference for them. Shared by the property test and by anyone re-running
 * it with other seeds.
 */

export const VARIABLES = ['x', 'y', 'z'] as const;
const SMOOTH_FUNCTIONS = ['exp', 'log', 'sqrt', 'sin', 'cos', 'tanh', 'sigmoid'] as const;
/** Differentiable everywhere but at 0; points near the kink are discarded. */
const KINKED_FUNCTIONS = ['relu', 'abs'] as const;

/** Mostly variables, so few expressions come out constant and get discarded. */
const leaf = fc.oneof(
  { arbitrary: fc.constantFrom(...VARIABLES), weight: 4 },
  { arbitrary: fc.integer({ min: 1, max: 5 }).map(String), weight: 2 },
  { arbitrary: fc.constantFrom('0.5', '1.5', '.25', '2e-1'), weight: 1 },
);

/** Levels of nesting in the generated tree. */
const MAX_TREE_DEPTH = 6;

/** Fully parenthesised, so the text's depth stays well inside LIMITS.maxDepth. */
export const expressionArbitrary: fc.Arbitrary<string> = fc.letrec<{ expression: string }>(
  (tie) => ({
    expression: fc.oneof(
      { maxDepth: MAX_TREE_DEPTH, depthSize: 'medium' },
      leaf,
      fc
        .tuple(tie('expression'), fc.constantFrom('+', '-', '*', '/'), tie('expression'))
        .map(([left, op, right]) => `(${left} ${op} ${right})`),
      fc
        .tuple(tie('expression'), fc.integer({ min: -2, max: 3 }))
        .map(([base, k]) => `(${base})^${k < 0 ? `(${k})` : k}`),
      fc
        .tuple(fc.constantFrom(...SMOOTH_FUNCTIONS, ...KINKED_FUNCTIONS), tie('expression'))
        .map(([name, inner]) => `${name}(${inner})`),
      tie('expression').map((inner) => `-(${inner})`),
      fc.tuple(tie('expression'), tie('expression')).map(([p, y]) => `mse(${p}, ${y})`),
      fc.tuple(tie('expression'), tie('expression')).map(([z, y]) => `bce(sigmoid(${z}), ${y})`),
    ),
  }),
).expression;

export const valuesArbitrary: fc.Arbitrary<Record<string, number>> = fc.record({
  x: fc.double({ min: -3, max: 3, noNaN: true }),
  y: fc.double({ min: -3, max: 3, noNaN: true }),
  z: fc.double({ min: -3, max: 3, noNaN: true }),
});

/** Values and gradients above this make round-off too large for a 1e-6 comparison. */
const MAX_MAGNITUDE = 1e3;
/** bce clamps p at BCE_EPSILON from 0 and 1, where its slope jumps; stay this far clear. */
const BCE_MARGIN = 1e-8;

/** Which side of its kink each relu/abs input is on, and whether bce's p is near its clamp. */
function shape(graph: ExpressionGraph): string {
  return graph.nodes
    .map((node: GradNode) => {
      if (node.op === 'relu' || node.op === 'abs') return Math.sign(node.inputs[0].value);
      if (node.op === 'bce') {
        const p = node.inputs[0].value;
        return p > BCE_MARGIN && p < 1 - BCE_MARGIN ? 1 : 0;
      }
      return '';
    })
    .join(',');
}

/** Same shape and no domain problem: the op formulas in force at `graph`'s current values. */
function isSmoothHere(graph: ExpressionGraph, expectedShape: string): boolean {
  return graph.findProblem() === null && shape(graph) === expectedShape;
}

/**
 * Central difference for d(output)/d(name) at the current values, or null if any point of the
 * stencil (at h and 2h) leaves the smooth region, or the two steps disagree: then the
 * difference, not the autodiff, is unreliable. Only the numeric side decides, so an autodiff
 * bug is never filtered out. Restores the values.
 */
export function trustedCentralDifference(graph: ExpressionGraph, name: string): number | null {
  const centre = graph.values()[name];
  const centreShape = shape(graph);
  if (centreShape.includes('0') || graph.findProblem() !== null) return null;
  let smooth = true;
  const valueAt = (t: number): number => {
    graph.setValues({ [name]: t });
    smooth &&= isSmoothHere(graph, centreShape);
    return graph.output.value;
  };
  const slope = centralDifference(valueAt, centre, 1e-5);
  const coarser = centralDifference(valueAt, centre, 2e-5);
  graph.setValues({ [name]: centre });
  if (!smooth || relativeError(slope, coarser) > 1e-7) return null;
  return slope;
}

/**
 * Every value, local gradient and gradient is finite and of moderate size. Huge local gradients
 * that cancel (y/y at y = 1e-154: 1/y - y/y^2) leave a moderate sum that has lost every digit of
 * the other paths, in any floating-point autodiff.
 */
export function hasModerateNumbers(graph: ExpressionGraph): boolean {
  const moderate = (v: number) => Math.abs(v) <= MAX_MAGNITUDE;
  return graph.nodes.every(
    (node) => moderate(node.value) && moderate(node.grad) && node.localGrads.every(moderate),
  );
}
