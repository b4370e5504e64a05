/**
 * How many milliseconds of the next animation frame training may take, DOM-free. A frame is
 * about 16.7 ms and training shares it with drawing, whose cost depends on the device: a phone
 * draws the same figure several times slower than a laptop, while a budget in wall-clock time
 * stays the same. So the budget is what the frame leaves after drawing, as measured on the
 * frames just played:
 * - per kind of frame: the element knows before training which frames redraw its heavier
 *   drawings (redraw-schedule.ts), so those train less and the frames between train more;
 * - the script's part of drawing (render and canvases, timed by the element) taken twice,
 *   since the browser's style, layout and paint that follow scale with what the script changed
 *   and are not visible to script (in the bench's breakdown they are about as long);
 * - of the last few frames of that kind, the second most expensive: one frame where the system
 *   took the processor away for 100 ms says nothing about drawing;
 * - less what training itself ran past its deadline lately (the same second worst of the last
 *   few frames): the deadline is checked between mini-batches, so the batch under way, an
 *   epoch's closing evaluation or a garbage collection in it runs on, and on a slow device
 *   that is a few milliseconds the frame does not have.
 */

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;
/** The most training a frame gets, on a fast machine (where a frame stays within 8 ms). */
export const MAX_TRAINING_MS = 5;
/** The least: a mini-batch or so on a slow phone, so training still moves. */
export const MIN_TRAINING_MS = 1;
/** Left in every frame whatever the drawing: the browser's own work, garbage collection. */
const RESERVE_MS = 4;
/** The frames of one kind remembered. */
const REMEMBERED = 8;

/** Training's own overrun has this kind. */
const OVERRUN = ' overrun';

export class FrameBudget {
  /** Per kind, the last few; training starts as if it had kept its deadline. */
  private readonly recent: Record<string, number[]> = { [OVERRUN]: [0] };

  /** The previous frame of kind `kind` drew for `drawMs` milliseconds of script. */
  drew(kind: string, drawMs: number): void {
    this.remember(kind, drawMs);
  }

  /** The previous frame's training ran `overMs` milliseconds past its deadline. */
  overran(overMs: number): void {
    this.remember(OVERRUN, Math.max(0, overMs));
  }

  /** The budget for a coming frame of kind `kind`. */
  next(kind: string): number {
    const left = FRAME_MS - RESERVE_MS - 2 * this.typical(kind);
    const budget = Math.min(MAX_TRAINING_MS, left) - this.typical(OVERRUN);
    return Math.max(MIN_TRAINING_MS, budget);
  }

  private remember(kind: string, ms: number): void {
    const list = (this.recent[kind] ??= []);
    list.push(Math.min(ms, FRAME_MS));
    if (list.length > REMEMBERED) list.shift();
  }

  /** The second most of the last few of `kind` (the most when there is one). */
  private typical(kind: string): number {
    const sorted = [...(this.recent[kind] ?? [])].sort((a, b) => b - a);
    return sorted[1] ?? sorted[0] ?? 0;
  }
}
