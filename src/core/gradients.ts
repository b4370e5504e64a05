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
  for (const name of graph.variableNames) {
    if (!(name in values)) {
      throw new ExpressionError(`no value given for '${name}'`, graph.positions.get(name) ?? 0);
    }
  }
  const own: Record<string, number> = {};
  for (const name of graph.variableNames) own[name] = values[name];
  graph.setValues(own);
  graph.backward();
  return { value: graph.output.value, grads: graph.gradients() };
}
