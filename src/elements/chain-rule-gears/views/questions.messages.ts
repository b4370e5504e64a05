import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The words of `<chain-rule-gears ask="product">`, loaded with views/questions.ts when the
 * element first asks. `{last}` and `{lever}` are stage names; `{factors}` the ratios as a
 * product ("3 × (−2)").
 */
export const gearsQuestionMessages: Messages = {
  // "Predict, then check" (ask="product"): the question, the field's name.
  'chain-rule-gears.ask.product': 'Predict d {last} / d {lever}, the derivative of the whole chain',
  // Hints for a wrong answer: the ratios added instead of multiplied, or one ratio alone.
  'chain-rule-gears.hint.sum':
    'The effects multiply along the chain: each gear turns its ratio times what drove it.',
  'chain-rule-gears.hint.partial': 'That is one gear alone: every ratio in the chain counts.',
  // From the second wrong try: the rule with the numbers, not the result.
  'chain-rule-gears.hint.rule': 'Multiply the ratios along the chain: {factors}.',
};

addEnglish(gearsQuestionMessages);
