/**
 * Where the lever, the rack and the gears go, and the outline of each gear. Free of DOM and Lit:
 * it returns numbers and SVG path strings, so it can be tested on its own.
 *
 * All lengths are in SVG user units. Every gear shares one tooth pitch so neighbours mesh. Sizes
 * follow the ratios as real meshed gears would: gear k turns |ratio k| times as far as gear k − 1,
 * so its radius is gear k − 1's divided by |ratio k| (clamped to a readable range), and two
 * meshed gears always turn opposite ways. The sign of a ratio is bookkeeping, not physics: it
 * decides which way each gear's angle is counted (see `GearLayout.direction`).
 */
import { LEVER_RANGE } from './chain-math.js';

/** Distance between neighbouring teeth along the pitch circle. */
export const PITCH = 9;
/** Tooth height above the pitch circle (the gear "module"). */
export const ADDENDUM = PITCH / Math.PI;
/** Tooth depth below the pitch circle; a little more than the addendum so tips clear the roots. */
export const DEDENDUM = 1.25 * ADDENDUM;

const MARGIN = 10;
/** The size gear 1 takes when the ratios leave it free. */
const BASE_RADIUS = 34;
/** The readable range of pitch radii: a smaller gear loses its number, a larger one the page. */
export const MIN_RADIUS = 15;
export const MAX_RADIUS = 46;
/** A gear needs a few teeth to look like one. */
const MIN_TEETH = 8;
const MIN_WIDTH = 240;
/** Extra space between meshed gears, so teeth touch lightly instead of crossing. */
const MESH_SLACK = 0.35 * ADDENDUM;
/** Space left between a gear and one whose ratio is 0: it is disengaged and does not turn. */
const DISENGAGED_GAP = 6;

export interface GearLayout {
  /** Stage number, 1-based. */
  stage: number;
  cx: number;
  cy: number;
  pitchRadius: number;
  tipRadius: number;
  teeth: number;
  /** Rotation (degrees) of the drawn outline at rest, so its teeth interleave with its neighbour's. */
  phase: number;
  /** Whether this gear is pulled away from the previous one (its ratio is 0). */
  disengaged: boolean;
  /**
   * The way this gear's angle counts as positive on screen: 1 clockwise, −1 counter-clockwise.
   * The rack on top of gear 1 turns it clockwise as the lever moves right; every mesh reverses
   * the turn. A positive ratio counts the gear's angle the way the mesh turns it, so its reading
   * has its driver's sign; a negative ratio counts it the other way, so the reading flips sign.
   */
  direction: 1 | -1;
}

export interface RackLayout {
  /** Top edge of the rack's body. */
  top: number;
  /** Height of the rack's body, above its teeth. */
  body: number;
  /** The line where rack teeth meet gear 1's pitch circle. */
  pitchY: number;
  /** Horizontal positions of rack teeth at rest. */
  toothXs: number[];
  /** Left and right ends of the drawn rack at rest (it is clipped to the diagram). */
  x0: number;
  x1: number;
}

export interface RulerLayout {
  /** Where the lever's 0 sits, and how many user units one unit of lever travel takes. */
  zeroX: number;
  unit: number;
  /** The baseline of the tick marks. */
  y: number;
  /** The baseline of the numbers above the major ticks (clear of the handle's top). */
  labelY: number;
  /** The lever positions that get a number: every fifth unit. */
  labels: number[];
  x0: number;
  x1: number;
}

export interface TrainLayout {
  width: number;
  height: number;
  ruler: RulerLayout;
  rack: RackLayout;
  gears: GearLayout[];
}

/**
 * The pitch radius of every gear. Meshed gears roll on their pitch circles, so a gear that turns
 * |r| times as far as its driver has 1/|r| of its driver's radius. Gear 1 (driven by the rack,
 * whose ratio is the lever's scale, not a size) is sized so the whole train fits the readable
 * range, as close to BASE_RADIUS as it can be; a train whose ratios spread wider than the range
 * is clamped at its ends. A stopped gear (ratio 0) keeps its driver's size.
 */
