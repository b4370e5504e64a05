import type { BackwardResult, ForwardCache } from './dense.js';

/** Which number of a dense pass is not finite: x, z, a, the loss, δ or a weight gradient. */
export type DenseQuantity = 'x' | 'z' | 'a' | 'loss' | 'δ' | 'dL/dW';

/** The first number of a forward/backward pass that is too large for a float (or NaN). */
export interface DenseProblem {
  readonly quantity: DenseQuantity;
  /** The layer, as an index into `sizes` (0 = the input); the output layer for the loss. */
  readonly layer: number;
  /** The unit of that layer (for a weight gradient, the unit the weight feeds); 0 for the loss. */
  readonly unit: number;
  /** What it is, in English, for a console or a test. */
  readonly message: string;
}

/**
 * The first number of a pass that is not finite, in the order the passes compute them: x, then
 * z and a layer by layer, the loss, the deltas from the output back, the weight gradients; null
 * when all are finite (the bias gradients are the deltas). A network whose numbers overflow
 * (x = [1e200, 1e200] through relu with mse) gets a place to point at instead of Infinity or
 * NaN on screen. Without `result`, the forward pass alone is checked.
 */
export function findDenseProblem(
  cache: ForwardCache,
  result?: BackwardResult,
): DenseProblem | null {
  const { z, a } = cache;
  const output = z.length;
  const rows: Array<[DenseQuantity, number, readonly number[]]> = [['x', 0, cache.input]];
  z.forEach((_, k) => rows.push(['z', k + 1, z[k]], ['a', k + 1, a[k]]));
  if (result) {
    rows.push(['loss', output, [result.loss]]);
    for (let k = output - 1; k >= 0; k--) rows.push(['δ', k + 1, result.deltas[k]]);
    result.weightGradients.forEach((matrix, k) =>
      matrix.forEach((row) => rows.push(['dL/dW', k + 1, row])),
    );
  }
  for (const [quantity, layer, values] of rows) {
    const bad = values.findIndex((value) => !Number.isFinite(value));
    if (bad === -1) continue;
    // A weight gradient's row is the unit its weights feed.
    const unit =
      quantity === 'dL/dW' ? result!.weightGradients[layer - 1].indexOf(values as number[]) : bad;
    const where =
      quantity === 'loss' ? 'the loss' : `${quantity} of unit ${unit + 1} in layer ${layer}`;
    return { quantity, layer, unit, message: `${where} is too large for a number` };
  }
  return null;
}
