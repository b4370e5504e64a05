import type { TrainingState } from '../../core/index.js';
import type { TrainModel } from './train-network-model.js';

/**
 * While playing, which training each drawing shows: the gradient panel follows training every
 * PANEL_EVERY frames (the heatmap, which plane-painter.ts spreads over frames, about as often),
 * the network's drawing and the loss curves every FIGURE_EVERY frames, and the readouts (epoch,
 * losses, accuracy) as often on frames of their own, so most frames only train and count (no
 * text changes, so nothing to lay out or paint) and no frame carries two of these redraws.
 * Paused, every drawing shows the model as it is.
 */

/** The panel's redraws while playing: every third frame (20 a second at 60 Hz)… */
const PANEL_EVERY = 3;
/** …the network's and the curves': every sixth (10 a second), one frame after the panel… */
const FIGURE_EVERY = 6;
const FIGURE_PHASE = 1;
/** …and the readouts': every sixth too, three frames after the figure (never on a panel's). */
const READOUTS_PHASE = 4;

export type Drawing = 'panel' | 'figure' | 'readouts';

export class RedrawSchedule {
  private shown: Record<Drawing, TrainingState | null> = {
    panel: null,
    figure: null,
    readouts: null,
  };
  private frames = 0;

  /** What the coming frame of Play will redraw: the network and curves, the readouts, or neither. */
  nextFrame(): 'figure' | 'readouts' | 'light' {
    const phase = this.frames % FIGURE_EVERY;
    if (this.shown.figure === null || phase === FIGURE_PHASE) return 'figure';
    return phase === READOUTS_PHASE ? 'readouts' : 'light';
  }

  /** A frame of Play has trained: the drawings due this frame take the new training. */
  played(model: TrainModel): void {
    const frame = this.frames++;
    const due: Record<Drawing, boolean> = {
      panel: frame % PANEL_EVERY === 0,
      figure: frame % FIGURE_EVERY === FIGURE_PHASE,
      readouts: frame % FIGURE_EVERY === READOUTS_PHASE,
    };
    for (const drawing of ['panel', 'figure', 'readouts'] as const)
      if (this.shown[drawing] === null || due[drawing]) this.shown[drawing] = model.training;
  }

  /** The model as `drawing` shows it: while playing, the training of its last redraw. */
  drawn(model: TrainModel, drawing: Drawing): TrainModel {
    const training = this.shown[drawing];
    if (!model.playing || training === null) {
      this.shown = { panel: null, figure: null, readouts: null };
      return model;
    }
    return { ...model, training };
  }
}
