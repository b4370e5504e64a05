import { html, type TemplateResult } from 'lit';
import { formatNumber, spokenNumber } from '../../../internal/format.js';
import { type NeuronState, type Traced } from '../neuron-math.js';
import type { NeuronHandlers } from './handlers.js';

/**
 * The neuron as a pipeline: x, w, b → z → a → L, each box with its live value. The input boxes
 * are buttons that choose which derivative is traced; the path from the traced input to the
 * loss is highlighted. The hint below says how to use them.
 */

const INPUT_NAMES: Record<Traced, string> = { x: 'input', w: 'weight', b: 'bias' };
const INPUT_ORDER: readonly Traced[] = ['x', 'w', 'b'];

function stage(symbol: string, value: number, rule: string, label: string): TemplateResult {
  return html`<div
    class="node stage stage-${symbol.toLowerCase()}"
    tabindex="0"
    role="img"
    aria-label=${label}
  >
    <span class="symbol">${symbol}</span>
    <span class="value">${formatNumber(value)}</span>
    <span class="rule">${rule}</span>
  </div>`;
}

const arrow = (which: string): TemplateResult =>
  html`<span class="arrow ${which}" aria-hidden="true"></span>`;

export function renderPipeline(
  state: NeuronState,
  traced: Traced,
  handlers: Pick<NeuronHandlers, 'onTrace'>,
): TemplateResult {
  const { x, w, b, y } = state.inputs;
  return html`<div
      class="pipeline"
      part="diagram"
      role="group"
      aria-label="The neuron, from inputs to loss"
    >
      <div class="inputs">
        ${INPUT_ORDER.map(
          (name) =>
            html`<button
              type="button"
              class="node input ${name === traced ? 'traced' : ''}"
              data-name=${name}
              aria-pressed=${name === traced ? 'true' : 'false'}
              @click=${handlers.onTrace}
            >
              <span class="symbol">${name}</span>
              <span class="value">${formatNumber(state.inputs[name])}</span>
              <span class="visually-hidden">
                , the ${INPUT_NAMES[name]}: trace the gradient with respect to ${name}</span
              >
            </button>`,
        )}
      </div>
      ${arrow('into-z')}
      ${stage(
        'z',
        state.z,
        'wx + b',
        `z, the weighted sum w times x plus b: ${spokenNumber(w)} times ${spokenNumber(x)} plus ${spokenNumber(b)} is ${spokenNumber(state.z)}`,
      )}
      ${arrow('into-a')}
      ${stage('a', state.a, 'σ(z)', `a, the sigmoid of z, is ${spokenNumber(state.a)}`)}
      ${arrow('into-l')}
      ${stage(
        'L',
        state.loss,
        `y = ${formatNumber(y)}`,
        `L, the cross-entropy loss of a against the label y = ${spokenNumber(y)}, is ${spokenNumber(state.loss)}`,
      )}
    </div>
    <p class="hint">Press x, w or b to trace its gradient.</p>`;
}
