import { addEnglish, type Messages } from '../../../internal/i18n.js';

/** The words of `<neuron-backprop>`'s questions, loaded with views/questions.ts when it first asks. */
export const neuronQuestionMessages: Messages = {
  // "Predict, then check": the question (the field's name); {symbol} is ∂L/∂a, ∂a/∂z, ∂z/∂w or ∂L/∂w.
  'neuron-backprop.ask.value': 'Predict {symbol}',
  // Hints for a named mistake: the factors added; a factor left out ({symbol} names it); a, not
  // its slope; the other input of the weighted sum.
  'neuron-backprop.hint.sum': 'The factors multiply along the chain; they do not add.',
  'neuron-backprop.hint.missing': 'A factor is missing: multiply by {symbol} too.',
  'neuron-backprop.hint.sigmoid': 'That is a itself; the slope of the sigmoid is a(1 − a).',
  'neuron-backprop.hint.input':
    'z = wx + b changes with {symbol} at the rate of what multiplies {symbol}.',
  // From the second wrong try: the rule with the numbers in it ({rule} is a formula).
  'neuron-backprop.hint.rule': 'Use the rule: {rule}.',
};

addEnglish(neuronQuestionMessages);
