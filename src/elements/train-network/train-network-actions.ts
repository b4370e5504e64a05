import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import type { Point } from '../../core/index.js';
import * as rules from './train-network-model.js';
import type { TrainModel } from './train-network-model.js';
import type { DivergedDetail, EpochDetail, TrainChangeDetail } from './train-network-events.js';
import type * as Spoken from './spoken.js';

/**
 * What each reader action does to `<train-network>`, DOM-free: the next snapshot, the events the
 * element fires (in order) and the sentence it announces, in the reader's language (`l10n`,
 * English by default). The element only applies an outcome.
 */

export type OutcomeEvent =
  | { type: 'epoch'; detail: EpochDetail }
  | { type: 'change'; detail: TrainChangeDetail }
  | { type: 'diverged'; detail: DivergedDetail };

/** A sentence from spoken.ts, which comes after the first paint (`announceFrom`). */
export type Speech = (spoken: typeof Spoken) => string;

export interface Outcome {
  readonly model: TrainModel;
  readonly events: readonly OutcomeEvent[];
  /**
   * What the live region says, or null to leave it: a sentence from spoken.ts, or one of the
   * words the figure paints with ("Training.", said the moment Play is pressed).
   */
  readonly say: Speech | string | null;
}

/** `train(epochs)` runs at most this many epochs per call, so a page cannot freeze itself. */
export const MAX_EPOCHS_PER_CALL = 10000;

export function epochDetail(model: TrainModel, goalAccuracy: number): EpochDetail {
  const { epoch, trainLoss, testLoss, accuracy } = model.training;
  const goalReached = accuracy !== null && accuracy >= goalAccuracy;
  return { epoch, trainLoss, testLoss, accuracy, goalReached };
}

/** Training went too far: the model already holds the last good weights; say why. */
export function diverged(model: TrainModel, l10n: Localizer): Outcome {
  const { epoch } = model.training;
  const { learningRate } = model.setup;
  return {
    model,
    events: [{ type: 'diverged', detail: { epoch, learningRate } }],
    say: (spoken) => spoken.divergedSentence(model, l10n),
  };
}

export function play(model: TrainModel, l10n: Localizer = ENGLISH): Outcome {
  return {
    model: rules.setPlaying(model, true),
    events: [],
    say: l10n.t('train-network.playing'),
  };
}

export function pause(model: TrainModel, l10n: Localizer = ENGLISH): Outcome {
  const next = rules.setPlaying(model, false);
  return { model: next, events: [], say: (spoken) => spoken.summary(next, l10n) };
}

export function reset(model: TrainModel, l10n: Localizer = ENGLISH): Outcome {
  const next = rules.reset(model);
  return { model: next, events: [], say: (spoken) => spoken.summary(next, l10n) };
}

/** `train(epochs)`: whole epochs at once, at most MAX_EPOCHS_PER_CALL. */
export function trainEpochs(model: TrainModel, epochs: number, l10n: Localizer = ENGLISH): Outcome {
  const count = Number.isFinite(epochs)
    ? Math.min(MAX_EPOCHS_PER_CALL, Math.max(0, Math.round(epochs)))
    : 0;
  const outcome = rules.advanceEpochs(model, count);
  if (outcome.diverged) return diverged(outcome.model, l10n);
  return { model: outcome.model, events: [], say: null };
}

/** Every point, the reader's included, as `points` reads back. */
export function pointsValue(model: TrainModel): Point[] {
  return model.points.map(({ x, y, label }) => ({ x, y, label }));
}
