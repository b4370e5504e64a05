import { DomainError, ExpressionError } from './errors.js';
import { ExpressionGraph } from './expression-graph.js';

/**
 * The value of `expr` and d(value)/d(variable) for every variable in it. Every result is a
 * finite number; anything else throws, so a caller never receives NaN:
 *
 * - a malformed expression throws ExpressionError with a 0-based `position` (see `parse`);
 * - a variable missing from `values` throws ExpressionError naming it, at its first occurrence;
 * - a value that is not a finite number (`{ x: '2' }`, NaN, Infinity) throws ExpressionError
 *   naming the variable and what it was given: nothing is converted, so '2' never becomes "21";
 * - an op given inputs outside its domain (`log(-1)`, `x/0`, `sqrt(0)`'s infinite slope, `x^y`
 *   at a negative x), or a value or gradient too large for a number, throws DomainError (an
 *   ExpressionError) with the message, `op`, the `node`, and `position` where it is written.
 *
 * The returned `grads` has no prototype: a variable may be called `constructor` or `__proto__`.
 */
export function gradients(
  expr: string,
  values: Readonly<Record<string, number>>,
): { value: number; grads: Record<string, number> } {
  const graph = new ExpressionGraph(expr);
  // Own properties only, into a prototype-less object: a variable may be called `constructor`
  // or `__proto__`, which `in` and plain-object assignment would resolve on Object.prototype.
  const own: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const name of graph.variableNames) {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      throw new ExpressionError(`no value given for '${name}'`, graph.positions.get(name) ?? 0);
    }
    own[name] = values[name];
  }
  graph.setValues(own); // refuses what is not a finite number, naming the variable
  // The gradients only: an overflowing forward-mode tangent does not change what this returns.
  const problem = graph.findProblem({ tangents: false });
  if (problem) {
    const { node, message } = problem;
    throw new DomainError(message, graph.nodePositions.get(node) ?? 0, node);
  }
  graph.backward();
  return { value: graph.output.value, grads: graph.gradients() };
}
