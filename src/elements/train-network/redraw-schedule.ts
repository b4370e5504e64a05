import type { TrainingState } from '../../core/index.js';
import type { TrainModel } from './train-network-model.js';

/**
 * While playing, which training each drawing shows: the gradient panel follows training every
 * PANEL_EVERY frames (the heatmap, which plane-painter.ts spreads over frames, about as often),
 * the network's drawing and the loss curves every FIGURE_EVERY frames, on frames of their own,
 * so most frames only train and count and no frame carries two heavy redraws. Paused, every
 * drawing shows the model as it is.
 */

/** The panel's redraws while playing: every third frame (20 a second at 60 Hz)… */
const PANEL_EVERY = 3;
/** …and the network's and the curves': every sixth (10 a second), one frame after the panel. */
const FIGURE_EVERY = 6;
const FIGURE_PHASE = 1;

export type Drawing = 'panel' | 'figure';

export class RedrawSchedule {
  private panel: TrainingState | null = null;
  private figure: TrainingState | null = null;
  private frames = 0;

  /** What the coming frame of Play will redraw: the network and curves, or only the rest. */
  nextFrame(): 'figure' | 'light' {
    const frame = this.frames;
    return this.figure === null || frame % FIGURE_EVERY === FIGURE_PHASE ? 'figure' : 'light';
  }

  /** A frame of Play has trained: the drawings due this frame take the new training. */
  played(model: TrainModel): void {
    const frame = this.frames++;
    if (this.panel === null || frame % PANEL_EVERY === 0) this.panel = model.training;
    if (this.figure === null || frame % FIGURE_EVERY === FIGURE_PHASE) this.figure = model.training;
  }

  /** The model as `drawing` shows it: while playing, the training of its last redraw. */
  drawn(model: TrainModel, drawing: Drawing): TrainModel {
    const training = drawing === 'panel' ? this.panel : this.figure;
    if (!model.playing || training === null) {
      this.panel = this.figure = null;
      return model;
    }
    return { ...model, training };
  }
}
