import type { Feature, TrainableNetwork } from '../../core/index.js';
import { drawHeatmap } from './draw-plane.js';
import { COARSE_SIZE, HeatmapJob } from './heatmap.js';
import type { Rgb } from './palette.js';

/** While playing, heatmap rows computed per frame: a coarse heatmap takes three frames. */
const ROWS_PER_FRAME = Math.ceil(COARSE_SIZE / 3);

/**
 * The heatmap while training plays (plane-painter.ts paints it from here, as it comes with
 * Play's code): a coarse one spread over three frames, shown once done; the next one starts
 * when the redraw schedule next hands over a network (redraw-schedule.ts), so its pixels never
 * land on a frame that redraws the network, the readouts or the thumbnails. A network handed
 * over while a heatmap is under way waits for the next.
 */
export class CoarseHeatmap {
  /** The heatmap being computed… */
  private job: HeatmapJob | null = null;
  /** …and the network last handed over for it. */
  private offered: unknown = null;

  /** One frame's share: `network` as the schedule hands it; `background` read when needed. */
  paint(
    canvas: HTMLCanvasElement,
    network: TrainableNetwork,
    features: readonly Feature[],
    background: () => Rgb,
  ): void {
    const handed = network !== this.offered;
    this.offered = network;
    if (!this.job || (this.job.done && handed))
      this.job = new HeatmapJob(network, features, background(), COARSE_SIZE);
    if (!this.job.done && this.job.run(ROWS_PER_FRAME))
      drawHeatmap(canvas, this.job.pixels, COARSE_SIZE);
  }
}
