/**
 * Layered drawing of a computation graph, free of DOM and Lit so it can be unit-tested alone.
 *
 * - Layer = longest path from a leaf: every input sits in layer 0, the output in the last layer.
 * - Between two node layers sits a label rank holding one box per edge that ends in the next
 *   layer, so edge labels never share space with nodes. An edge that skips layers passes through
 *   thin "dummy" slots in the ranks it crosses, which keeps it out of other boxes.
 * - The order within each rank comes from barycenter sweeps (the best ordering seen is kept;
 *   rank-order.ts).
 * - Positions across each rank come from an order-preserving fit (isotonic regression) towards
 *   the average position of each box's neighbours, with the minimum gap enforced, so no two boxes
 *   in a rank can overlap, whatever the graph.
 * The work is done in abstract axes ("along" the flow, "across" it), then mapped to x/y for the
 * chosen direction: `right` (inputs left, output right) or `down` (inputs top, for narrow screens).
 */
import { orderRanks } from './rank-order.js';

export interface LayoutInputNode {
  readonly id: string;
  /** Ids of the nodes this one reads; the same id twice means two edges (x * x). */
  readonly inputs: readonly string[];
  readonly width: number;
  readonly height: number;
}

export interface LayoutOptions {
  direction?: 'right' | 'down';
  labelWidth?: number;
  labelHeight?: number;
  /** Space between neighbouring boxes within a rank. */
  gap?: number;
  /** Space between ranks. */
  rankGap?: number;
  margin?: number;
  /** Barycenter sweeps (each is one pass forward and one back). */
  sweeps?: number;
}

/**
 * The options' defaults, one table for layoutGraph and extentAlong: the extent must be the one the
 * layout then gives.
 */
const DEFAULTS: Required<LayoutOptions> = {
  direction: 'right',
  labelWidth: 96,
  labelHeight: 32,
  gap: 10,
  rankGap: 10,
  margin: 8,
  sweeps: 6,
};

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface PlacedNode extends Box {
  readonly id: string;
}

export interface PlacedEdge {
  readonly source: string;
  readonly target: string;
  /** Which input of the target this edge feeds. */
  readonly index: number;
  readonly label: Box;
  /** From the source's exit side through any bends and the label's centre to the target's entry side. */
  readonly points: readonly Point[];
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: 'right' | 'down';
  readonly nodes: ReadonlyMap<string, PlacedNode>;
  readonly edges: readonly PlacedEdge[];
  /** Edge crossings left after ordering (between adjacent ranks). */
  readonly crossings: number;
}

/** A box in a rank: a node, an edge's label, or a dummy slot an edge passes through. */
interface Item {
  /** Extent along the flow and across it. */
  readonly along: number;
  readonly across: number;
  /** The rank it sits in (node ranks even, label ranks odd). */
  readonly rank: number;
  readonly prev: Item[];
  readonly next: Item[];
  order: number;
  centre: number;
}

const DUMMY_ACROSS = 6;

/**
 * Layer of each node: 0 for leaves, else one more than its deepest input. The nodes come inputs
 * first (an expression graph's own order); an input not met before its user, unknown or in a
 * cycle, throws.
 */
export function assignLayers(nodes: readonly LayoutInputNode[]): Map<string, number> {
  const layers = new Map<string, number>();
  for (const node of nodes) {
    let depth = 0;
    for (const input of node.inputs) {
      const below = layers.get(input);
      if (below === undefined) {
        throw new RangeError(`input '${input}' of '${node.id}' is unknown, later or in a cycle`);
      }
      depth = Math.max(depth, below + 1);
    }
    layers.set(node.id, depth);
  }
  return layers;
}

function link(from: Item, to: Item): void {
  from.next.push(to);
  to.prev.push(from);
}

/**
 * Order-preserving placement: centres as close as possible (least squares) to `desired`
 * while each box keeps at least `gap` from the one before it. Pool-adjacent-violators on the
 * centres shifted by their minimum offsets, so the result can never overlap.
 */
