/**
 * Where the lever, the rack and the gears go, and the outline of each gear. Free of DOM and Lit:
 * it returns numbers and SVG path strings, so it can be tested on its own.
 *
 * All lengths are in SVG user units. Every gear shares one tooth pitch so neighbours mesh; a gear's
 * size follows its ratio (a faster stage is a smaller gear), and tooth counts are odd so each gear
 * can face its neighbour with a tooth on one side and a gap on the other.
 */
import { LEVER_RANGE } from './chain-math.js';

/** Distance between neighbouring teeth along the pitch circle. */
export const PITCH = 9;
/** Tooth height above the pitch circle (the gear "module"). */
export const ADDENDUM = PITCH / Math.PI;
/** Tooth depth below the pitch circle; a little more than the addendum so tips clear the roots. */
export const DEDENDUM = 1.25 * ADDENDUM;

const MARGIN = 10;
const BASE_RADIUS = 34;
const MIN_RADIUS = 15;
const MAX_RADIUS = 46;
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

/** A faster stage (larger |ratio|) gets a smaller gear; a stopped one (ratio 0) the largest. */
export function pitchRadiusFor(ratio: number): { radius: number; teeth: number } {
  const magnitude = Math.abs(ratio);
  const wanted =
    magnitude === 0
      ? MAX_RADIUS
      : Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, BASE_RADIUS / Math.sqrt(magnitude)));
  let teeth = Math.round((2 * Math.PI * wanted) / PITCH);
  if (teeth % 2 === 0) teeth += 1;
  return { radius: (teeth * PITCH) / (2 * Math.PI), teeth };
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
  const rulerY = 16;
  const rack: Omit<RackLayout, 'toothXs' | 'x0' | 'x1'> = {
    top: rulerY + 8,
    body: 9,
    pitchY: rulerY + 8 + 9 + ADDENDUM,
  };
  const rackBottom = rack.pitchY + ADDENDUM;
  const gears: GearLayout[] = [];
  ratios.forEach((ratio, index) => {
    const { radius, teeth } = pitchRadiusFor(ratio);
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
