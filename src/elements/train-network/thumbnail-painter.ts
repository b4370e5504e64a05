import type { TrainableNetwork } from '../../core/index.js';
import { parseCssColour } from './palette.js';
import { THUMBNAIL_SIZE, thumbnailPixels } from './thumbnails.js';
import type { TrainModel } from './train-network-model.js';

/**
 * Paints the hidden units' thumbnails in the network's drawing after a render, only when the
 * network they show changed (while playing, the drawing follows training a few times a second,
 * so the thumbnails do too). Remembers only what it last drew.
 */
export class ThumbnailPainter {
  private drawn: TrainableNetwork | null = null;

  constructor(private readonly host: HTMLElement & { readonly renderRoot: ParentNode }) {}

  paint(model: TrainModel): void {
    const { network } = model.training;
    if (network === this.drawn) return;
    const canvases = this.host.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.thumb');
    if (canvases.length === 0) return;
    this.drawn = network;
    const style = getComputedStyle(this.host);
    const pixels = thumbnailPixels(
      network,
      model.setup.features,
      parseCssColour(style.backgroundColor),
      parseCssColour(style.color),
    );
    for (const canvas of canvases) {
      const unit = pixels[Number(canvas.dataset.layer)]?.[Number(canvas.dataset.unit)];
      const context = canvas.getContext('2d');
      if (!unit || !context) continue;
      const image = new ImageData(
        unit as Uint8ClampedArray<ArrayBuffer>,
        THUMBNAIL_SIZE,
        THUMBNAIL_SIZE,
      );
      context.putImageData(image, 0, 0);
    }
  }
}
