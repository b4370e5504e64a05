import { GridForward, type Feature, type TrainableNetwork } from '../../core/index.js';
import { cellCentre } from './heatmap.js';
import { regressionColour, type Rgb } from './palette.js';

/**
 * Each hidden unit's output over the plane as pixels, DOM-free, for the thumbnails in the
 * network's drawing: one forward pass per cell of a small grid gives every hidden unit at once.
 * The colours are the heatmap's own scale for a value (orange below zero, blue above, paler
 * towards zero over the background), and the cells where the output changes sign are drawn in
 * the line colour: the unit's own boundary, which stays readable in greyscale, where orange
 * and blue of the same strength look alike.
 */

/** A thumbnail's side in pixels, one per cell of the grid it shows. */
export const THUMBNAIL_SIZE = 14;

/** How much of the value's colour a cell gets at |value| ≥ 1 (the heatmap's strongest). */
const STRONGEST = 0.8;

/** `pixels[l][u]`: RGBA bytes of unit u of hidden layer l (l from 0, the first hidden layer). */
export function thumbnailPixels(
  network: TrainableNetwork,
  features: readonly Feature[],
  background: Rgb,
  line: Rgb,
  size = THUMBNAIL_SIZE,
): Uint8ClampedArray[][] {
  const hidden = network.sizes.slice(1, -1);
  const values = hidden.map((units) =>
    Array.from({ length: units }, () => new Float64Array(size * size)),
  );
  const forward = new GridForward(network, features);
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++) {
      const { x, y } = cellCentre(col, row, size);
      const a = forward.at(x, y);
      for (let l = 0; l < hidden.length; l++)
        for (let u = 0; u < hidden[l]; u++) values[l][u][row * size + col] = a[l][u];
    }
  return values.map((layer) => layer.map((unit) => unitPixels(unit, background, line, size)));
}

function unitPixels(
  values: Float64Array,
  background: Rgb,
  line: Rgb,
  size: number,
): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(size * size * 4);
  const sign = (k: number): boolean => values[k] > 0;
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++) {
      const k = row * size + col;
      const v = values[k];
      // A cell whose right or lower neighbour has the other sign lies on the boundary.
      const edge =
        (col + 1 < size && sign(k) !== sign(k + 1)) ||
        (row + 1 < size && sign(k) !== sign(k + size));
      const { colour, strength } = regressionColour(v);
      const mix = edge ? 1 : strength * STRONGEST;
      const target = edge ? line : colour;
      for (let c = 0; c < 3; c++)
        pixels[k * 4 + c] = background[c] + (target[c] - background[c]) * mix;
      pixels[k * 4 + 3] = 255;
    }
  return pixels;
}
