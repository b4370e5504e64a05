/**
 * What the expression box adopts while the reader is still typing. A name on its way to being a
 * function (`sig`, `sigmod` before its parenthesis) parses as a variable; drawn at once it would
 * become "the last graph that worked" under the next keystroke's error. Such a graph waits for
 * the reader to finish (Enter or leaving the box). DOM-free; loaded with the reader's actions.
 */
import { FUNCTION_NAMES, closest } from '../../core/index.js';
import {
  parseExpression,
  withGraph,
  type ExpressionGraph,
  type GraphModel,
} from './graph-backprop-model.js';

/** One letter is an ordinary variable (x, w, b), never taken for a function half typed. */
const SHORTEST_PREFIX = 2;
/** Below this a near miss is too easy (two edits turn x into exp): only prefixes count. */
const SHORTEST_NEAR_MISS = 3;

/** A variable of `graph` that `previous` lacks and that looks like a function name half typed. */
export function halfTypedName(graph: ExpressionGraph, previous: ExpressionGraph): string | null {
  for (const name of graph.variableNames) {
    if (previous.variables.has(name) || name.length < SHORTEST_PREFIX) continue;
    const lower = name.toLowerCase();
    if (FUNCTION_NAMES.some((fn) => fn.startsWith(lower))) return name;
    if (name.length >= SHORTEST_NEAR_MISS && closest(name, FUNCTION_NAMES)) return name;
  }
  return null;
}

/**
 * The reader's text in the expression box. Text that does not parse is pointed out and the graph
 * stays; text that parses to a new graph replaces it, keeping the values of the variables that
 * survive the edit (new ones start from `start`, the `values` setting, else at 1).
 */
export function typeExpression(
  model: GraphModel,
  text: string,
  start: Readonly<Record<string, number>> = {},
  commit = true,
): GraphModel {
  const parsed = parseExpression(text);
  const typing = !commit;
  if (!parsed.ok) return { ...model, draft: text, draftError: parsed.fault, typing };
  const typed = { ...model, draft: text, draftError: null, typing };
  if (parsed.graph.text === model.graph.text) return typed;
  // `sigmod` on its way to `sigmoid(`: drawn when the reader finishes, not under their fingers.
  if (typing && halfTypedName(parsed.graph, model.graph) !== null) return typed;
  const kept = { ...start, ...model.graph.values() };
  return withGraph(typed, parsed.graph, kept);
}
