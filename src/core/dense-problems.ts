import type { BackwardResult, ForwardCache } from './dense.js';

/** Which number of a dense pass is not finite. */
export type DenseQuantity = 'input' | 'z' | 'a' | 'loss' | 'delta' | 'weightGradient';

/** The first number of a forward/backward pass that is too large for a float (or NaN). */
export interface DenseProblem {
  readonly quantity: DenseQuantity;
  /** The layer, as an index into `sizes` (0 = the input); the output layer for the loss. */
  readonly layer: number;
  /** The unit of that layer (for a weight gradient, the unit the weight feeds); 0 for the loss. */
  readonly unit: number;
  /** For a weight gradient: the unit of the layer below that the weight comes from. */
  readonly from?: number;
  /** What it is, in English, for a console or a test. */
  readonly message: string;
}

const WHAT: Record<Exclude<DenseQuantity, 'loss'>, string> = {
  input: 'the input',
  z: 'the weighted sum z',
  a: 'the activation a',
  delta: 'δ',
  weightGradient: 'a weight gradient',
};

function problem(
  quantity: DenseQuantity,
  layer: number,
  unit: number,
  from?: number,
): DenseProblem {
  const message =
    quantity === 'loss'
      ? 'the loss is too large for a number'
      : `${WHAT[quantity]} of unit ${unit + 1} in layer ${layer} is too large for a number`;
  return from === undefined
    ? { quantity, layer, unit, message }
    : { quantity, layer, unit, from, message };
}

const firstBad = (values: readonly number[]): number =>
  values.findIndex((value) => !Number.isFinite(value));

/**
 * The first number of a pass that is not finite, in the order the passes compute them: the
 * input, z and a layer by layer, the loss, the deltas from the output back, then the weight
 * gradients; null when all are finite. A network whose numbers overflow (x = [1e200, 1e200]
 * through relu with mse) gets a place to point at instead of Infinity or NaN on screen. The
 * bias gradients are the deltas, so they are covered by them. Without `result`, the forward
 * pass alone is checked.
 */
export function findDenseProblem(
  cache: ForwardCache,
  result?: BackwardResult,
): DenseProblem | null {
  const input = firstBad(cache.input);
  if (input !== -1) return problem('input', 0, input);
  for (let k = 0; k < cache.z.length; k++) {
    const z = firstBad(cache.z[k]);
    if (z !== -1) return problem('z', k + 1, z);
    const a = firstBad(cache.a[k]);
    if (a !== -1) return problem('a', k + 1, a);
  }
  if (!result) return null;
  if (!Number.isFinite(result.loss)) return problem('loss', cache.z.length, 0);
  for (let k = result.deltas.length - 1; k >= 0; k--) {
    const delta = firstBad(result.deltas[k]);
    if (delta !== -1) return problem('delta', k + 1, delta);
  }
  for (let k = 0; k < result.weightGradients.length; k++) {
    for (let i = 0; i < result.weightGradients[k].length; i++) {
      const j = firstBad(result.weightGradients[k][i]);
      if (j !== -1) return problem('weightGradient', k + 1, i, j);
    }
  }
  return null;
}
