import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber, spokenNumber } from '../../../internal/format.js';
import { SLIDERS, type NeuronModel, type SliderSpec } from '../neuron-backprop-model.js';
import type { NeuronHandlers } from './handlers.js';

/**
 * The reader's controls: native range inputs for x, w, b and y (keyboard and touch for free,
 * with visible labels and readouts), the gradient-step and reset buttons, and the panel that
 * shows what the last step did. `step="any"` keeps a value such as w = 1.0327 (after a gradient
 * step) exactly where it is; the element handles arrow keys itself so they move by tidy steps.
 */

function renderSlider(spec: SliderSpec, value: number, handlers: NeuronHandlers): TemplateResult {
  const id = `slider-${spec.name}`;
  return html`<div class="slider" data-name=${spec.name}>
    <label for=${id}><span class="symbol">${spec.name}</span> ${spec.label}</label>
    <span class="readout" aria-hidden="true">${formatNumber(value)}</span>
    <input
      id=${id}
      type="range"
      data-name=${spec.name}
      min=${spec.min}
      max=${spec.max}
      step="any"
      .value=${live(String(value))}
      aria-valuetext=${spokenNumber(value)}
      @input=${handlers.onSliderInput}
      @change=${handlers.onSliderChange}
      @keydown=${handlers.onSliderKeyDown}
    />
  </div>`;
}

function renderStepPanel({ lastStep, learningRate }: NeuronModel): TemplateResult {
  if (!lastStep) {
    return html`<p class="step-panel" part="panel">
      A step moves w and b by −${formatNumber(learningRate)} × their gradients.
    </p>`;
  }
  const { before, after } = lastStep;
  const verdict =
    after.loss < before.loss
      ? '(lower)'
      : after.loss > before.loss
        ? '(higher: try a smaller rate)'
        : '';
  return html`<p class="step-panel" part="panel">
    Loss <span class="loss-before">${formatNumber(before.loss)}</span> →
    <strong class="loss-after">${formatNumber(after.loss)}</strong>
    ${verdict}
    <span class="step-moves">
      w ${formatNumber(before.inputs.w)} → ${formatNumber(after.inputs.w)}, b
      ${formatNumber(before.inputs.b)} → ${formatNumber(after.inputs.b)}
    </span>
  </p>`;
}

export function renderControls(model: NeuronModel, handlers: NeuronHandlers): TemplateResult {
  return html`<div class="controls" part="controls">
    ${SLIDERS.map((spec) => renderSlider(spec, model.state.inputs[spec.name], handlers))}
    <div class="buttons">
      <button type="button" class="step" @click=${handlers.onStep}>Gradient step</button>
      <button type="button" class="reset" @click=${handlers.onReset}>Reset</button>
    </div>
    ${renderStepPanel(model)}
  </div>`;
}
