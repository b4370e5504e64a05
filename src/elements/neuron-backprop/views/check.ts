import { html, type TemplateResult } from 'lit';
import { pendingMark } from '../../../internal/exercise/pending-mark.js';
import { signClass } from '../../../internal/format.js';
import { checkTracedGradient, type NeuronState, type Traced } from '../neuron-math.js';
import { messageParts, type Localizer } from '../../../internal/localizer.js';

/**
 * The gradient check: the backpropagated number beside a central difference of the loss, which
 * needs forward passes only, and their relative error. Six digits, so agreement is visible.
 */
export function renderCheck(
  state: NeuronState,
  traced: Traced,
  l10n: Localizer,
  /** The gradient waits for the reader's answer: both numbers stand as question marks. */
  hidden = false,
): TemplateResult {
  const check = checkTracedGradient(state, traced);
  const value = (className: string, number: number): TemplateResult =>
    hidden
      ? html`<strong class=${className}>${pendingMark(l10n)}</strong>`
      : html`<strong class="${className} ltr ${signClass(number)}"
          >${l10n.signed(number, 6)}</strong
        >`;
  return html`<div
    class="check"
    part="panel"
    role="group"
    aria-label=${l10n.t('neuron-backprop.check.label')}
  >
    <span class="check-title">${l10n.t('neuron-backprop.check.title', { symbol: traced })}</span>
    <span class="check-item">
      ${messageParts(l10n, 'neuron-backprop.check.backprop', {
        value: value('check-backprop', check.backprop),
      })}
    </span>
    <span class="check-item">
      ${messageParts(l10n, 'neuron-backprop.check.numeric', {
        value: value('check-numeric', check.numeric),
      })}
    </span>
    <span class="check-item">
      ${messageParts(l10n, 'neuron-backprop.check.error', {
        value: html`<strong class="check-error ltr"
          >${l10n.number(check.relativeError, 1)}</strong
        >`,
      })}
    </span>
  </div>`;
}
