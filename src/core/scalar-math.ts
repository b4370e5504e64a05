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

/**
 * σ'(z) = σ(z)·σ(−z). The textbook σ(z)(1 − σ(z)) loses every digit once σ(z) rounds to 1
 * (z > ~37 gives 0 instead of e^−z); the product of the two tails keeps its relative precision.
 */
export const sigmoidSlope = (z: number): number => sigmoid(z) * sigmoid(-z);

/**
 * tanh'(u) = 1 − tanh²(u) = 4t / (1 + t)² with t = e^(−2|u|) ≤ 1. The textbook form rounds to 0
 * once tanh(u) rounds to ±1 (|u| > ~19); this one stays accurate until t underflows.
 */
export const tanhSlope = (u: number): number => {
  const t = Math.exp(-2 * Math.abs(u));
  return (4 * t) / ((1 + t) * (1 + t));
};

/**
 * d/dz of crossEntropyFromLogit(z, y): σ(z) − y, written as (1 − y)σ(z) − yσ(−z) so that a
 * confident right answer (z = 40, y = 1) gives −σ(−40) ≈ −4.25e−18 rather than 1 − 1 = 0.
 */
export const crossEntropyLogitSlope = (z: number, y: number): number =>
  (1 - y) * sigmoid(z) - y * sigmoid(-z);
