import { drawHeatmap, drawPoints } from './draw-plane.js';
import { HEATMAP_SIZE, heatmapPixels } from './heatmap.js';
import { parseCssColour } from './palette.js';
import { isRegression, type TrainModel } from './train-network-model.js';

/**
 * Paints the plane's two canvases after a render, each only when what it shows changed: the
 * heatmap when the network (or the coarse-while-playing choice) changed, the points when the
 * points, the cursor or its visibility did. Remembers what it last drew, nothing the reader sees.
 */
export class PlanePainter {
  private drawn: {
    network: unknown;
    coarse: boolean;
    points: unknown;
    cursor: unknown;
    focused: boolean;
  } | null = null;

  constructor(private readonly host: HTMLElement & { readonly renderRoot: ParentNode }) {}

  paint(model: TrainModel): void {
    const focused = model.cursorShown;
    const root = this.host.renderRoot;
    const heatmap = root.querySelector<HTMLCanvasElement>('canvas.heatmap');
    const pointsCanvas = root.querySelector<HTMLCanvasElement>('canvas.points');
    if (!heatmap || !pointsCanvas) return;
    const { network } = model.training;
    const coarse = model.playing;
    const style = getComputedStyle(this.host);
    const last = this.drawn;
    if (!last || last.network !== network || last.coarse !== coarse) {
      const background = parseCssColour(style.backgroundColor);
      drawHeatmap(
        heatmap,
        heatmapPixels(network, model.setup.features, background, coarse),
        HEATMAP_SIZE,
      );
    }
    if (
      !last ||
      last.points !== model.points ||
      last.focused !== focused ||
      last.cursor !== model.cursor ||
      pointsCanvas.width === 0
    ) {
      drawPoints(pointsCanvas, model.points, focused ? model.cursor : null, {
        line: style.color,
        background: style.backgroundColor,
        regression: isRegression(model),
        scale: Math.min(2, window.devicePixelRatio || 1),
      });
    }
    this.drawn = { network, coarse, points: model.points, cursor: model.cursor, focused };
  }
}
