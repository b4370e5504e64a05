import { DOMAIN, GridForward, type Feature, type TrainableNetwork } from '../../core/index.js';
import { CLASS_COLOURS, regressionColour, type Rgb } from './palette.js';

/**
 * The decision boundary as pixels, DOM-free: one forward pass per cell of a 50 × 50 grid over
 * the plane, written straight into RGBA bytes for `ImageData`. While training plays, every
 * other row and column is computed and each result fills a 2 × 2 block (a quarter of the work);
 * on pause the full grid. A cell shows the predicted class's colour, paler the less sure the
 * model is: from a faint tint at an even split to strong at certainty.
 */

export const HEATMAP_SIZE = 50;
/** How much of the class colour a cell gets, from an even split to certainty. */
const FAINTEST = 0.12;
const STRONGEST = 0.8;

/** The plane coordinate at the centre of a cell (rows from the top, y pointing up). */
export function cellCentre(
  col: number,
  row: number,
  size = HEATMAP_SIZE,
): { x: number; y: number } {
  const cell = (2 * DOMAIN) / size;
  return { x: -DOMAIN + (col + 0.5) * cell, y: DOMAIN - (row + 0.5) * cell };
}

/**
 * The colour mix of one prediction from the output layer's activations (a probability per
 * class, or the value): which colour, and how strongly over the background.
 */
function tintOf(
  output: TrainableNetwork['output'],
  out: ArrayLike<number>,
): { colour: Rgb; strength: number } {
  if (output === 'regression') {
    const { colour, strength } = regressionColour(out[0]);
    return { colour, strength: FAINTEST + (STRONGEST - FAINTEST) * strength };
  }
  // Two classes: one sigmoid unit, the probability of the second class.
  const p = output === 'binary' ? [1 - out[0], out[0]] : out;
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  const even = 1 / p.length;
  const sureness = Math.max(0, Math.min(1, (p[best] - even) / (1 - even)));
  return {
    colour: CLASS_COLOURS[best % CLASS_COLOURS.length],
    strength: FAINTEST + (STRONGEST - FAINTEST) * sureness,
  };
}

/**
 * The heatmap's RGBA bytes (`coarse`: a quarter of the cells), computed a few rows at a time,
 * so that while training plays its forward passes are spread over frames instead of weighing
 * on one (the network is the one it started with); paused, all rows at once.
 */
export class HeatmapJob {
  readonly pixels: Uint8ClampedArray;
  private readonly forward: GridForward;
  private readonly block: number;
  private row = 0;

  constructor(
    readonly network: TrainableNetwork,
    features: readonly Feature[],
    private readonly background: Rgb,
    coarse: boolean,
    private readonly size = HEATMAP_SIZE,
  ) {
    this.pixels = new Uint8ClampedArray(size * size * 4);
    this.forward = new GridForward(network, features);
    this.block = coarse ? 2 : 1;
  }

  get done(): boolean {
    return this.row >= this.size;
  }

  /** Computes up to `rows` more rows of cells (a coarse row is two); answers whether done. */
  run(rows: number): boolean {
    const { network, pixels, background, block, size } = this;
    const last = network.sizes.length - 2;
    const end = Math.min(size, this.row + rows);
    for (; this.row < end; this.row += block) {
      const row = this.row;
      for (let col = 0; col < size; col += block) {
        // A coarse block's prediction comes from its middle.
        const { x, y } = cellCentre(col + (block - 1) / 2, row + (block - 1) / 2, size);
        const { colour, strength } = tintOf(network.output, this.forward.at(x, y)[last]);
        const r = background[0] + (colour[0] - background[0]) * strength;
        const g = background[1] + (colour[1] - background[1]) * strength;
        const b = background[2] + (colour[2] - background[2]) * strength;
        for (let dy = 0; dy < block && row + dy < size; dy++) {
          for (let dx = 0; dx < block && col + dx < size; dx++) {
            const k = ((row + dy) * size + col + dx) * 4;
            pixels[k] = r;
            pixels[k + 1] = g;
            pixels[k + 2] = b;
            pixels[k + 3] = 255;
          }
        }
      }
    }
    return this.done;
  }
}
