import { addEnglish, type Messages } from '../../../internal/i18n.js';

/** How to use a node (usage-hints.ts), in English. Loaded with the reader's code. */
export const usageHintMessages: Messages = {
  'graph-backprop.hint.variable':
    'Left and Right arrows change the value by {fine}, Page Up and Page Down by {coarse}, Home and End go to the ends; Up and Down arrows move to the other nodes; Enter opens the details; or drag sideways.',
  'graph-backprop.hint.node':
    'Enter or Space opens the details; arrow keys move to the other nodes.',
};

addEnglish(usageHintMessages);