export function packInOrder(
  sizes: readonly number[],
  desired: readonly number[],
  gap: number,
): number[] {
  // Plain loops and parallel arrays: this runs for every rank many times in a first render.
  const offsets: number[] = [];
  let offset = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (i > 0) offset += (sizes[i - 1] + sizes[i]) / 2 + gap;
    offsets.push(offset);
  }
  // Blocks of boxes that sit together: their summed shifted centres and how many they hold.
  const sums: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < desired.length; i++) {
    sums.push(desired[i] - offsets[i]);
    counts.push(1);
    for (let last = sums.length - 1; last > 0; last--) {
      if (sums[last - 1] / counts[last - 1] <= sums[last] / counts[last]) break;
      sums[last - 1] += sums[last];
      counts[last - 1] += counts[last];
      sums.pop();
      counts.pop();
    }
  }
  const result: number[] = [];
  for (let b = 0; b < sums.length; b++) {
    for (let k = 0; k < counts[b]; k++) result.push(sums[b] / counts[b] + offsets[result.length]);
  }
  return result;
}

function placeAcross(rank: Item[], sides: ReadonlyArray<'prev' | 'next'>, gap: number): void {
  const desired = rank.map((item) => {
    // The neighbours' mean centre, summed in place (no list of them made per box and pass).
    let sum = 0;
    let count = 0;
    for (const side of sides) {
      for (const other of item[side]) {
        sum += other.centre;
        count += 1;
      }
    }
    return count === 0 ? item.centre : sum / count;
  });
  const placed = packInOrder(
    rank.map((item) => item.across),
    desired,
    gap,
  );
  rank.forEach((item, i) => (item.centre = placed[i]));
}

/**
 * Each rank's extent along the flow and where it starts, from the layers alone: a node rank is as
 * long as its longest node, a label rank as a label when an edge ends in the layer after it (the
 * dummies have none); `total` is the drawing's extent along the flow.
 */
function ranksAlong(
  nodes: readonly LayoutInputNode[],
  layers: ReadonlyMap<string, number>,
  { direction, labelWidth, labelHeight, rankGap, margin }: Required<LayoutOptions>,
) {
  const right = direction === 'right';
  const sizes = new Array<number>(2 * Math.max(0, ...layers.values()) + 1).fill(0);
  for (const node of nodes) {
    const rank = 2 * layers.get(node.id)!;
    sizes[rank] = Math.max(sizes[rank], right ? node.width : node.height);
    // Every edge into a node has its label in the rank just before the node's.
    if (node.inputs.length > 0) sizes[rank - 1] = right ? labelWidth : labelHeight;
  }
  const starts: number[] = [];
  let cursor = margin;
  for (const size of sizes) {
    starts.push(cursor);
    cursor += size + rankGap;
  }
  return { sizes, starts, total: cursor - rankGap + margin };
}

/**
 * The drawing's extent along the flow (its width when it runs `right`), exactly as layoutGraph
 * gives it (the same rank sizes). Choosing a direction asks this; only the direction chosen is
 * then laid out.
 */
export function extentAlong(
  nodes: readonly LayoutInputNode[],
  options: LayoutOptions = {},
): number {
  return ranksAlong(nodes, assignLayers(nodes), { ...DEFAULTS, ...options }).total;
}

