/**
 * The words of an expression `<graph-backprop>` cannot draw: the core's English for text that is
 * not an expression (with its "did you mean"), or our own note for a variable name that reads as
 * a broken number. No page whose expression is good needs them: they are fetched with the first
 * refused `expr` (the base holds the note until they are here) or the first draft in the
 * expression box that does not parse (the box says why once they are here). DOM-free.
 */
import { faultMessage } from '../../core/parse-words.js';
import { problem, type Problem } from '../../internal/attributes.js';
import type { ExpressionFault, ParseFailure } from './graph-backprop-model.js';
import './refusals.messages.js';

/** Why typed text is not drawn, as the expression box says it. */
export function typedFailure(fault: ExpressionFault): ParseFailure {
  const { position } = fault;
  if (fault.reason !== 'confusing-name') return { message: faultMessage(fault), position };
  const { message, ref } = problem('graph-backprop.problem.confusingName');
  return { message, ref, position };
}

/** Why the `expr` setting was refused, as its note and `error` event say it. */
export function settingProblem(fault: ExpressionFault): Problem {
  if (fault.reason === 'confusing-name') return problem('graph-backprop.problem.confusingName');
  return problem('graph-backprop.problem.parse', { message: faultMessage(fault) });
}
