import { html, type TemplateResult } from 'lit';
import { formatNumber, signClass, signed } from '../../../internal/format.js';
import { checkTracedGradient, type NeuronState, type Traced } from '../neuron-math.js';

/**
 * The gradient check: the backpropagated number beside a central difference of the loss, which
 * needs forward passes only, and their relative error. Six digits, so agreement is visible.
 */
export function renderCheck(state: NeuronState, traced: Traced): TemplateResult {
  const check = checkTracedGradient(state, traced);
  return html`<div class="check" part="panel" role="group" aria-label="Gradient check">
    <span class="check-title">Check ∂L/∂${traced}</span>
    <span class="check-item">
      backprop
      <strong class="check-backprop ${signClass(check.backprop)}"
        >${signed(check.backprop, 6)}</strong
      >
    </span>
    <span class="check-item">
      finite difference
      <strong class="check-numeric ${signClass(check.numeric)}">${signed(check.numeric, 6)}</strong>
    </span>
    <span class="check-item">
      relative error <strong class="check-error">${formatNumber(check.relativeError, 1)}</strong>
    </span>
  </div>`;
}
