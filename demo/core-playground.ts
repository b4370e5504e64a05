/**
 * The demo's core playground: type an expression and values, see the value and every gradient,
 * or an error that points at the wrong character. Built with DOM APIs and textContent only,
 * so nothing a reader types is ever parsed as HTML.
 */
import { ExpressionError, ExpressionGraph, checkGradient } from '../src/core/index.js';
import { parseAssignments } from '../src/internal/parse-assignments.js';
import { formatNumber } from '../src/internal/format.js';

function row(cells: string[], header = false): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const text of cells) {
    const cell = document.createElement(header ? 'th' : 'td');
    cell.textContent = text;
    tr.append(cell);
  }
  return tr;
}

function showError(output: HTMLElement, text: string, message: string, position: number): void {
  const pre = document.createElement('pre');
  pre.className = 'pointer';
  pre.textContent = `${text}\n${' '.repeat(Math.max(0, position))}^`;
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = message;
  output.replaceChildren(p, pre);
}

function update(form: HTMLFormElement, output: HTMLElement): void {
  const expr = (form.elements.namedItem('expr') as HTMLInputElement).value;
  const valuesText = (form.elements.namedItem('values') as HTMLInputElement).value;
  let graph: ExpressionGraph;
  try {
    graph = new ExpressionGraph(expr);
  } catch (error) {
    if (error instanceof ExpressionError)
      return showError(output, expr, error.message, error.position);
    throw error;
  }
  const values = parseAssignments(valuesText);
  if (!values.ok) return showError(output, valuesText, values.message, 0);
  const unknown = Object.keys(values.value).find((name) => !graph.variables.has(name));
  if (unknown)
    return showError(
      output,
      valuesText,
      `'${unknown}' is not in the expression`,
      valuesText.indexOf(unknown),
    );
  const missing = graph.variableNames.find((name) => !(name in values.value));
  if (missing) {
    const at = graph.positions.get(missing) ?? 0;
    return showError(output, expr, `give a value for '${missing}' (for example ${missing}=1)`, at);
  }
  graph.setValues(values.value);
  const problem = graph.findProblem();
  if (problem) return showError(output, expr, `${problem.node.op}: ${problem.message}`, 0);
  graph.backward();
  const table = document.createElement('table');
  table.append(row(['variable', 'value', 'gradient', 'finite difference'], true));
  for (const name of graph.variableNames) {
    const check = checkGradient(graph, name);
    table.append(
      row([
        name,
        formatNumber(values.value[name], 4),
        formatNumber(check.autodiff, 6),
        formatNumber(check.numeric, 6),
      ]),
    );
  }
  const result = document.createElement('p');
  result.textContent = `value = ${formatNumber(graph.output.value, 6)}`;
  output.replaceChildren(result, table);
}

export function mountCorePlayground(form: HTMLFormElement, output: HTMLElement): void {
  form.addEventListener('input', () => update(form, output));
  form.addEventListener('submit', (event) => event.preventDefault());
  update(form, output);
}
