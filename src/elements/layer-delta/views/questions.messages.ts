import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The words of `<layer-delta>`'s questions, loaded with views/questions.ts when it first asks.
 * δ, a, y, z, f′(z), W and Wᵀ are mathematical symbols: keep them as they are.
 */
export const deltaQuestionMessages: Messages = {
  // "Predict, then check": the question, the field's name; {unit} names a unit ("hidden 1 unit 1").
  'layer-delta.ask.delta': 'Predict δ of {unit}',
  // Hints for a named mistake: f′(z) left out; f′(z) multiplied in where cross-entropy cancels
  // it; the factor 2 of the squared error left out; the wrong weights (W instead of Wᵀ).
  'layer-delta.hint.slope':
    'Multiply by f′(z) too: the unit’s slope scales what flows back through it.',
  'layer-delta.hint.slopeCancels':
    'With cross-entropy the output’s slope cancels: δ = a − y, with no f′(z).',
  'layer-delta.hint.two': 'The squared error’s derivative has a factor 2: δ = 2(a − y) f′(z).',
  'layer-delta.hint.transpose':
    'Use this unit’s row of Wᵀ: the weights leaving it, each times the δ of the unit it feeds.',
  // After the status line, while Step waits for the reader's prediction.
  'layer-delta.status.predict': 'Predict the next δ below to step on.',
  // Under the panel's rule, where the layer's numbers going in are written ({delta} is δ₂).
  'layer-delta.panel.predict': 'Predict {delta} from these numbers, then step backward.',
  // From the second wrong try: the rule with the numbers in it ({rule} is a formula).
  'layer-delta.hint.rule': 'Use the rule: {rule}.',
};

addEnglish(deltaQuestionMessages);
