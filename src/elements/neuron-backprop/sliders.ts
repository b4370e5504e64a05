import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber, spokenNumber } from '../../internal/format.js';
import { PARAMETER_LIMIT, type NeuronInputs } from './neuron-math.js';

/**
 * Native range inputs for x, w, b and y: keyboard and touch for free, with visible labels and
 * readouts. `step="any"` keeps a value such as w = 1.0327 (after a gradient step) exactly where
 * it is; the element handles arrow keys itself so they move by tidy steps.
 */

export type SliderName = keyof NeuronInputs;

export interface SliderSpec {
  readonly name: SliderName;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** Arrow-key step and Shift/Page step. */
  readonly fine: number;
  readonly coarse: number;
}

export const SLIDERS: readonly SliderSpec[] = [
  { name: 'x', label: 'input', min: -PARAMETER_LIMIT, max: PARAMETER_LIMIT, fine: 0.1, coarse: 1 },
  { name: 'w', label: 'weight', min: -PARAMETER_LIMIT, max: PARAMETER_LIMIT, fine: 0.1, coarse: 1 },
  { name: 'b', label: 'bias', min: -PARAMETER_LIMIT, max: PARAMETER_LIMIT, fine: 0.1, coarse: 1 },
  { name: 'y', label: 'label', min: 0, max: 1, fine: 0.05, coarse: 0.25 },
];

export function sliderSpec(name: SliderName): SliderSpec {
  return SLIDERS.find((spec) => spec.name === name)!;
}

export interface SliderHandlers {
  onInput(name: SliderName, event: Event): void;
  onChange(name: SliderName, event: Event): void;
  onKeyDown(name: SliderName, event: KeyboardEvent): void;
}

export function renderSlider(
  spec: SliderSpec,
  value: number,
  handlers: SliderHandlers,
): TemplateResult {
  const id = `slider-${spec.name}`;
  return html`<div class="slider" data-name=${spec.name}>
    <label for=${id}><span class="symbol">${spec.name}</span> ${spec.label}</label>
    <span class="readout" aria-hidden="true">${formatNumber(value)}</span>
    <input
      id=${id}
      type="range"
      min=${spec.min}
      max=${spec.max}
      step="any"
      .value=${live(String(value))}
      aria-valuetext=${spokenNumber(value)}
      @input=${(event: Event) => handlers.onInput(spec.name, event)}
      @change=${(event: Event) => handlers.onChange(spec.name, event)}
      @keydown=${(event: KeyboardEvent) => handlers.onKeyDown(spec.name, event)}
    />
  </div>`;
}