export function trainRadii(ratios: readonly number[]): number[] {
  // Each gear's size relative to gear 1: 1 / the product of the |ratios| after gear 1.
  const relative: number[] = [];
  ratios.forEach((ratio, index) => {
    const magnitude = Math.abs(ratio);
    relative.push(index === 0 ? 1 : relative[index - 1] / (magnitude === 0 ? 1 : magnitude));
  });
  const largest = Math.max(...relative);
  const smallest = Math.min(...relative);
  // Gear 1's radius r1 must keep r1·largest ≤ MAX and r1·smallest ≥ MIN; when both cannot hold,
  // the geometric middle shares the clamping between the two ends.
  const low = MIN_RADIUS / smallest;
  const high = MAX_RADIUS / largest;
  const first = low <= high ? Math.min(high, Math.max(low, BASE_RADIUS)) : Math.sqrt(low * high);
  return relative.map((size) => Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, first * size)));
}

/** The tooth count nearest a wanted radius on the shared pitch, and the radius it gives. */
export function toothed(wanted: number): { radius: number; teeth: number } {
  return withTeeth(Math.max(MIN_TEETH, Math.round((2 * Math.PI * wanted) / PITCH)));
}

const withTeeth = (teeth: number): { radius: number; teeth: number } => ({
  radius: (teeth * PITCH) / (2 * Math.PI),
  teeth,
});

/**
 * Whole tooth counts for the radii of `trainRadii`. Meshed teeth pass one for one, so a gear
 * keeps in step with its driver over any turn only when their counts are in the ratio exactly:
 * gear 1's count is tried a few teeth either side of its wanted size, each later count follows
 * from its driver's, and the choice that misses the ratios least wins (2 and 3 give 30 and 10).
 * Where a radius was clamped the ratio cannot hold, and the count follows the clamped size.
 */
function trainTeeth(ratios: readonly number[], radii: readonly number[]): number[] {
  const wanted = radii.map((radius) => (2 * Math.PI * radius) / PITCH);
  const free = (index: number): boolean => {
    const relative = radii[index] / radii[index - 1];
    const magnitude = Math.abs(ratios[index]) || 1;
    return Math.abs(relative * magnitude - 1) < 1e-9;
  };
  let best: number[] = [];
  let bestScore = Infinity;
  const centre = Math.round(wanted[0]);
  for (let first = centre - 3; first <= centre + 3; first++) {
    if (first < MIN_TEETH) continue;
    const counts = [first];
    let score = Math.abs(Math.log(first / wanted[0])) * 0.1;
    for (let k = 1; k < ratios.length; k++) {
      const magnitude = Math.abs(ratios[k]) || 1;
      const count = Math.max(
        MIN_TEETH,
        Math.round(free(k) ? counts[k - 1] / magnitude : wanted[k]),
      );
      counts.push(count);
      if (free(k)) score += Math.abs(Math.log(counts[k - 1] / count / magnitude));
    }
    if (score < bestScore - 1e-12) {
      best = counts;
      bestScore = score;
    }
  }
  return best;
}

/**
 * How many degrees a gear turns on screen, clockwise, for its displacement (its reading): the
 * reading counted in the gear's own direction.
 */
export function screenTurn(gear: Pick<GearLayout, 'direction'>, displacement: number): number {
  const turn = gear.direction * displacement;
  return turn === 0 ? 0 : turn;
}

/** Each gear's counting direction: gear 1 by the sign of its ratio, each later one via its mesh. */
export function gearDirections(ratios: readonly number[]): Array<1 | -1> {
  const directions: Array<1 | -1> = [];
  ratios.forEach((ratio, index) => {
    // The way the gear physically turns when its reading grows from a positive driver reading:
    // the rack turns gear 1 clockwise; a mesh turns a gear against its driver.
    const meshTurn: 1 | -1 = index === 0 ? 1 : directions[index - 1] === 1 ? -1 : 1;
    directions.push(ratio < 0 ? (meshTurn === 1 ? -1 : 1) : meshTurn);
  });
  return directions;
}

const degrees = (radians: number): number => (radians * 180) / Math.PI;
const radians = (deg: number): number => (deg * Math.PI) / 180;
const mod = (a: number, n: number): number => ((a % n) + n) % n;

/**
 * The phase that makes a gear's gap face its driver's tooth. The driver's tooth pattern at the
 * contact direction is some fraction of a tooth period off centre; the driven gear mirrors it.
 */
function meshedPhase(driver: GearLayout, teeth: number, contactAngle: number): number {
  const driverPeriod = (2 * Math.PI) / driver.teeth;
  const offset = mod(contactAngle - radians(driver.phase), driverPeriod) / driverPeriod;
  const period = (2 * Math.PI) / teeth;
  return degrees(contactAngle + Math.PI + (offset + 0.5) * period);
}

