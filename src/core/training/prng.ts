/**
 * Seeded randomness for training: the same seed gives the same data, split, initial weights and
 * batch order on every load, so an attribute reproduces a run and tests can assert accuracies.
 * Built on the core's mulberry32 generator.
 */
import { seededRandom } from '../random.js';

export { seededRandom };

/** A generator of numbers in [0, 1). */
export type Random = () => number;

/**
 * A new 32-bit seed from a seed and a stream number (an epoch, a purpose), so independent
 * streams (data, weights, each epoch's batch order) do not share a sequence.
 */
export function mixSeed(seed: number, stream: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream >>> 0, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A uniform number in [min, max). */
export function uniform(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/** A standard normal number (Box–Muller; 1 − u keeps the logarithm's argument above 0). */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** 0, 1, …, n − 1 in a seeded order (Fisher–Yates). */
export function permutation(n: number, random: Random): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
