/**
 * What `<train-network>` says of where training stands, in the reader's language: the summary
 * its live region speaks on Pause, Step and Reset (and every few seconds while playing), and the
 * sentence that says why training stopped when the loss exploded (also the note under the
 * buttons). Nothing of it shows before a reader or a script acts, so it is a chunk of its own
 * with its English (spoken.messages.ts), fetched once the page is idle after the first render
 * or on the first sentence (`announceFrom` in the base class). DOM-free, but for the note under
 * the buttons, which comes with its sentence, and its look.
 */
import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../internal/localizer.js';
import type { TrainModel } from './train-network-model.js';
import './spoken.messages.js';

export { divergedStyles as styles } from './views/diverged.styles.js';

/** "Epoch 12: training loss 0.31, test loss 0.35, test accuracy 92 %." */
export function summary(model: TrainModel, l10n: Localizer): string {
  const { epoch, trainLoss, testLoss, accuracy } = model.training;
  const params = { epoch, train: l10n.number(trainLoss), test: l10n.number(testLoss) };
  if (accuracy === null) return l10n.t('train-network.summaryRegression', params);
  return l10n.t('train-network.summary', { ...params, percent: l10n.number(accuracy * 100) });
}

/** Why training stopped and went back, and what to try: a smaller learning rate. */
export function divergedSentence(model: TrainModel, l10n: Localizer): string {
  return l10n.t('train-network.diverged', {
    epoch: model.training.epoch,
    rate: l10n.number(model.setup.learningRate),
  });
}

/** The note under the buttons while training stands diverged: the same sentence, as an alert. */
export function divergedNote(model: TrainModel, l10n: Localizer): TemplateResult {
  return html`<p class="diverged" role="alert">${divergedSentence(model, l10n)}</p>`;
}
