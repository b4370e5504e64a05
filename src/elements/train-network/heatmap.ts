import {
  DOMAIN,
  GridForward,
  outputClass,
  type Feature,
  type TrainableNetwork,
} from '../../core/index.js';
import { CLASS_COLOURS, regressionColour, type Rgb } from './palette.js';

/**
 * The decision boundary as pixels, DOM-free: one forward pass per cell of a 50 × 50 grid over
 * the plane, written straight into RGBA bytes for `ImageData`. While training plays, a 25 × 25
 * grid (a quarter of the work, and of the pixels to hand the canvas), whose cells' centres are
 * those of the 2 × 2 blocks of the full grid; on pause the full grid. A cell shows the predicted
 * class's colour, paler the less sure the model is: from a faint tint at an even split to strong
 * at certainty.
 */

export const HEATMAP_SIZE = 50;
/** The grid while playing: the canvas takes its size, and CSS stretches it as the full one. */
export const COARSE_SIZE = HEATMAP_SIZE / 2;
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
 * The colour of one prediction from the output layer's activations (a probability per class, or
 * the value), and how sure it is, 0 to 1 (the cell's strength follows from it): the predicted
 * class's probability, from an even split to certainty.
 */
function tintOf(
  network: TrainableNetwork,
  out: ArrayLike<number>,
): { colour: Rgb; strength: number } {
  if (network.output === 'regression') return regressionColour(out[0]);
  const best = outputClass(network, out);
  // Two classes: one sigmoid unit, the probability of the second class.
  const binary = network.output === 'binary';
  const sure = binary ? (best ? out[0] : 1 - out[0]) : out[best];
  const even = binary ? 0.5 : 1 / out.length;
  return {
    colour: CLASS_COLOURS[best % CLASS_COLOURS.length],
    strength: Math.max(0, Math.min(1, (sure - even) / (1 - even))),
  };
}

/**
 * The heatmap's RGBA bytes for a `size` × `size` grid, computed a few rows at a time, so that
 * while training plays its forward passes are spread over frames instead of weighing on one (the
 * network is the one it started with); paused, all rows at once.
 */
export class HeatmapJob {
  readonly pixels: Uint8ClampedArray;
  readonly #forward: GridForward;
  readonly #background: Rgb;
  #row = 0;

  constructor(
    readonly network: TrainableNetwork,
    features: readonly Feature[],
    background: Rgb,
    readonly size = HEATMAP_SIZE,
  ) {
    this.pixels = new Uint8ClampedArray(size * size * 4);
    this.#forward = new GridForward(network, features);
    this.#background = background;
  }

  get done(): boolean {
    return this.#row >= this.size;
  }

  /** Computes up to `rows` more rows of cells; answers whether done. */
  run(rows: number): boolean {
    const { network, pixels, size } = this;
    const background = this.#background;
    const last = network.sizes.length - 2;
    const end = Math.min(size, this.#row + rows);
    for (let k = this.#row * size * 4; this.#row < end; this.#row++) {
      for (let col = 0; col < size; col++, k += 4) {
        const { x, y } = cellCentre(col, this.#row, size);
        const tint = tintOf(network, this.#forward.at(x, y)[last]);
        const { colour } = tint;
        const strength = FAINTEST + (STRONGEST - FAINTEST) * tint.strength;
        pixels[k] = background[0] + (colour[0] - background[0]) * strength;
        pixels[k + 1] = background[1] + (colour[1] - background[1]) * strength;
        pixels[k + 2] = background[2] + (colour[2] - background[2]) * strength;
        pixels[k + 3] = 255;
      }
    }
    return this.done;
  }
}
