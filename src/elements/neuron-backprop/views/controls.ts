import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SLIDERS, type NeuronModel, type SliderSpec } from '../neuron-backprop-model.js';
import type { NeuronHandlers } from './handlers.js';
import { messageParts, type Localizer } from '../../../internal/localizer.js';
import { LABEL_VALUES } from '../neuron-math.js';

/**
 * The reader's controls: native range inputs for x, w and b, two radio buttons for the label y
 * (the lesson's labels are 0 or 1, and the loss only means what it says for those; keyboard and
 * touch for free,
 * with visible labels and readouts), the gradient-step and reset buttons, and the panel that
 * shows what the last step did. `step="any"` keeps a value such as w = 1.0327 (after a gradient
 * step) exactly where it is; the element handles the keys itself so they move by tidy steps.
 *
 * A slider's name is its symbol alone ("x"), so a screen reader says "x, 1.5" with the value;
 * the word for its role ("input") is shown beside it and is the slider's description.
 */

function renderSlider(
  spec: SliderSpec,
  value: number,
  l10n: Localizer,
  handlers: NeuronHandlers,
): TemplateResult {
  const id = `slider-${spec.name}`;
  return html`<div class="slider" data-name=${spec.name}>
    <span class="slider-label"
      ><label for=${id} class="symbol">${spec.name}</label>
      <span class="role" id="role-${spec.name}"
        >${l10n.t(`neuron-backprop.role.${spec.name}`)}</span
      ></span
    >
    <span class="readout ltr" aria-hidden="true">${l10n.number(value)}</span>
    <input
      id=${id}
      type="range"
      data-name=${spec.name}
      min=${spec.min}
      max=${spec.max}
      step="any"
      aria-describedby="role-${spec.name}"
      .value=${live(String(value))}
      aria-valuetext=${l10n.spoken(value)}
      @input=${handlers.onSliderInput}
      @change=${handlers.onSliderChange}
      @keydown=${handlers.onSliderKeyDown}
    />
  </div>`;
}

/**
 * The label y: a choice of 0 or 1, as native radio buttons (arrow keys move and check). They
 * fire the same input and change events as a slider, with the value 0 or 1.
 */
function renderLabelChoice(
  value: number,
  l10n: Localizer,
  handlers: NeuronHandlers,
): TemplateResult {
  return html`<div
    class="slider label-choice"
    data-name="y"
    role="radiogroup"
    aria-labelledby="label-y"
    aria-describedby="role-y"
  >
    <span class="slider-label"
      ><span class="symbol" id="label-y">y</span>
      <span class="role" id="role-y">${l10n.t('neuron-backprop.role.y')}</span></span
    >
    <span class="choices">
      ${LABEL_VALUES.map(
        (label) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="label-y"
              data-name="y"
              value=${label}
              .checked=${live(value === label)}
              @input=${handlers.onSliderInput}
              @change=${handlers.onSliderChange}
            /><span class="ltr">${l10n.number(label)}</span></label
          >`,
      )}
    </span>
  </div>`;
}

const number = (l10n: Localizer, value: number, className = ''): TemplateResult =>
  html`<span class="ltr ${className}">${l10n.number(value)}</span>`;

function renderStepPanel({ lastStep, learningRate }: NeuronModel, l10n: Localizer): TemplateResult {
  if (!lastStep) {
    return html`<p class="step-panel" part="panel">
      ${messageParts(l10n, 'neuron-backprop.step.before', { rate: number(l10n, -learningRate) })}
    </p>`;
  }
  const { before, after } = lastStep;
  const verdict = after.loss < before.loss ? 'lower' : after.loss > before.loss ? 'higher' : 'same';
  return html`<p class="step-panel" part="panel">
    ${messageParts(l10n, `neuron-backprop.step.${verdict}`, {
      before: number(l10n, before.loss, 'loss-before'),
      after: html`<strong class="loss-after ltr">${l10n.number(after.loss)}</strong>`,
    })}
    <span class="step-moves">
      ${messageParts(l10n, 'neuron-backprop.step.moves', {
        wBefore: number(l10n, before.inputs.w),
        wAfter: number(l10n, after.inputs.w),
        bBefore: number(l10n, before.inputs.b),
        bAfter: number(l10n, after.inputs.b),
      })}
    </span>
  </p>`;
}

/**
 * `stepLocked`: while the gradient waits for the reader's answer, a step (which moves w by the
 * learning rate times the gradient) would tell it, so the button is disabled.
 */
export function renderControls(
  model: NeuronModel,
  l10n: Localizer,
  handlers: NeuronHandlers,
  stepLocked = false,
): TemplateResult {
  return html`<div class="controls" part="controls">
    ${SLIDERS.map((spec) =>
      spec.name === 'y'
        ? renderLabelChoice(model.state.inputs.y, l10n, handlers)
        : renderSlider(spec, model.state.inputs[spec.name], l10n, handlers),
    )}
    <div class="buttons">
      <button type="button" class="step" ?disabled=${stepLocked} @click=${handlers.onStep}>
        ${l10n.t('neuron-backprop.stepButton')}
      </button>
      <button type="button" class="reset" @click=${handlers.onReset}>
        ${l10n.t('neuron-backprop.resetButton')}
      </button>
    </div>
    ${renderStepPanel(model, l10n)}
  </div>`;
}