/** Lays out the lever's ruler and rack on top, gear 1 under the rack, and the train to the right. */
export function layoutTrain(ratios: readonly number[]): TrainLayout {
  const rulerY = 30;
  const teethCounts = trainTeeth(ratios, trainRadii(ratios));
  const directions = gearDirections(ratios);
  const rack: Omit<RackLayout, 'toothXs' | 'x0' | 'x1'> = {
    top: rulerY + 8,
    body: 9,
    pitchY: rulerY + 8 + 9 + ADDENDUM,
  };
  const rackBottom = rack.pitchY + ADDENDUM;
  const gears: GearLayout[] = [];
  ratios.forEach((ratio, index) => {
    const { radius, teeth } = withTeeth(teethCounts[index]);
    const direction = directions[index];
    const tipRadius = radius + ADDENDUM;
    if (index === 0) {
      // Gear 1 hangs from the rack, a tooth pointing straight up into a rack gap.
      gears.push({
        stage: 1,
        cx: MARGIN + Math.max(tipRadius, 30),
        cy: rack.pitchY + radius,
        pitchRadius: radius,
        tipRadius,
        teeth,
        phase: -90,
        disengaged: false,
        direction,
      });
      return;
    }
    const previous = gears[index - 1];
    const disengaged = ratio === 0;
    const distance =
      previous.pitchRadius + radius + (disengaged ? 2 * ADDENDUM + DISENGAGED_GAP : MESH_SLACK);
    // Keep every later gear clear of the rack: a big one drops lower and meshes on a slant.
    const cy = Math.max(gears[0].cy, rackBottom + 6 + tipRadius);
    const rise = Math.min(Math.abs(cy - previous.cy), distance * 0.9);
    const dy = cy >= previous.cy ? rise : -rise;
    const dx = Math.sqrt(distance * distance - dy * dy);
    const contactAngle = Math.atan2(dy, dx);
    gears.push({
      stage: index + 1,
      cx: previous.cx + dx,
      cy: previous.cy + dy,
      pitchRadius: radius,
      tipRadius,
      teeth,
      phase: meshedPhase(previous, teeth, contactAngle),
      disengaged,
      direction,
    });
  });
  const right = Math.max(...gears.map((gear) => gear.cx + gear.tipRadius));
  const bottom = Math.max(...gears.map((gear) => gear.cy + gear.tipRadius));
  const width = Math.max(MIN_WIDTH, right + MARGIN);
  const height = bottom + MARGIN;
  const x0 = MARGIN + 6;
  const x1 = width - MARGIN - 6;
  const ruler: RulerLayout = {
    zeroX: (x0 + x1) / 2,
    unit: (x1 - x0) / (2 * LEVER_RANGE),
    y: rulerY,
    labelY: rulerY - 18,
    labels: [-LEVER_RANGE, -LEVER_RANGE / 2, 0, LEVER_RANGE / 2, LEVER_RANGE],
    x0,
    x1,
  };
  // The rack is long enough to stay under gear 1 at either end of the lever's travel.
  const travel = LEVER_RANGE * ruler.unit;
  const rackX0 = -travel - PITCH;
  const rackX1 = width + travel + PITCH;
  const gearX = gears[0].cx;
  const toothXs: number[] = [];
  const first = gearX + PITCH / 2 - Math.ceil((gearX - rackX0) / PITCH) * PITCH;
  for (let x = first; x <= rackX1; x += PITCH) toothXs.push(x);
  return {
    width,
    height,
    ruler,
    rack: { ...rack, toothXs, x0: rackX0, x1: rackX1 },
    gears,
  };
}

const round = (value: number): string => String(Math.round(value * 100) / 100);
const point = (radius: number, angle: number): string =>
  `${round(radius * Math.cos(angle))} ${round(radius * Math.sin(angle))}`;

/**
 * A gear outline centred on (0, 0): trapezoid teeth on a root circle, a bore, and lightening
 * holes on larger gears, as one path drawn with the even-odd rule. The first tooth points along
 * +x; rotate by `phase` to place it.
 */
