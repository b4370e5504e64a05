/**
 * What only Play needs, one chunk the element fetches once the page is idle after its first
 * render (or on the first Play, should a reader be quicker): the animation loop, the budget
 * that sizes each frame's training, the schedule of what each frame redraws, and one frame's
 * outcome. Step, Reset and `train()` do without it.
 */
import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import { diverged, epochDetail, type Outcome } from './train-network-actions.js';
import * as rules from './train-network-model.js';
import type { TrainModel } from './train-network-model.js';

export { RedrawSchedule } from './redraw-schedule.js';
export { TrainingLoop } from './training-loop.js';

/** An upper bound on mini-batches per frame, whatever the frame's budget says. */
const MAX_STEPS_PER_FRAME = 2000;

/**
 * One animation frame of Play: as many mini-batches as fit before `stop(closed, closing)` says
 * the next one would not end within the frame's budget (at most MAX_STEPS_PER_FRAME); `epoch`
 * when an epoch completed; the summary when `speak` (the live region speaks only now and then
 * while playing).
 */
export function playFrame(
  model: TrainModel,
  stop: (closed: boolean, closing: boolean) => boolean,
  goalAccuracy: number,
  speak: boolean,
  l10n: Localizer = ENGLISH,
): Outcome {
  const outcome = rules.advance(model, MAX_STEPS_PER_FRAME, stop);
  if (outcome.diverged) return diverged(outcome.model, l10n);
  const next = outcome.model;
  const epochDone = next.training.epoch !== model.training.epoch;
  return {
    model: next,
    events: epochDone ? [{ type: 'epoch', detail: epochDetail(next, goalAccuracy) }] : [],
    say: speak ? (spoken) => spoken.summary(next, l10n) : null,
  };
}
