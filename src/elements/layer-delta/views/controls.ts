import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { canStep, layerCount, outputLayer, type LayerDeltaModel } from '../layer-delta-model.js';
import { layerName } from '../narration.js';

/** The stepping buttons with the pass's status, and the layer picker. */

export interface ControlsHandlers {
  step(): void;
  run(): void;
  reset(): void;
  selectLayer(layer: number): void;
}

function status(l10n: Localizer, model: LayerDeltaModel): string {
  const total = outputLayer(model);
  if (model.step === 0) return l10n.t('layer-delta.status.start');
  if (model.step === total) return l10n.t('layer-delta.status.done', { count: total });
  return l10n.t('layer-delta.status.step', {
    step: model.step,
    total,
    layer: layerName(l10n, total - model.step + 1, layerCount(model)),
  });
}

export function renderControls(
  l10n: Localizer,
  model: LayerDeltaModel,
  handlers: ControlsHandlers,
): TemplateResult {
  const done = !canStep(model);
  return html`<div class="controls" part="controls">
      <button class="step" @click=${handlers.step} ?disabled=${done}>
        <span aria-hidden="true" class="ltr">◀</span> ${l10n.t('layer-delta.step')}
      </button>
      <button class="run" @click=${handlers.run} ?disabled=${done}>
        ${l10n.t('layer-delta.run')}
      </button>
      <button class="reset" @click=${handlers.reset} ?disabled=${model.step === 0}>
        ${l10n.t('layer-delta.reset')}
      </button>
      <p class="status">${status(l10n, model)}</p>
    </div>
    <div
      class="layer-picker"
      part="controls"
      role="group"
      aria-label=${l10n.t('layer-delta.picker')}
    >
      <span aria-hidden="true">${l10n.t('layer-delta.picker.prefix')}</span>
      ${model.config.sizes
        .slice(1)
        .map(
          (_, k) =>
            html`<button
              aria-pressed=${model.selectedLayer === k + 1 ? 'true' : 'false'}
              @click=${() => handlers.selectLayer(k + 1)}
            >
              ${layerName(l10n, k + 1, layerCount(model))}
            </button>`,
        )}
    </div>`;
}
