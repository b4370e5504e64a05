import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The words of `<train-network>`'s question, loaded with views/questions.ts when it first asks.
 * δ, a, w, λ and L are mathematical symbols: keep them as they are.
 */
export const trainQuestionMessages: Messages = {
  // "Predict, then check": the question (the field's name). {from} and {to} are units' names,
  // e.g. "layer 1 unit 2" or "output 1".
  'train-network.ask.gradient':
    'Predict ∂L/∂w of the weight from {from} to {to} for the first example alone',
  // Hints for a named mistake: a of the unit feeding left out; δ of the unit fed left out; the
  // regularisation term forgotten.
  'train-network.hint.missing-activation':
    'Multiply δ of the unit fed by a of the unit feeding: a is missing.',
  'train-network.hint.missing-delta':
    'Multiply a of the unit feeding by δ of the unit fed: δ is missing.',
  'train-network.hint.penalty': 'Add the regularisation term to δ·a.',
  // From the second wrong try: the rule with the numbers in it ({rule} is a formula).
  'train-network.hint.rule': 'Use the rule: {rule}.',
};

addEnglish(trainQuestionMessages);
