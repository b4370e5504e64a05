import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { type NeuronState, type Traced } from '../neuron-math.js';
import type { NeuronHandlers } from './handlers.js';

/**
 * The neuron as a pipeline: x, w, b → z → a → L, each box with its live value. The input boxes
 * are one radio group choosing which derivative is traced (one Tab stop, on the checked box;
 * arrows move and check, as in the WAI-ARIA radio group pattern); the path from the traced
 * input to the loss is highlighted. The hint below says how to use them and names the group.
 *
 * z, a and L are not Tab stops: they hold nothing to operate, and what they show is on screen
 * and in the formulas. Each is an image with a spoken description, read in a screen reader's
 * reading order.
 */

/** The input boxes in the order they are drawn and arrowed through. */
export const INPUT_ORDER: readonly Traced[] = ['x', 'w', 'b'];

/** The id of the hint under the pipeline, which names the radio group. */
const HINT_ID = 'trace-hint';

function stage(symbol: string, value: string, rule: string, label: string): TemplateResult {
  return html`<div class="node stage stage-${symbol.toLowerCase()}" role="img" aria-label=${label}>
    <span class="symbol">${symbol}</span>
    <span class="value ltr">${value}</span>
    <span class="rule">${rule}</span>
  </div>`;
}

/**
 * An arrow drawn as SVG strokes, not CSS backgrounds or borders: it stays in forced colours and
 * in print. The shaft stretches with its grid column; the head sits at the far end through a
 * nested viewport placed at 100%. `vertical` draws it downwards (z below the inputs on a phone);
 * the styles show one of the two.
 */
const arrow = (which: string): TemplateResult =>
  html`<span class="arrow ${which}" aria-hidden="true"
    ><svg class="arrow-across" focusable="false">
      <line x1="0" y1="50%" x2="100%" y2="50%"></line>
      <svg x="100%" y="50%" overflow="visible">
        <polygon points="-8,-5 0,0 -8,5"></polygon>
      </svg></svg
    ><svg class="arrow-down" focusable="false">
      <line x1="50%" y1="0" x2="50%" y2="100%"></line>
      <svg x="50%" y="100%" overflow="visible">
        <polygon points="-5,-8 0,0 5,-8"></polygon>
      </svg></svg
  ></span>`;

export function renderPipeline(
  state: NeuronState,
  traced: Traced,
  l10n: Localizer,
  handlers: Pick<NeuronHandlers, 'onTrace' | 'onTraceKey'>,
): TemplateResult {
  const { x, w, b, y } = state.inputs;
  return html`<div
      class="pipeline"
      part="diagram"
      role="group"
      aria-label=${l10n.t('neuron-backprop.pipeline.label')}
    >
      <div
        class="inputs"
        role="radiogroup"
        aria-label=${l10n.t('neuron-backprop.trace.group')}
        aria-describedby=${HINT_ID}
      >
        ${INPUT_ORDER.map(
          (name) =>
            // A short name, its visible symbol and value ("w 0.8"); what the box is and does
            // is its description, hidden text kept out of the name.
            html`<button
              type="button"
              role="radio"
              class="node input ${name === traced ? 'traced' : ''}"
              data-name=${name}
              aria-checked=${name === traced ? 'true' : 'false'}
              tabindex=${name === traced ? 0 : -1}
              aria-describedby="trace-${name}"
              @click=${handlers.onTrace}
              @keydown=${handlers.onTraceKey}
            >
              <span class="symbol">${name}</span>
              <span class="value ltr">${l10n.number(state.inputs[name])}</span>
              <span class="visually-hidden" aria-hidden="true"
                >, <span id="trace-${name}">${l10n.t(`neuron-backprop.trace.${name}`)}</span></span
              >
            </button>`,
        )}
      </div>
      ${arrow('into-z')}
      ${stage(
        'z',
        l10n.number(state.z),
        'wx + b',
        l10n.t('neuron-backprop.stage.z', {
          w: l10n.spoken(w),
          x: l10n.spoken(x),
          b: l10n.spoken(b),
          z: l10n.spoken(state.z),
        }),
      )}
      ${arrow('into-a')}
      ${stage(
        'a',
        l10n.number(state.a),
        'σ(z)',
        l10n.t('neuron-backprop.stage.a', { a: l10n.spoken(state.a) }),
      )}
      ${arrow('into-l')}
      ${stage(
        'L',
        l10n.number(state.loss),
        `y = ${l10n.number(y)}`,
        l10n.t('neuron-backprop.stage.l', { y: l10n.spoken(y), loss: l10n.spoken(state.loss) }),
      )}
    </div>
    <p class="hint" id=${HINT_ID}>${l10n.t('neuron-backprop.hint')}</p>`;
}
