/**
 * The few scalar functions the op table, the dense module and the elements share, each written
 * in the form that keeps its digits where the naive formula loses them.
 */

/** σ(z) = 1 / (1 + e^−z), without overflow for very negative z. */
export const sigmoid = (z: number): number =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

/** ln(1 + e^z) without overflow for large z or lost digits for very negative z. */
export const softplus = (z: number): number => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));

/**
 * Binary cross-entropy −(y ln a + (1 − y) ln(1 − a)) of a = σ(z), from z itself. Since
 * −ln a = softplus(−z) and −ln(1 − a) = softplus(z), it is a sum of two non-negative terms:
 * finite for any finite z, and without the cancellation of softplus(z) − yz, which gives 0
 * instead of e^−40 for a confident right answer.
 */
export const crossEntropyFromLogit = (z: number, y: number): number =>
  y * softplus(-z) + (1 - y) * softplus(z);