export function gearPath(teeth: number, pitchRadius: number): string {
  const tip = pitchRadius + ADDENDUM;
  const root = pitchRadius - DEDENDUM;
  const period = (2 * Math.PI) / teeth;
  // Tooth widths at root and tip, as fractions of the period: a tapered tooth looks machined.
  const rootHalf = period * 0.3;
  const tipHalf = period * 0.16;
  const parts: string[] = [];
  for (let i = 0; i < teeth; i++) {
    const centre = i * period;
    const start = centre - period / 2;
    const commands = [
      `${i === 0 ? 'M' : 'L'} ${point(root, start)}`,
      `A ${round(root)} ${round(root)} 0 0 1 ${point(root, centre - rootHalf)}`,
      `L ${point(tip, centre - tipHalf)}`,
      `A ${round(tip)} ${round(tip)} 0 0 1 ${point(tip, centre + tipHalf)}`,
      `L ${point(root, centre + rootHalf)}`,
      `A ${round(root)} ${round(root)} 0 0 1 ${point(root, centre + period / 2)}`,
    ];
    parts.push(commands.join(' '));
  }
  parts.push('Z');
  parts.push(circlePath(0, 0, Math.max(2.5, pitchRadius * 0.14)));
  if (pitchRadius >= 22) {
    const holes = pitchRadius >= 34 ? 5 : 4;
    const ring = (root + pitchRadius * 0.14) / 2 + 1;
    const holeRadius = Math.min(ring - pitchRadius * 0.14 - 2.5, root - ring - 3, 9);
    if (holeRadius >= 2.5) {
      for (let i = 0; i < holes; i++) {
        const angle = (i * 2 * Math.PI) / holes + Math.PI / holes;
        parts.push(circlePath(ring * Math.cos(angle), ring * Math.sin(angle), holeRadius));
      }
    }
  }
  return parts.join(' ');
}

/** A circle as two arcs, for cutting holes with the even-odd rule. */
function circlePath(cx: number, cy: number, r: number): string {
  return [
    `M ${round(cx + r)} ${round(cy)}`,
    `A ${round(r)} ${round(r)} 0 1 0 ${round(cx - r)} ${round(cy)}`,
    `A ${round(r)} ${round(r)} 0 1 0 ${round(cx + r)} ${round(cy)}`,
    'Z',
  ].join(' ');
}

/**
 * A curved arrow round a gear's hub showing which way its angle counts: an arc of `sweep`
 * degrees at `radius`, centred below the hub (the index mark points up at rest), with its head
 * at the end it turns towards (`direction` 1 clockwise). Returns the arc and the head as separate paths (stroke and fill).
 */
export function directionArrow(
  radius: number,
  direction: 1 | -1,
  sweep = 110,
): { arc: string; head: string } {
  const half = radians(sweep / 2);
  const bottom = Math.PI / 2;
  const from = bottom - direction * half;
  const to = bottom + direction * half;
  const sweepFlag = direction === 1 ? 1 : 0;
  const arc =
    `M ${point(radius, from)} ` +
    `A ${round(radius)} ${round(radius)} 0 0 ${sweepFlag} ${point(radius, to)}`;
  // The head: a small triangle along the tangent at the arc's end.
  const size = Math.max(3.2, radius * 0.28);
  const tangent = to + (direction * Math.PI) / 2;
  const tip = [
    radius * Math.cos(to) + size * Math.cos(tangent),
    radius * Math.sin(to) + size * Math.sin(tangent),
  ];
  const wing = (side: number): string =>
    `${round(radius * Math.cos(to) + side * size * 0.6 * Math.cos(to))} ${round(radius * Math.sin(to) + side * size * 0.6 * Math.sin(to))}`;
  const head = `M ${round(tip[0])} ${round(tip[1])} L ${wing(1)} L ${wing(-1)} Z`;
  return { arc, head };
}

/** The rack's teeth hanging below its body, as one path. */
export function rackTeethPath(rack: RackLayout): string {
  const bodyBottom = rack.top + rack.body;
  const tipY = rack.pitchY + ADDENDUM;
  const rootHalf = PITCH * 0.3;
  const tipHalf = PITCH * 0.16;
  return rack.toothXs
    .map(
      (x) =>
        `M ${round(x - rootHalf)} ${round(bodyBottom)} L ${round(x - tipHalf)} ${round(tipY)} ` +
        `L ${round(x + tipHalf)} ${round(tipY)} L ${round(x + rootHalf)} ${round(bodyBottom)} Z`,
    )
    .join(' ');
}

/** The lever position at x on the ruler, in diagram units. */
export function leverAtX(layout: TrainLayout, x: number): number {
  return (x - layout.ruler.zeroX) / layout.ruler.unit;
}
