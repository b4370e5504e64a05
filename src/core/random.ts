/** A small seeded generator (mulberry32): the same seed gives the same weights everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One of `choices`, picked by a generator from `seededRandom`: how an element draws fresh,
 * readable numbers for "Try new numbers" (a list of tidy values, never a raw float).
 */
export function pick<T>(random: () => number, choices: readonly T[]): T {
  return choices[Math.min(choices.length - 1, Math.floor(random() * choices.length))];
}
