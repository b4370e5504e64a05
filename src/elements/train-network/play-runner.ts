import type { ReactiveElement } from 'lit';
import { LazyView, prefetchWhenIdle, type LoadHost } from '../../internal/lazy-view.js';
import type { Drawing, RedrawSchedule } from './redraw-schedule.js';
import type { TrainHandlerHost } from './train-handlers.js';
import type { TrainModel } from './train-network-model.js';
import type { TrainingLoop } from './training-loop.js';
import { spokenCode } from './views/later-views.js';

/** What only Play needs (playing.ts): fetched once the page is idle after the first render. */
const playCode = new LazyView(() => import('./playing.js'));
export type PlayCode = typeof import('./playing.js');

/** What Play needs of the element: what its handlers need (train-handlers.ts), and its goal. */
export interface PlayHost extends Pick<
  TrainHandlerHost,
  'model' | 'apply' | 'l10n' | 'pause' | 'gradientHidden'
> {
  goalAccuracy(): number;
}

/** What the element asks of Play's loop. */
export interface PlayRunner {
  /**
   * Lets the loop run while playing. Should Play come before its code, the element plays
   * (the button says Pause at once) and the render that the code's arrival asks for starts it;
   * should the fetch fail, that render pauses.
   */
  run(): void;
  /** A frame of Play has trained: the drawings due this frame take the new training. */
  played(): void;
  /** The model as `drawing` shows it: while playing, the training of its last redraw. */
  drawn(drawing: Drawing): TrainModel;
  /**
   * After each render: the drawing is measured, then the loop runs or its code (and the
   * sentences it says, spoken.ts) is prefetched.
   */
  rendered(): void;
}

/**
 * Play's animation loop and, while playing, which training each drawing shows (most frames only
 * train and count): made when Play first runs, from code that comes after the first paint, and
 * each frame's training, applied to the element. A closure rather than a class, as
 * canvas-painting.ts is: its state's names shrink with the bundle.
 */
export function playRunner(host: ReactiveElement & LoadHost, element: PlayHost): PlayRunner {
  const model = (): TrainModel => element.model();
  /** Made together when Play first runs with its code here. */
  let loop: TrainingLoop | undefined;
  let redraws: RedrawSchedule | undefined;

  /** One frame of Play (TrainingLoop calls it); answers whether to go on. */
  const frame = (
    code: PlayCode,
    overBudget: (closed: boolean, closing: boolean) => boolean,
    speak: boolean,
  ): boolean => {
    // `ask` set while playing: training stops at the batch the question is about.
    if (element.gradientHidden()) {
      element.pause();
      return false;
    }
    const goal = element.goalAccuracy();
    element.apply(code.playFrame(model(), overBudget, goal, speak, element.l10n()));
    redraws?.played(model());
    return model().playing;
  };

  const run = (): void => {
    const code = playCode.use(host);
    if (!code) {
      // A self-host missing the loop's chunk: pause rather than show "Pause" with nothing training.
      if (playCode.unavailable) element.pause();
      return;
    }
    if (!loop) {
      const schedule = (redraws = new code.RedrawSchedule());
      loop = new code.TrainingLoop(
        host,
        (overBudget, speak) => frame(code, overBudget, speak),
        () => model().playing,
        () => schedule.nextFrame(),
      );
    }
    loop.schedule();
  };

  return {
    run,
    played: () => redraws?.played(model()),
    drawn: (drawing) => redraws?.drawn(model(), drawing) ?? model(),
    rendered() {
      loop?.drawn();
      if (model().playing) run();
      else prefetchWhenIdle([playCode, spokenCode]);
    },
  };
}
