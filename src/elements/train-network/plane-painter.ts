import type { CoarseHeatmap } from './coarse-heatmap.js';
import { drawHeatmap, drawPoints } from './draw-plane.js';
import { HEATMAP_SIZE, HeatmapJob } from './heatmap.js';
import { parseCssColour, type Rgb } from './palette.js';
import { PixelsByNetwork } from './pixels-by-network.js';
import { isRegression, type TrainModel } from './train-network-model.js';
import { laterCode, playCode } from './views/later-views.js';
/** The paused heatmaps' pixels, shared by the figures showing the same network. */
const WHOLE_HEATMAPS = new PixelsByNetwork<Uint8ClampedArray>();

/**
 * Paints the plane's two canvases after a render, each only when what it shows changed: the
 * heatmap when the network (or the coarse-while-playing choice) changed, and while playing a
 * few rows a frame; the points when the points, the cursor or its visibility did. Remembers
 * what it last drew, nothing the reader sees. A closure rather than a class, as
 * canvas-painting.ts is: its state's names shrink with the bundle.
 *
 * While playing, the heatmap is a coarse one painted from Play's own code (coarse-heatmap.ts),
 * which is here whenever the loop runs: the network its redraw schedule hands it every third
 * frame (redraw-schedule.ts).
 *
 * Answers the painting: `shown` is the model as the heatmap shows it (while playing, as the
 * schedule hands it).
 */
export function planePainter(
  host: HTMLElement & { readonly renderRoot: ParentNode },
): (model: TrainModel, shown: TrainModel) => void {
  let drawn: {
    network: unknown;
    coarse: boolean;
    points: unknown;
    cursor: unknown;
    focused: boolean;
  } | null = null;
  /** While playing, the heatmap under way (made with Play's code). */
  let coarseHeatmap: CoarseHeatmap | null = null;
  return (model, shown) => {
    const focused = model.cursorShown;
    const root = host.renderRoot;
    const heatmap = root.querySelector<HTMLCanvasElement>('canvas.heatmap');
    const pointsCanvas = root.querySelector<HTMLCanvasElement>('canvas.points');
    if (!heatmap || !pointsCanvas) return;
    const { network } = shown.training;
    const { features } = model.setup;
    const coarse = model.playing;
    // Read only when something is drawn: reading styles forces their computation mid-frame.
    let computed: CSSStyleDeclaration | undefined;
    const style = (): CSSStyleDeclaration => (computed ??= getComputedStyle(host));
    const background = (): Rgb => parseCssColour(style().backgroundColor);
    const last = drawn;
    if (!coarse) {
      // Paused: the whole heatmap at once, at full resolution.
      coarseHeatmap = null;
      if (!last || last.network !== network || last.coarse) {
        const colours = background();
        const pixels = WHOLE_HEATMAPS.get(network, `${features.join()} ${colours.join()}`, () => {
          const whole = new HeatmapJob(network, features, colours);
          whole.run(HEATMAP_SIZE);
          return whole.pixels;
        });
        drawHeatmap(heatmap, pixels, HEATMAP_SIZE);
      }
    } else {
      // Playing: before Play's code is here nothing trains, and the heatmap shown stays.
      const code = playCode.ready;
      if (code)
        (coarseHeatmap ??= new code.CoarseHeatmap()).paint(heatmap, network, features, background);
    }
    if (
      !last ||
      last.points !== model.points ||
      last.focused !== focused ||
      last.cursor !== model.cursor ||
      pointsCanvas.width === 0
    ) {
      const line = style().color;
      const place = drawPoints(pointsCanvas, model.points, {
        line,
        background: style().backgroundColor,
        regression: isRegression(model),
        scale: Math.min(2, window.devicePixelRatio || 1),
      });
      // The cursor shows once the reader's code, which draws it, has put it there.
      if (place && focused) laterCode.ready?.drawCursor(place, model.cursor, line);
    }
    drawn = { network, coarse, points: model.points, cursor: model.cursor, focused };
  };
}
