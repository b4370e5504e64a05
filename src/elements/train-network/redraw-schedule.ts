import type { TrainingState } from '../../core/index.js';
import type { TrainModel } from './train-network-model.js';

/**
 * While playing, which training each drawing shows. Most frames only train and count (no text
 * changes, so nothing to lay out or paint), and no frame carries two of the heavier redraws:
 * - the gradient panel follows training every third frame, and the heatmap starts its
 *   coarse rows from the same training (plane-painter.ts spreads them over three frames and
 *   draws them on the third, the frame before the next panel's);
 * - the network's drawing every sixth frame, one frame after the panel;
 * - the readouts (epoch, losses, accuracy) as often, on frames of their own (views/frame.ts);
 * - the loss curves every twelfth frame, on a panel's frame: a frame that lays out and paints
 *   anything pays a share that does not depend on how much (the browser's paint and commit),
 *   and the readouts' and the curves' together made the most expensive frame;
 * - the hidden units' thumbnails (a canvas each, whose pixels cost a frame more to paint and
 *   commit than the rest of the drawing) every twelfth frame, on a panel's frame.
 * Paused, every drawing shows the model as it is.
 */

export type Drawing = 'panel' | 'heatmap' | 'figure' | 'readouts' | 'curves' | 'thumbnails';

/**
 * When each drawing takes new training while playing, as [every, phase]: on the frames whose
 * count modulo `every` is `phase`.
 */
const CADENCE: Readonly<Record<Drawing, readonly [number, number]>> = {
  // The panel's and the heatmap's: every third frame (20 a second at 60 Hz)…
  panel: [3, 0],
  heatmap: [3, 0],
  // …the network's: every sixth (10 a second), one frame after the panel…
  figure: [6, 1],
  // …the readouts': every sixth too, three frames after the network's…
  readouts: [6, 4],
  // …and the curves' and the thumbnails': every twelfth (5 a second), each on a panel's frame,
  // half a cycle apart.
  curves: [12, 3],
  thumbnails: [12, 9],
};
const DRAWINGS = Object.keys(CADENCE) as Drawing[];

function isDue(drawing: Drawing, frame: number): boolean {
  const [every, phase] = CADENCE[drawing];
  return frame % every === phase;
}

const nothingShown = (): Record<Drawing, TrainingState | null> => ({
  panel: null,
  heatmap: null,
  figure: null,
  readouts: null,
  curves: null,
  thumbnails: null,
});

export class RedrawSchedule {
  #shown = nothingShown();
  #frames = 0;

  /**
   * What the coming frame of Play will redraw: the network, the readouts, the curves, the
   * thumbnails, or none of them.
   */
  nextFrame(): 'figure' | 'readouts' | 'curves' | 'thumbnails' | 'light' {
    const frame = this.#frames;
    if (this.#shown.figure === null || isDue('figure', frame)) return 'figure';
    if (isDue('readouts', frame)) return 'readouts';
    if (isDue('curves', frame)) return 'curves';
    return isDue('thumbnails', frame) ? 'thumbnails' : 'light';
  }

  /** A frame of Play has trained: the drawings due this frame take the new training. */
  played(model: TrainModel): void {
    const frame = this.#frames++;
    for (const drawing of DRAWINGS)
      if (this.#shown[drawing] === null || isDue(drawing, frame))
        this.#shown[drawing] = model.training;
  }

  /** The model as `drawing` shows it: while playing, the training of its last redraw. */
  drawn(model: TrainModel, drawing: Drawing): TrainModel {
    const training = this.#shown[drawing];
    if (!model.playing || training === null) {
      this.#shown = nothingShown();
      return model;
    }
    return { ...model, training };
  }
}
