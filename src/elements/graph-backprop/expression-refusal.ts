/**
 * The words of an expression `<graph-backprop>` cannot draw: the core's reason for text that is
 * not an expression (with its "did you mean"), worded in the reader's language from the core's
 * own English templates (refusals.messages.ts registers them), or our own note for a variable
 * name that reads as a broken number. No page whose expression is good needs them: they are
 * fetched with the first refused `expr` (the base holds the note until they are here) or the
 * first draft in the expression box that does not parse (the box says why once they are here).
 * DOM-free.
 */
import { faultWords } from '../../core/parse-words.js';
import { problem, type Problem } from '../../internal/attributes.js';
import type { MessageRef } from '../../internal/localizer.js';
import type { ExpressionFault, ParseFailure } from './graph-backprop-model.js';
import './refusals.messages.js';

/** Why a fault is not an expression, as a message of the reader's language. */
function reason(fault: ExpressionFault): MessageRef {
  if (fault.reason === 'confusing-name')
    return { key: 'graph-backprop.problem.confusingName', params: { name: fault.name } };
  const { words, params } = faultWords(fault);
  return { key: `graph-backprop.fault.${words}`, params };
}

/** Why typed text is not drawn, as the expression box says it. */
export function typedFailure(fault: ExpressionFault): ParseFailure {
  const { key, params } = reason(fault);
  const { message, ref } = problem(key, params);
  return { message, ref, position: fault.position };
}

/** Why the `expr` setting was refused, as its note and `error` event say it. */
export function settingProblem(fault: ExpressionFault): Problem {
  const words = reason(fault);
  return fault.reason === 'confusing-name'
    ? problem(words.key, words.params)
    : problem('graph-backprop.problem.parse', { message: words });
}
