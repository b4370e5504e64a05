import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The expression box's English (with `editable`). Loaded with the view, which is fetched on first use.
 */
export const expressionBoxMessages: Messages = {
  'graph-backprop.expression.label': 'Expression',
  // `{first}`, `{second}` and `{third}` are example expressions, shown as code.
  'graph-backprop.expression.help': 'Try {first}, {second} or {third}.',
  // `{message}` is the expression engine's reason (`graph-backprop-faults.*`). It ends the
  // sentence with its own punctuation ("did you mean 'sigmoid'?"), so nothing follows it.
  'graph-backprop.expression.failure': 'This cannot be read: {message}',
  'graph-backprop.expression.kept': 'The graph below is the last one that worked.',
};

addEnglish(expressionBoxMessages);
