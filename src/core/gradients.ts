import { ExpressionError } from './errors.js';
import { ExpressionGraph } from './graph.js';

/**
 * The value of `expr` and d(value)/d(variable) for every variable in it.
 * Every variable must be given in `values`; a missing one throws ExpressionError naming it.
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
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      throw new ExpressionError(`no value given for '${name}'`, graph.positions.get(name) ?? 0);
    }
    own[name] = values[name];
  }
  graph.setValues(own);
  graph.backward();
  return { value: graph.output.value, grads: graph.gradients() };
}
