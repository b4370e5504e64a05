import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';

/**
 * Play or Pause, Step, Reset; the epoch, the losses and the accuracy; the divergence note (from
 * spoken.ts, given while training stands diverged). While a gradient is asked
 * (`locked`) Play and Step are aria-disabled: training would move past the batch the question
 * is about (the element ignores them then).
 */

export interface ControlsHandlers {
  playPause(): void;
  step(): void;
  reset(): void;
}

export function renderControls(
  l10n: Localizer,
  model: TrainModel,
  handlers: ControlsHandlers,
  locked: boolean,
  divergedNote: TemplateResult | undefined,
): TemplateResult {
  const { training } = model;
  // A boolean bound to an attribute is written as its text, `true` or `false`, as ARIA wants.
  return html`<div class="controls" part="controls">
      <button
        class="play"
        aria-pressed=${model.playing}
        aria-disabled=${locked}
        @click=${handlers.playPause}
      >
        <span aria-hidden="true">${model.playing ? '❚❚' : '▶'}</span>
        ${l10n.t(model.playing ? 'train-network.pause' : 'train-network.play')}
      </button>
      <button
        class="step"
        aria-disabled=${locked}
        @click=${handlers.step}
        title=${l10n.t('train-network.stepHint')}
      >
        ${l10n.t('train-network.step')}
      </button>
      <button class="reset" @click=${handlers.reset}>${l10n.t('train-network.reset')}</button>
    </div>
    <p class="readouts">
      <span class="epoch">${l10n.t('train-network.epoch', { epoch: training.epoch })}</span>
      <span class="train-loss"
        >${l10n.t('train-network.trainLoss', { value: l10n.number(training.trainLoss) })}</span
      >
      <span class="test-loss"
        >${l10n.t('train-network.testLoss', { value: l10n.number(training.testLoss) })}</span
      >
      ${
        training.accuracy === null
          ? nothing
          : html`<span class="accuracy"
              >${l10n.t('train-network.accuracy', {
                percent: l10n.number(training.accuracy * 100, 3),
              })}</span
            >`
      }
    </p>
    ${divergedNote}`;
}
