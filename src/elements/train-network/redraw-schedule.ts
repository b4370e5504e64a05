import type { TrainingState } from '../../core/index.js';
import type { TrainModel } from './train-network-model.js';

/**
 * While playing, which training each drawing shows. Most frames only train and count (no text
 * changes, so nothing to lay out or paint), and no frame carries two of the heavier redraws:
 * - the gradient panel follows training every PANEL_EVERY frames, and the heatmap starts its
 *   coarse rows from the same training (plane-painter.ts spreads them over three frames and
 *   draws them on the third, the frame before the next panel's);
 * - the network's drawing every FIGURE_EVERY frames, one frame after the panel;
 * - the readouts (epoch, losses, accuracy) and the loss curves as often, on frames of their own
 *   (views/frame.ts);
 * - the hidden units' thumbnails (a canvas each, whose pixels cost a frame more to paint and
 *   commit than the rest of the drawing) every THUMBNAILS_EVERY frames, on a panel's frame.
 * Paused, every drawing shows the model as it is.
 */

/** The panel's and the heatmap's: every third frame (20 a second at 60 Hz)… */
const PANEL_EVERY = 3;
/** …the network's: every sixth (10 a second), one frame after the panel… */
const FIGURE_EVERY = 6;
const FIGURE_PHASE = 1;
/** …the readouts' and the curves': every sixth too, three frames after the network's… */
const READOUTS_PHASE = 4;
/** …and the thumbnails': every twelfth (5 a second), on a panel's frame. */
const THUMBNAILS_EVERY = 12;
const THUMBNAILS_PHASE = 9;

export type Drawing = 'panel' | 'heatmap' | 'figure' | 'readouts' | 'thumbnails';
const DRAWINGS: readonly Drawing[] = ['panel', 'heatmap', 'figure', 'readouts', 'thumbnails'];
const NOTHING_SHOWN = {
  panel: null,
  heatmap: null,
  figure: null,
  readouts: null,
  thumbnails: null,
} as const satisfies Record<Drawing, null>;

export class RedrawSchedule {
  private shown: Record<Drawing, TrainingState | null> = { ...NOTHING_SHOWN };
  private frames = 0;

  /**
   * What the coming frame of Play will redraw: the network, the readouts and curves, the
   * thumbnails, or none of them.
   */
  nextFrame(): 'figure' | 'readouts' | 'thumbnails' | 'light' {
    const phase = this.frames % FIGURE_EVERY;
    if (this.shown.figure === null || phase === FIGURE_PHASE) return 'figure';
    if (phase === READOUTS_PHASE) return 'readouts';
    return this.frames % THUMBNAILS_EVERY === THUMBNAILS_PHASE ? 'thumbnails' : 'light';
  }

  /** A frame of Play has trained: the drawings due this frame take the new training. */
  played(model: TrainModel): void {
    const frame = this.frames++;
    const due: Record<Drawing, boolean> = {
      panel: frame % PANEL_EVERY === 0,
      heatmap: frame % PANEL_EVERY === 0,
      figure: frame % FIGURE_EVERY === FIGURE_PHASE,
      readouts: frame % FIGURE_EVERY === READOUTS_PHASE,
      thumbnails: frame % THUMBNAILS_EVERY === THUMBNAILS_PHASE,
    };
    for (const drawing of DRAWINGS)
      if (this.shown[drawing] === null || due[drawing]) this.shown[drawing] = model.training;
  }

  /** The model as `drawing` shows it: while playing, the training of its last redraw. */
  drawn(model: TrainModel, drawing: Drawing): TrainModel {
    const training = this.shown[drawing];
    if (!model.playing || training === null) {
      this.shown = { ...NOTHING_SHOWN };
      return model;
    }
    return { ...model, training };
  }
}
