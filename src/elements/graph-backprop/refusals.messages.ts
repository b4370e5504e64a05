import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * The English of the notes for refused settings: an `expr` that cannot be drawn
 * (expression-refusal.ts brings them), and settings that do not fit the expression: a `values`
 * name it lacks, a `selected` node it does not have, a `wrt` that is not one of its variables.
 * Fetched with the first such refusal on the page (the base holds the note until it is here).
 */
export const checkRefusalMessages: Messages = {
  // Without the name: it is NaN, Infinity, undefined or null, words no note may show (the box
  // marks where it is).
  'graph-backprop.problem.confusingName':
    'one of its variable names reads as a broken number; choose another name',
  // `{message}` is the expression engine's reason, one of `graph-backprop-faults.*`.
  'graph-backprop.problem.parse': 'the expression cannot be read: {message}',
  'graph-backprop.problem.unknownVariable':
    "'{name}' is not a variable of {expr} (its variables: {names})",
  // A `values` name such as NaN or Infinity, not quoted back: words stand in for such a value.
  'graph-backprop.problem.brokenName':
    'one of its names reads as a broken number; {expr} has no variable of that name',
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
