/**
 * How many milliseconds of the next animation frame training may take, DOM-free. A frame is
 * about 16.7 ms and training shares it with drawing, whose cost depends on the device: a phone
 * draws the same figure several times slower than a laptop, while a budget in wall-clock time
 * stays the same. So the budget is what the frame leaves after drawing, as measured on the
 * frames just played:
 * - the script's part (render and canvases, timed by the element) taken twice, since the
 *   browser's style, layout and paint that follow scale with what the script changed and are
 *   not visible to script (in the bench's breakdown they are about as long);
 * - of the last few frames, the second most expensive: drawing is heavy on the frames that
 *   redraw and light between them, so the last frame alone would say too little; and one
 *   frame where the system took the processor away for 100 ms says nothing about drawing.
 */

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;
/** The most training a frame gets, on a fast machine. */
export const MAX_TRAINING_MS = 6;
/** The least: a mini-batch or so on a slow phone, so training still moves. */
export const MIN_TRAINING_MS = 1;
/** Left in every frame whatever the drawing: the browser's own work and the timer's slack. */
const RESERVE_MS = 3;
/** The frames remembered: a few redraw cycles of the heaviest drawing (every sixth frame). */
const REMEMBERED = 12;

export class FrameBudget {
  private readonly recent: number[] = [];

  /**
   * The budget for the coming frame.
   * @param drawMs What drawing the previous frame cost in script (null when unknown).
   */
  next(drawMs: number | null): number {
    if (drawMs !== null) {
      this.recent.push(Math.min(drawMs, FRAME_MS));
      if (this.recent.length > REMEMBERED) this.recent.shift();
    }
    const sorted = [...this.recent].sort((a, b) => b - a);
    const drawing = sorted[1] ?? sorted[0] ?? 0;
    const left = FRAME_MS - RESERVE_MS - 2 * drawing;
    return Math.max(MIN_TRAINING_MS, Math.min(MAX_TRAINING_MS, left));
  }
}
