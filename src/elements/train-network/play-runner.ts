import type { ReactiveElement } from 'lit';
import { prefetchWhenIdle, type LoadHost } from '../../internal/lazy-view.js';
import type { PlayLoop } from './playing.js';
import type { Drawing } from './redraw-schedule.js';
import type { TrainHandlerHost } from './train-handlers.js';
import type { TrainModel } from './train-network-model.js';
import { playCode, spokenCode } from './views/later-views.js';

/** What Play needs of the element: what its handlers need (train-handlers.ts). */
export type PlayHost = Pick<TrainHandlerHost, 'model' | 'apply' | 'l10n' | 'gradientHidden'>;

/** The element itself as Play uses it: its updates, its code's loading, Pause and its goal. */
export type PlayElement = ReactiveElement &
  LoadHost & { pause(): void; readonly goalAccuracy: number };

/** What the element asks of Play's loop. */
export interface PlayRunner {
  /**
   * Lets the loop run while playing. Should Play come before its code, the element plays
   * (the button says Pause at once) and the render that the code's arrival asks for starts it;
   * should the fetch fail, that render pauses.
   */
  run(): void;
  /** The model as `drawing` shows it: while playing, the training of its last redraw. */
  drawn(drawing: Drawing): TrainModel;
  /**
   * After each render: the drawing is measured, then the loop runs or its code (and the
   * sentences it says, spoken.ts) is prefetched.
   */
  rendered(): void;
}

/**
 * Play, as the element drives it: the loop, its frame budget and its redraw schedule come with
 * the code that only Play needs (playing.ts), fetched once the page is idle, and
 * are made when Play first runs with it here. A closure rather than a class, as
 * canvas-painting.ts is: its state's names shrink with the bundle.
 */
export function playRunner(host: PlayElement, element: PlayHost): PlayRunner {
  let loop: PlayLoop | undefined;
  const run = (): void => {
    const code = playCode.use(host);
    if (code) (loop ??= code.playLoop(host, element)).schedule();
    // A self-host missing the loop's chunk: pause rather than show "Pause" with nothing training.
    else if (playCode.unavailable) host.pause();
  };
  return {
    run,
    drawn: (drawing) => loop?.drawn(drawing) ?? element.model(),
    rendered() {
      loop?.rendered();
      if (element.model().playing) run();
      else prefetchWhenIdle([playCode, spokenCode]);
    },
  };
}
