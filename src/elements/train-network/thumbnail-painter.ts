import { svg, type SVGTemplateResult } from 'lit';
import type { TrainableNetwork } from '../../core/index.js';
import { parseCssColour } from './palette.js';
import { PixelsByNetwork } from './pixels-by-network.js';
import { THUMBNAIL_SIZE, thumbnailPixels } from './thumbnails.js';
import type { TrainModel } from './train-network-model.js';

/** The thumbnails' pixels, shared by the figures showing the same network. */
const THUMBNAILS = new PixelsByNetwork<Uint8ClampedArray[][]>();

/** How the network's drawing asks for a hidden unit's canvas (views/network.ts). */
export type ThumbnailCanvas = (
  x: number,
  y: number,
  layer: number,
  unit: number,
) => SVGTemplateResult;

/**
 * A hidden unit's canvas in the network's drawing, its top left corner at
 * (`x`, `y`) in the drawing's units and 20 of them wide: it fills its unit's square, under the
 * frame, with one pixel per cell of the grid it shows.
 */
export const thumbnailCanvas: ThumbnailCanvas = (x, y, layer, unit) =>
  svg`<foreignObject x=${x} y=${y} width="20" height="20" aria-hidden="true"
    ><canvas class="thumb" data-layer=${layer} data-unit=${unit} width=${THUMBNAIL_SIZE}
      height=${THUMBNAIL_SIZE}></canvas></foreignObject>`;

/**
 * Paints the hidden units' thumbnails in the network's drawing after a render, only when the
 * network they show changed: while playing, as often as their redraw schedule says
 * (redraw-schedule.ts), as a thumbnail costs a forward pass per cell and a canvas to paint for
 * the frame that redraws it. Remembers only what it last drew. Comes after the first paint
 * (views/later.ts): the figure first, then these.
 */
export class ThumbnailPainter {
  #drawn: TrainableNetwork | null = null;

  readonly #host: HTMLElement & { readonly renderRoot: ParentNode };

  constructor(host: HTMLElement & { readonly renderRoot: ParentNode }) {
    this.#host = host;
  }

  paint(model: TrainModel): void {
    const { network } = model.training;
    if (network === this.#drawn) return;
    const canvases = this.#host.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.thumb');
    if (canvases.length === 0) return;
    this.#drawn = network;
    const style = getComputedStyle(this.#host);
    const { features } = model.setup;
    const background = parseCssColour(style.backgroundColor);
    const line = parseCssColour(style.color);
    const pixels = THUMBNAILS.get(
      network,
      `${features.join()} ${background.join()} ${line.join()}`,
      () => thumbnailPixels(network, features, background, line),
    );
    for (const canvas of canvases) {
      const unit = pixels[Number(canvas.dataset.layer)]?.[Number(canvas.dataset.unit)];
      const context = canvas.getContext('2d');
      if (!unit || !context) continue;
      const side = THUMBNAIL_SIZE;
      context.putImageData(new ImageData(unit as Uint8ClampedArray<ArrayBuffer>, side, side), 0, 0);
    }
  }
}
