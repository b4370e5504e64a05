/**
 * What only Play needs, one chunk the element fetches once the page is idle after its first
 * render (or on the first Play, should a reader be quicker): the animation loop, the budget
 * that sizes each frame's training, the schedule of what each frame redraws, one frame's
 * outcome, the coarse heatmap painted while playing and Play's pressed look. Step, Reset and
 * `train()` do without it.
 */
import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import type { PlayElement, PlayHost } from './play-runner.js';
import { RedrawSchedule, type Drawing } from './redraw-schedule.js';
import { diverged, epochDetail, type Outcome } from './train-network-actions.js';
import * as rules from './train-network-model.js';
import type { TrainModel } from './train-network-model.js';
import { TrainingLoop } from './training-loop.js';

export { CoarseHeatmap } from './coarse-heatmap.js';
export { playingStyles as styles } from './views/playing.styles.js';

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

/** Play's loop as the element's play runner (play-runner.ts) drives it. */
export interface PlayLoop {
  /** Asks for the next frame, if playing and visible. */
  schedule(): void;
  /** The model as `drawing` shows it: while playing, the training of its last redraw. */
  drawn(drawing: Drawing): TrainModel;
  /** After each render: what the frame's drawing cost is measured. */
  rendered(): void;
}

/**
 * Play's animation loop (training-loop.ts) and its redraw schedule (redraw-schedule.ts), made
 * when Play first runs: each frame trains what its budget allows (playFrame), applies the
 * outcome to the element and tells the schedule, which says what each drawing shows.
 */
export function playLoop(host: PlayElement, element: PlayHost): PlayLoop {
  const model = (): TrainModel => element.model();
  const redraws = new RedrawSchedule();
  const loop = new TrainingLoop(
    host,
    (overBudget, speak) => {
      // `ask` set while playing: training stops at the batch the question is about.
      if (element.gradientHidden()) {
        host.pause();
        return false;
      }
      const goal = host.goalAccuracy;
      element.apply(playFrame(model(), overBudget, goal, speak, element.l10n()));
      redraws.played(model());
      return model().playing;
    },
    () => model().playing,
    () => redraws.nextFrame(),
  );
  return {
    schedule: () => loop.schedule(),
    drawn: (drawing) => redraws.drawn(model(), drawing),
    rendered: () => loop.drawn(),
  };
}
