/**
 * Where the diagram draws each unit, DOM-free. Small networks get roomy spacing with numbers on
 * the units; large ones (up to 6 layers of 16 units) get a compact grid that still fits a
 * 320 px column through the SVG viewBox, with numbers moved to the readout line instead.
 */

export interface UnitPosition {
  x: number;
  y: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  /** Unit circle radius. */
  radius: number;
  /** Whether per-unit numbers fit on the diagram. */
  roomy: boolean;
  /** positions[l][k]: unit k of layer l (layer 0 is the input). */
  positions: UnitPosition[][];
  /** Where the loss node sits, right of the output layer. */
  loss: UnitPosition;
  /** Baseline of the layer names above the columns. */
  headerY: number;
}

const HEADER = 34;

export function layoutNetwork(sizes: readonly number[]): DiagramLayout {
  const widest = Math.max(...sizes);
  const roomy = widest <= 4 && sizes.length <= 4;
  const unitGap = roomy ? 78 : widest <= 8 ? 38 : 24;
  const radius = roomy ? 24 : Math.round(unitGap * 0.34);
  const columnGap = roomy ? 108 : 84;
  const left = roomy ? 34 : 30;
  const lossGap = roomy ? 64 : 56;
  const top = HEADER + (roomy ? 4 : 6);
  const columnsHeight = widest * unitGap;
  const positions = sizes.map((count, l) => {
    const offset = ((widest - count) * unitGap) / 2;
    return Array.from({ length: count }, (_, k) => ({
      x: left + l * columnGap,
      y: top + offset + (k + 0.5) * unitGap,
    }));
  });
  const lastX = left + (sizes.length - 1) * columnGap;
  const loss = { x: lastX + lossGap, y: top + columnsHeight / 2 };
  return {
    width: loss.x + (roomy ? 26 : 24),
    height: top + columnsHeight + (roomy ? 4 : 6),
    radius,
    roomy,
    positions,
    loss,
    headerY: 20,
  };
}

/** Steps of the stroke scale within each power of ten; each is about 1.26 times the one before. */
const SCALE_STEPS = [1, 1.25, 1.6, 2, 2.5, 3.2, 4, 5, 6.4, 8];

/**
 * The reference |w| that stroke widths are measured against: the largest |w| rounded up to the
 * next step of SCALE_STEPS. Scaling by the exact largest weight meant that dragging the largest
 * weight gave every connection a new width each frame and repainted the whole diagram; with
 * steps, a drag repaints one connection and rescales the rest only when it crosses a step.
 */
export function strokeScale(largest: number): number {
  if (!(largest > 0) || !Number.isFinite(largest)) return 0;
  const decade = 10 ** Math.floor(Math.log10(largest));
  const step = SCALE_STEPS.find((candidate) => candidate * decade >= largest) ?? 10;
  return step * decade;
}

/** Stroke width for a weight: thin for small weights, thicker for large, relative to `largest`. */
export function weightStrokeWidth(weight: number, largest: number, roomy: boolean): number {
  const base = roomy ? 1.2 : 0.8;
  const span = roomy ? 5 : 2.6;
  if (!(largest > 0) || !Number.isFinite(weight)) return base;
  return base + span * Math.min(1, Math.abs(weight) / largest);
}

/** A connection by its place: W_layer's entry from unit `column` of the layer before to unit `row`. */
export interface ConnectionPlace {
  layer: number;
  row: number;
  column: number;
}

/** The distance from `p` to the segment from `a` to `b`. */
function distanceToSegment(p: UnitPosition, a: UnitPosition, b: UnitPosition): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The connection a point (in the drawing's units) lies on: the one whose line is nearest, if it
 * is within `reach`; null when none is. The diagram finds the connection a pointer presses with
 * this instead of a wide invisible line per connection to hit.
 */
export function connectionAt(
  layout: DiagramLayout,
  point: UnitPosition,
  reach: number,
): ConnectionPlace | null {
  const { positions } = layout;
  let nearest: ConnectionPlace | null = null;
  let distance = reach;
  for (let layer = 1; layer < positions.length; layer++) {
    const sources = positions[layer - 1];
    const targets = positions[layer];
    // Only the matrices between whose columns the point lies.
    if (point.x < sources[0].x - reach || point.x > targets[0].x + reach) continue;
    for (let row = 0; row < targets.length; row++) {
      for (let column = 0; column < sources.length; column++) {
        const d = distanceToSegment(point, sources[column], targets[row]);
        // On a tie the later wins: it is drawn on top.
        if (d <= distance) {
          distance = d;
          nearest = { layer, row, column };
        }
      }
    }
  }
  return nearest;
}
