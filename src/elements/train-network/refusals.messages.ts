import { addEnglish, type Messages } from '../../internal/i18n.js';

/** The note for weights or biases of the wrong shape, in English: loaded with refusals.ts. */
export const refusalMessages: Messages = {
  'train-network.problem.shape': '{name} must have the shape of the network',
};

addEnglish(refusalMessages);
