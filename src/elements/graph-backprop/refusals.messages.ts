import { FAULT_WORDS } from '../../core/parse-words.js';
import { addEnglish, type Messages } from '../../internal/i18n.js';
import { wordsAs } from './messages.js';

/**
 * The English of the notes for refused settings: an `expr` that cannot be drawn
 * (expression-refusal.ts brings them), and settings that do not fit the expression: a `values`
 * name it lacks, a `selected` node it does not have, a `wrt` that is not one of its variables.
 * Fetched with the first such refusal on the page (the base holds the note until it is here).
 */
export const checkRefusalMessages: Messages = {
  'graph-backprop.problem.confusingName':
    "'{name}' reads as a broken number; choose another variable name",
  // `{message}` is the expression engine's reason, one of `graph-backprop.fault.*`.
  'graph-backprop.problem.parse': 'the expression cannot be read: {message}',
  'graph-backprop.problem.unknownVariable':
    "'{name}' is not a variable of {expr} (its variables: {names})",
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' is not a variable of {expr}, which has none",
  // `{last}` is the last node id, such as n5.
  'graph-backprop.problem.selected':
    "expected a variable name ({names}) or a node id from n0 to {last}, got '{got}'",
  'graph-backprop.problem.selectedNoVariables': "expected a node id from n0 to {last}, got '{got}'",
  'graph-backprop.problem.wrt':
    "'{name}' is not a variable of {expr}; forward mode can trace {names}",
};

addEnglish(checkRefusalMessages);
// Why text is not an expression (`graph-backprop.fault.<code>`): the core's own English templates
// (core/parse-words.ts), so the words have one source. `{at}` and `{opened}` are 0-based positions
// in the text, `{found}` the character or token found there, `{name}` a function's name, `{max}`
// a limit, `{known}` the list of function names.
addEnglish(wordsAs('graph-backprop.fault.', FAULT_WORDS));
