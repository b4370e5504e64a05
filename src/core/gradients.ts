import { DomainError, ExpressionError } from './errors.js';
import { ExpressionGraph } from './graph.js';

/** A short description of a value that is not a finite number, for an error message. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return String(value); // NaN, Infinity, -Infinity
  if (value === null) return 'null';
  return `a value of type ${typeof value}`;
}

/**
 * The value of `expr` and d(value)/d(variable) for every variable in it. Every result is a
 * finite number; anything else throws, so a caller never receives NaN:
 *
 * - a malformed expression throws ExpressionError with a 0-based `position` (see `parse`);
 * - a variable missing from `values` throws ExpressionError naming it, at its first occurrence;
 * - a value that is not a finite number (`{ x: '2' }`, NaN, Infinity) throws ExpressionError
 *   naming the variable and what it was given: nothing is converted, so '2' never becomes "21";
 * - an op given inputs outside its domain (`log(-1)`, `x/0`, `sqrt(0)`'s infinite slope), or a
 *   value or gradient too large for a float, throws DomainError (an ExpressionError) with the
 *   op's message, `op`, the `node`, and `position` where the op is written.
 */
export function gradients(
  expr: string,
  values: Readonly<Record<string, number>>,
): { value: number; grads: Record<string, number> } {
  const graph = new ExpressionGraph(expr);
  // Own properties only, into a prototype-less object: a variable may be called `constructor`
  // or `__proto__`, which `in` and plain-object assignment would resolve on Object.prototype.
  const own: Record<string, number> = Object.create(null);
  for (const name of graph.variableNames) {
    const position = graph.positions.get(name) ?? 0;
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      throw new ExpressionError(`no value given for '${name}'`, position);
    }
    const value: unknown = values[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ExpressionError(
        `the value of '${name}' must be a finite number, not ${describeValue(value)}`,
        position,
      );
    }
    own[name] = value;
  }
  graph.setValues(own);
  const problem = graph.findProblem();
  if (problem) {
    const { node, message } = problem;
    throw new DomainError(message, graph.nodePositions.get(node) ?? 0, node);
  }
  graph.backward();
  const grads = graph.gradients();
  for (const [name, node] of graph.variables) {
    if (!Number.isFinite(grads[name])) {
      throw new DomainError(
        `the gradient of '${name}' is too large for a float`,
        graph.positions.get(name) ?? 0,
        node,
      );
    }
  }
  return { value: graph.output.value, grads };
}
