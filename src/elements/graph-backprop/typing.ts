/**
 * What the expression box adopts while the reader is still typing. A name on its way to being a
 * function (`sig`, `sigmod` before its parenthesis) parses as a variable; drawn at once it would
 * become "the last graph that worked" under the next keystroke's error. Such a graph waits for
 * the reader to finish (Enter or leaving the box). DOM-free.
 */
import { FUNCTION_NAMES, closest, type ExpressionGraph } from '../../core/index.js';

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
