import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * The words of `<layer-delta>` that only a step of the backward pass or another layer picked
 * brings on screen (the status after a step, a unit's name with its δ, the note on the boxed Wᵀ,
 * a hidden layer's pending δ), in English: apart from the element's other words because both are
 * the reader's code (reader-edits.ts), which arrives right after the first paint. Names as in
 * messages.ts.
 */
export const layerDeltaStepsMessages: Messages = {
  'layer-delta.status.done': {
    one: 'The {count} layer has its δ and weight gradients.',
    other: 'All {count} layers have their δ and weight gradients.',
  },
  'layer-delta.status.step': 'Step {step} of {total}: δ reached the {layer} layer.',
  'layer-delta.panel.pendingHidden':
    '{delta} is not computed yet. It needs δ of the {layer} layer first: keep stepping backward.',
  'layer-delta.unitLabel.delta': '{unit}, activation {activation}, delta {delta}',
  // {matrix} is the boxed matrix in the formula, such as W₃ᵀ.
  'layer-delta.panel.carried':
    'The boxed {matrix} carries the deltas above back along the same connections the forward pass used; ⊙ multiplies unit by unit with f′(z).',
};

addEnglish(layerDeltaStepsMessages);
