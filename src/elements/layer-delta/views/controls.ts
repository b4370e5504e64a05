import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { canStep, layerCount, outputLayer, type LayerDeltaModel } from '../layer-delta-model.js';
import { layerName } from '../narration.js';

/** The stepping buttons with the pass's status, and the layer picker. */

/** With `ask`: the layer whose δ the reader predicts before Step may reach it, and the field. */
export interface ControlsExercise {
  /** The layer the next step reaches while its questions are open; null when Step may go. */
  readonly asked: number | null;
  /** Said after the status while Step waits ('' until the questions' words are here). */
  readonly note: string;
  /** The field of the open question, or the working of the answered ones. */
  readonly questions: readonly unknown[];
  /** The score line and "Try new numbers". */
  readonly score: unknown;
}

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
  exercise: ControlsExercise,
): TemplateResult {
  const done = !canStep(model);
  // Waiting for a prediction, Step and Run stay in the Tab order (aria-disabled), so a reader
  // who reaches them hears why they wait.
  const waits = exercise.asked !== null ? 'true' : nothing;
  return html`<div class="controls" part="controls">
      <button
        class="step"
        id="step"
        @click=${handlers.step}
        ?disabled=${done}
        aria-disabled=${waits}
        aria-describedby=${exercise.asked === null ? nothing : 'status'}
      >
        <span aria-hidden="true" class="ltr">◀</span> ${l10n.t('layer-delta.step')}
      </button>
      <button class="run" @click=${handlers.run} ?disabled=${done} aria-disabled=${waits}>
        ${l10n.t('layer-delta.run')}
      </button>
      <button class="reset" @click=${handlers.reset} ?disabled=${model.step === 0}>
        ${l10n.t('layer-delta.reset')}
      </button>
      <p class="status" id="status">
        ${status(l10n, model)} ${exercise.asked === null ? nothing : exercise.note}
      </p>
    </div>
    ${
      exercise.questions.some((part) => part !== nothing) || exercise.score !== nothing
        ? html`<div class="asking">${exercise.questions} ${exercise.score}</div>`
        : nothing
    }
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