/** Lays out a graph; `nodes` come inputs first (see assignLayers). */
export function layoutGraph(
  nodes: readonly LayoutInputNode[],
  options: LayoutOptions = {},
): GraphLayout {
  const settings = { ...DEFAULTS, ...options };
  const { direction, labelWidth, labelHeight, gap, margin, sweeps } = settings;
  const right = direction === 'right';
  const layers = assignLayers(nodes);
  const along = ranksAlong(nodes, layers, settings);
  const ranks: Item[][] = along.sizes.map(() => []);
  const make = (along: number, across: number, rank: number) => {
    const item: Item = {
      along,
      across,
      rank,
      prev: [],
      next: [],
      order: ranks[rank].length,
      centre: 0,
    };
    ranks[rank].push(item);
    return item;
  };

  const nodeItems = new Map<string, Item>();
  for (const node of nodes) {
    const along = right ? node.width : node.height;
    const across = right ? node.height : node.width;
    nodeItems.set(node.id, make(along, across, 2 * layers.get(node.id)!));
  }
  const labelAlong = right ? labelWidth : labelHeight;
  const labelAcross = right ? labelHeight : labelWidth;
  const chains: Array<{ source: string; target: string; index: number; items: Item[] }> = [];
  for (const node of nodes) {
    const targetRank = 2 * layers.get(node.id)!;
    node.inputs.forEach((input, index) => {
      const items: Item[] = [nodeItems.get(input)!];
      for (let rank = 2 * layers.get(input)! + 1; rank < targetRank - 1; rank++) {
        items.push(make(0, DUMMY_ACROSS, rank));
      }
      items.push(make(labelAlong, labelAcross, targetRank - 1));
      items.push(nodeItems.get(node.id)!);
      for (let i = 1; i < items.length; i++) link(items[i - 1], items[i]);
      chains.push({ source: input, target: node.id, index, items });
    });
  }

  // Ordering: barycenter sweeps, keeping the ordering with the fewest crossings (rank-order.ts).
  const crossings = orderRanks(ranks, sweeps);

  // Across: start stacked, then pull each box towards its neighbours a few times.
  for (const rank of ranks) {
    placeAcross(rank, [], gap);
  }
  for (let round = 0; round < 4; round++) {
    for (let r = 1; r < ranks.length; r++) placeAcross(ranks[r], ['prev'], gap);
    for (let r = ranks.length - 2; r >= 0; r--) placeAcross(ranks[r], ['next'], gap);
  }
  for (const rank of ranks) placeAcross(rank, ['prev', 'next'], gap);

  let minAcross = Infinity;
  let maxAcross = -Infinity;
  for (const rank of ranks) {
    for (const item of rank) {
      minAcross = Math.min(minAcross, item.centre - item.across / 2);
      maxAcross = Math.max(maxAcross, item.centre + item.across / 2);
    }
  }
  if (!Number.isFinite(minAcross)) {
    minAcross = 0;
    maxAcross = 0;
  }

  const acrossTotal = maxAcross - minAcross + 2 * margin;

  // Along: boxes centred on their rank's middle line.
  const boxOf = (item: Item): Box => {
    const alongStart = along.starts[item.rank] + (along.sizes[item.rank] - item.along) / 2;
    const acrossStart = item.centre - item.across / 2 - minAcross + margin;
    return right
      ? { x: alongStart, y: acrossStart, width: item.along, height: item.across }
      : { x: acrossStart, y: alongStart, width: item.across, height: item.along };
  };

  const placedNodes = new Map<string, PlacedNode>();
  for (const node of nodes) {
    const item = nodeItems.get(node.id)!;
    placedNodes.set(node.id, {
      id: node.id,
      ...boxOf(item),
    });
  }
  const centreOf = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const exitOf = (box: Box): Point =>
    right
      ? { x: box.x + box.width, y: box.y + box.height / 2 }
      : { x: box.x + box.width / 2, y: box.y + box.height };
  const entryOf = (box: Box): Point =>
    right ? { x: box.x, y: box.y + box.height / 2 } : { x: box.x + box.width / 2, y: box.y };

  const edges: PlacedEdge[] = chains.map(({ source, target, index, items }) => {
    const boxes = items.map(boxOf);
    const label = boxes[boxes.length - 2];
    const points: Point[] = [exitOf(boxes[0])];
    for (const box of boxes.slice(1, -1)) points.push(centreOf(box));
    points.push(entryOf(boxes[boxes.length - 1]));
    return { source, target, index, label, points };
  });

  return {
    width: right ? along.total : acrossTotal,
    height: right ? acrossTotal : along.total,
    direction,
    nodes: placedNodes,
    edges,
    crossings,
  };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * A smooth SVG path through the points: cubic segments whose handles follow the flow direction,
 * so every bend is gentle and the path enters each box square on.
 */
export function smoothPath(points: readonly Point[], direction: 'right' | 'down'): string {
  if (points.length === 0) return '';
  const round = (value: number): number => Math.round(value * 10) / 10;
  let path = `M${round(points[0].x)} ${round(points[0].y)}`;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (direction === 'right') {
      const mid = (a.x + b.x) / 2;
      path += ` C${round(mid)} ${round(a.y)} ${round(mid)} ${round(b.y)} ${round(b.x)} ${round(b.y)}`;
    } else {
      const mid = (a.y + b.y) / 2;
      path += ` C${round(a.x)} ${round(mid)} ${round(b.x)} ${round(mid)} ${round(b.x)} ${round(b.y)}`;
    }
  }
  return path;
}
