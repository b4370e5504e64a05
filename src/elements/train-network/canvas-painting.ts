import type { ReactiveElement } from 'lit';
import type { LoadHost } from '../../internal/lazy-view.js';
import { planePainter } from './plane-painter.js';
import type { ThumbnailPainter } from './thumbnail-painter.js';
import type { TrainModel } from './train-network-model.js';
import { laterCode } from './views/later-views.js';

/** What the element calls after each render (its `updated`). */
export interface CanvasPainting {
  rendered(): void;
}

/**
 * The figure's canvases: the plane's heatmap and points (plane-painter.ts) and the hidden units'
 * thumbnails (thumbnail-painter.ts). They are drawn after each render, only when what they show
 * changed; after the first render, on the next frame: the figure's words, controls and drawing
 * show a frame sooner, and the pixels (the heatmap, the points, the thumbnails) follow, computed
 * on a style and layout that frame has already worked out. A Lit controller of `host` (for its
 * reconnection) that remembers what it drew and whether that first frame has come, nothing the
 * reader sees. A closure rather than a class: its state's names shrink with the bundle.
 *
 * @param model The model as it is: the plane shows it.
 * @param heatmapShown The model as the heatmap shows it (while playing, the training its redraw
 *   schedule last handed it, redraw-schedule.ts).
 * @param thumbnailsShown The model as the thumbnails in the network's drawing show it (while
 *   playing, the training of their last redraw, redraw-schedule.ts).
 */
export function canvasPainting(
  host: ReactiveElement & LoadHost,
  model: () => TrainModel,
  heatmapShown: () => TrainModel,
  thumbnailsShown: () => TrainModel,
): CanvasPainting {
  const paintPlane = planePainter(host);
  /** The hidden units' thumbnails, painted once their code is here (it follows the first paint). */
  let thumbnails: ThumbnailPainter | undefined;
  /**
   * Whether the element's first frame has been shown: until then its canvases wait (see
   * `rendered`); a number while that frame is awaited.
   */
  let firstFrame: number | boolean = false;

  const paint = (): void => {
    paintPlane(model(), heatmapShown());
    const later = laterCode.use(host);
    if (later) (thumbnails ??= new later.ThumbnailPainter(host)).paint(thumbnailsShown());
  };

  host.addController({
    hostConnected() {
      // Detached before its first frame: the canvases wait for this connection's render.
      if (host.hasUpdated && firstFrame === false) host.requestUpdate();
    },
  });

  return {
    rendered() {
      if (firstFrame === true) paint();
      else if (firstFrame === false)
        firstFrame = requestAnimationFrame(() => {
          // Detached meanwhile: its colours cannot be read; the next connection paints.
          firstFrame = host.isConnected;
          if (firstFrame) paint();
        });
    },
  };
}
