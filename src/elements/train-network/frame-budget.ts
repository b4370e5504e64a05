/**
 * How many milliseconds of the next animation frame training may take, DOM-free. A frame is
 * about 16.7 ms and training shares it with drawing, whose cost depends on the device: a phone
 * draws the same figure several times slower than a laptop, while a budget in wall-clock time
 * stays the same. So the budget is what the frame leaves after drawing, as measured on the
 * frames just played:
 * - per kind of frame: the element knows before training which frames redraw its heavier
 *   drawings (redraw-schedule.ts), so those train less and the frames between train more;
 * - the script's part of drawing (render and canvases, timed by the element) taken three
 *   times, since the browser's style, layout, paint and commit that follow scale with what the
 *   script changed and are not visible to script: in the bench's breakdown of a frame that
 *   redraws, on a CPU slowed four times as a phone's, they take about twice the script's time;
 * - of the last few frames of that kind, the second most expensive: one frame where the system
 *   took the processor away for 100 ms says nothing about drawing;
 * - less what training itself ran past its deadline lately (the same second worst of the last
 *   few frames): a garbage collection in the middle of a mini-batch runs on.
 * Within the frame, training stops at the deadline, and before a mini-batch that closes an epoch
 * when it would end past it (`fits`): that one also scores every point, several mini-batches'
 * worth, and would otherwise run on past the deadline in most frames.
 */

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;
/** The most training a frame gets, on a fast machine (where a frame stays within 8 ms). */
export const MAX_TRAINING_MS = 5;
/** The least: a mini-batch or so on a slow phone, so training still moves. */
export const MIN_TRAINING_MS = 1;
/** Left in every frame whatever the drawing: the browser's own work, garbage collection. */
const RESERVE_MS = 4;
/** How much of a frame's drawing the script's part stands for (see above). */
const DRAWING_PER_SCRIPT = 3;
/** The frames of one kind remembered. */
const REMEMBERED = 8;

/** Training's own overrun has this kind, and the mini-batches that close an epoch this one. */
const OVERRUN = ' overrun';
const CLOSING_STEP = ' closing step';

export class FrameBudget {
  /** Per kind, the last few; training starts as if it had kept its deadline. */
  readonly #recent: Record<string, number[]> = { [OVERRUN]: [0] };

  /** The previous frame of kind `kind` drew for `drawMs` milliseconds of script. */
  drew(kind: string, drawMs: number): void {
    this.#remember(kind, drawMs);
  }

  /** A mini-batch that closed an epoch, scoring every point, took `ms` milliseconds. */
  closingTook(ms: number): void {
    this.#remember(CLOSING_STEP, ms);
  }

  /**
   * Whether a mini-batch started at `now` may run: any before the deadline, but one that closes
   * an epoch only when it ends by then as the last few did. Other mini-batches take a fraction
   * of a millisecond; the deadline is checked between them.
   */
  fits(now: number, closing: boolean, deadline: number): boolean {
    return now + (closing ? this.#typical(CLOSING_STEP) : 0) <= deadline;
  }

  /** The previous frame's training ran `overMs` milliseconds past its deadline. */
  overran(overMs: number): void {
    this.#remember(OVERRUN, Math.max(0, overMs));
  }

  /** The budget for a coming frame of kind `kind`. */
  next(kind: string): number {
    const left = FRAME_MS - RESERVE_MS - DRAWING_PER_SCRIPT * this.#typical(kind);
    const budget = Math.min(MAX_TRAINING_MS, left) - this.#typical(OVERRUN);
    return Math.max(MIN_TRAINING_MS, budget);
  }

  #remember(kind: string, ms: number): void {
    const list = (this.#recent[kind] ??= []);
    list.push(Math.min(ms, FRAME_MS));
    if (list.length > REMEMBERED) list.shift();
  }

  /**
   * The second most of the last few of `kind` (the most when there is one). Asked before every
   * mini-batch that closes an epoch: a loop rather than a sorted copy, so it leaves nothing to
   * collect.
   */
  #typical(kind: string): number {
    const list = this.#recent[kind];
    if (!list || list.length === 0) return 0;
    let most = -Infinity;
    let second = -Infinity;
    for (const ms of list) {
      if (ms > most) [second, most] = [most, ms];
      else if (ms > second) second = ms;
    }
    return list.length > 1 ? second : most;
  }
}
