import { html, type TemplateResult } from 'lit';
import { canStep, layerCount, outputLayer, type LayerDeltaModel } from '../layer-delta-model.js';
import { layerName } from '../narration.js';

/** The stepping buttons with the pass's status, and the layer picker. */

export interface ControlsHandlers {
  step(): void;
  run(): void;
  reset(): void;
  selectLayer(layer: number): void;
}

function status(model: LayerDeltaModel): string {
  const total = outputLayer(model);
  if (model.step === 0)
    return 'Forward pass done. Step backward to send the error back from the loss.';
  if (model.step === total) return `All ${total} layers have their δ and weight gradients.`;
  const reached = layerName(total - model.step + 1, layerCount(model));
  return `Step ${model.step} of ${total}: δ reached ${reached}.`;
}

export function renderControls(model: LayerDeltaModel, handlers: ControlsHandlers): TemplateResult {
  const done = !canStep(model);
  return html`<div class="controls" part="controls">
      <button class="step" @click=${handlers.step} ?disabled=${done}>
        <span aria-hidden="true">◀</span> Step backward
      </button>
      <button class="run" @click=${handlers.run} ?disabled=${done}>Run to input</button>
      <button class="reset" @click=${handlers.reset} ?disabled=${model.step === 0}>Reset</button>
      <p class="status">${status(model)}</p>
    </div>
    <div class="layer-picker" part="controls" role="group" aria-label="Select a layer">
      <span>Layer:</span>
      ${model.config.sizes
        .slice(1)
        .map(
          (_, k) =>
            html`<button
              aria-pressed=${model.selectedLayer === k + 1 ? 'true' : 'false'}
              @click=${() => handlers.selectLayer(k + 1)}
            >
              ${layerName(k + 1, layerCount(model))}
            </button>`,
        )}
    </div>`;
}
