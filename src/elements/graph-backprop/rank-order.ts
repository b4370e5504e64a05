/**
 * One step of the graph layout (layout.ts): the order of the boxes within each rank, from
 * barycenter sweeps. Each sweep sorts every rank by the mean order of its neighbours in the rank
 * before it, then back by those in the rank after it; the ordering with the fewest edge crossings
 * seen is the one kept. DOM-free, like the rest of the layout.
 */

/** What ordering reads of a box: its neighbours in the ranks either side, and its place in its own. */
export interface Ordered {
  readonly prev: readonly Ordered[];
  readonly next: readonly Ordered[];
  order: number;
}

function barycenter(neighbours: readonly Ordered[], fallback: number): number {
  if (neighbours.length === 0) return fallback;
  return neighbours.reduce((sum, item) => sum + item.order, 0) / neighbours.length;
}

function reorder(rank: Ordered[], side: 'prev' | 'next'): void {
  const keyed = rank.map((item) => ({ item, key: barycenter(item[side], item.order) }));
  keyed.sort((a, b) => a.key - b.key || a.item.order - b.item.order);
  keyed.forEach(({ item }, index) => {
    rank[index] = item;
    item.order = index;
  });
}

/** Crossings between edges of two adjacent ranks, by counting inverted pairs. */
function crossingsBetween(rank: readonly Ordered[]): number {
  // Each edge's two ends, side by side: no pair made per edge (this runs on every first render).
  const from: number[] = [];
  const to: number[] = [];
  for (const item of rank) {
    for (const next of item.next) {
      from.push(item.order);
      to.push(next.order);
    }
  }
  let count = 0;
  for (let i = 0; i < from.length; i++) {
    for (let j = i + 1; j < from.length; j++) {
      if ((from[i] - from[j]) * (to[i] - to[j]) < 0) count += 1;
    }
  }
  return count;
}

function totalCrossings(ranks: readonly Ordered[][]): number {
  return ranks.reduce((sum, rank) => sum + crossingsBetween(rank), 0);
}

/**
 * Orders every rank in place (the array and each box's `order`) with at most `sweeps` barycenter
 * sweeps, stopping early once nothing crosses. Answers the crossings left.
 */
export function orderRanks<T extends Ordered>(ranks: T[][], sweeps: number): number {
  let best = ranks.map((rank) => [...rank]);
  let bestCrossings = totalCrossings(ranks);
  for (let sweep = 0; sweep < sweeps && bestCrossings > 0; sweep++) {
    for (let r = 1; r < ranks.length; r++) reorder(ranks[r], 'prev');
    for (let r = ranks.length - 2; r >= 0; r--) reorder(ranks[r], 'next');
    const crossings = totalCrossings(ranks);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = ranks.map((rank) => [...rank]);
    }
  }
  best.forEach((rank, r) => {
    ranks[r] = rank;
    rank.forEach((item, order) => (item.order = order));
  });
  return bestCrossings;
}
