/**
 * Softmax over a layer's logits and the categorical cross-entropy computed from them, for the
 * dense module's 'ce' loss. Every function shifts by the largest logit first, so no exponent is
 * positive: nothing overflows at any finite z, and the largest term is exactly 1.
 */

/** Index of the largest entry (the first one on a tie). */
function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** e^(z_i − max z) for every i: each in (0, 1], the largest exactly 1. */
function shiftedExponentials(z: readonly number[]): number[] {
  const top = z[argmax(z)];
  return z.map((value) => Math.exp(value - top));
}

/** softmax(z)_i = e^z_i / Σ_j e^z_j, without overflow. */
export function softmax(z: readonly number[]): number[] {
  const e = shiftedExponentials(z);
  const total = e.reduce((sum, value) => sum + value, 0);
  return e.map((value) => value / total);
}

/** ln Σ_j e^z_j, without overflow: max z + ln(1 + Σ of the other shifted exponentials). */
export function logSumExp(z: readonly number[]): number {
  const k = argmax(z);
  const e = shiftedExponentials(z);
  let others = 0;
  for (let j = 0; j < e.length; j++) if (j !== k) others += e[j];
  return z[k] + Math.log1p(others);
}

/**
 * Categorical cross-entropy −Σ_i y_i ln softmax(z)_i, which is logSumExp(z) − Σ_i y_i z_i when
 * Σ y = 1. Computed as Σ_i y_i·(−ln a_i) with −ln a_i = (max z − z_i) + ln(1 + Σ_{j≠argmax}
 * e^(z_j − max z)): two non-negative terms, so a confident right answer (z = [40, 0, 0], y one-hot
 * on the first) keeps its loss 2e^−40 ≈ 8.5e−18 instead of the 0 that logSumExp(z) − 40 rounds to.
 */
export function softmaxCrossEntropy(z: readonly number[], y: readonly number[]): number {
  const k = argmax(z);
  const e = shiftedExponentials(z);
  let others = 0;
  for (let j = 0; j < e.length; j++) if (j !== k) others += e[j];
  const tail = Math.log1p(others);
  let total = 0;
  for (let i = 0; i < z.length; i++) {
    if (y[i] !== 0) total += y[i] * (z[k] - z[i] + tail);
  }
  return total;
}

/**
 * dL/dz for softmax with cross-entropy: a − y (when Σ y = 1). Written as a_i(1 − y_i) −
 * y_i·Σ_{j≠i} a_j, since 1 − a_i = Σ_{j≠i} a_j: a saturated right answer keeps its tiny δ
 * (≈ −8.5e−18 for z = [40, 0, 0]) instead of 1 − 1 = 0.
 */
export function softmaxCrossEntropyDelta(z: readonly number[], y: readonly number[]): number[] {
  const a = softmax(z);
  return a.map((ai, i) => ai * (1 - y[i]) - y[i] * sumOfOthers(a, i));
}

/** Σ_{j≠i} a_j, which is 1 − a_i without the cancellation when a_i is close to 1. */
function sumOfOthers(a: readonly number[], i: number): number {
  let rest = 0;
  for (let j = 0; j < a.length; j++) if (j !== i) rest += a[j];
  return rest;
}

/**
 * The softmax's Jacobian at its output a: J[i][j] = ∂a_i/∂z_j = a_i(δ_ij − a_j), symmetric
 * (the diagonal a_i(1 − a_i) written with Σ_{j≠i} a_j). With cross-entropy, ∂L/∂a_i = −y_i / a_i,
 * and Jᵀ·∂L/∂a collapses to a − y.
 */
export function softmaxJacobian(a: readonly number[]): number[][] {
  return a.map((ai, i) => a.map((aj, j) => (i === j ? ai * sumOfOthers(a, i) : -ai * aj)));
}
