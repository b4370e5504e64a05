import { addEnglish } from '../../../internal/i18n.js';

/**
 * The words beside the softmax's Jacobian (loss="ce"), in English: apart from the element's
 * other words because they arrive with the formulas (panel-formulas.ts), after the first paint.
 */
addEnglish({
  // Under the output layer's formula with loss="ce": why the softmax's Jacobian disappears.
  'layer-delta.panel.softmax':
    'With a softmax output and cross-entropy, ∂L/∂a = −y/a, and the softmax Jacobian J = diag(a) − a aᵀ turns it into Jᵀ ∂L/∂a = −y + a (Σ y) = a − y, because y sums to 1.',
  'layer-delta.panel.jacobian': 'The softmax Jacobian J at this input, ∂aᵢ/∂zⱼ:',
});
