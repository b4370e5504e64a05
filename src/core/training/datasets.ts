/**
 * The seeded 2-D datasets of `<train-network>`, in the spirit of TensorFlow Playground's, each
 * generalised to 2–5 classes. Points lie in the square [−DOMAIN, DOMAIN]², mostly within
 * radius RADIUS. Classification labels are 0 … classes − 1; regression labels lie in [−1, 1].
 */
import { mixSeed, normal, permutation, seededRandom, uniform, type Random } from './prng.js';

export const CLASSIFICATION_SETS = ['circle', 'xor', 'gauss', 'spiral'] as const;
export const REGRESSION_SETS = ['plane', 'wave'] as const;
export const DATASETS = [...CLASSIFICATION_SETS, ...REGRESSION_SETS] as const;
export type DatasetName = (typeof DATASETS)[number];

/** Half the side of the square shown (and the heatmap's extent). */
export const DOMAIN = 6;
/** The radius the generated data keeps to. */
export const RADIUS = 5;
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 5;
/** Noise runs from 0 (clean) to 0.5 (very noisy), as TensorFlow Playground's 0–50. */
export const MAX_NOISE = 0.5;

export interface Point {
  readonly x: number;
  readonly y: number;
  /** A class index (classification) or a target value (regression). */
  readonly label: number;
}

export interface DatasetOptions {
  readonly name: DatasetName;
  /** Number of classes for the classification sets (2–5); ignored for regression. */
  readonly classes: number;
  /** 0 to MAX_NOISE. */
  readonly noise: number;
  /** How many points in all. */
  readonly count: number;
  readonly seed: number;
}

export function isRegression(name: DatasetName): boolean {
  return (REGRESSION_SETS as readonly string[]).includes(name);
}

/** The points of a dataset: the same options always give the same points. */
export function generateDataset(options: DatasetOptions): Point[] {
  const random = seededRandom(mixSeed(options.seed, 1));
  const classes = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(options.classes)));
  const noise = Math.min(MAX_NOISE, Math.max(0, options.noise));
  const make = GENERATORS[options.name];
  return make(random, Math.max(0, Math.floor(options.count)), classes, noise);
}

type Generator = (random: Random, count: number, classes: number, noise: number) => Point[];

/**
 * A regression set: points uniform in the square of side 2·RADIUS, each labelled with `target`
 * at the point plus noise, kept to [−1, 1].
 */
function regressionSet(target: (x: number, y: number) => number): Generator {
  return (random, count, _classes, noise) =>
    Array.from({ length: count }, () => {
      const x = uniform(random, -RADIUS, RADIUS);
      const y = uniform(random, -RADIUS, RADIUS);
      return { x, y, label: clamp(target(x, y) + uniform(random, -1, 1) * noise) };
    });
}

/** Which class gets the i-th point: as even as the count allows. */
const classOf = (i: number, classes: number): number => i % classes;

const GENERATORS: Record<DatasetName, Generator> = {
  /** Concentric rings, the innermost class 0, with a gap between neighbouring rings. */
  circle(random, count, classes, noise) {
    const band = RADIUS / classes;
    return Array.from({ length: count }, (_, i) => {
      const label = classOf(i, classes);
      const r = band * (label + uniform(random, 0.1, label === 0 ? 0.7 : 0.9));
      const angle = uniform(random, 0, 2 * Math.PI);
      const jitter = () => uniform(random, -RADIUS, RADIUS) * noise * 0.5;
      return { x: r * Math.cos(angle) + jitter(), y: r * Math.sin(angle) + jitter(), label };
    });
  },

  /**
   * 2·classes equal angular sectors, the class being the sector's index modulo classes: with two
   * classes these are the quadrants of XOR (the class is whether x and y have the same sign).
   * Points keep 0.3 away from the sector borders, as in TensorFlow Playground.
   */
  xor(random, count, classes, noise) {
    const sector = Math.PI / classes;
    const points: Point[] = [];
    while (points.length < count) {
      const x = uniform(random, -RADIUS, RADIUS);
      const y = uniform(random, -RADIUS, RADIUS);
      const angle = (Math.atan2(y, x) + 2 * Math.PI) % (2 * Math.PI);
      const index = Math.floor(angle / sector);
      const within = angle - index * sector;
      const r = Math.hypot(x, y);
      if (r * Math.sin(Math.min(within, sector - within)) < 0.3) continue;
      const jitter = () => uniform(random, -RADIUS, RADIUS) * noise * 0.5;
      points.push({ x: x + jitter(), y: y + jitter(), label: index % classes });
    }
    return points;
  },

  /** One round cloud per class, centred on a circle of radius 3.5. */
  gauss(random, count, classes, noise) {
    const spread = 0.6 + noise * 3;
    return Array.from({ length: count }, (_, i) => {
      const label = classOf(i, classes);
      const angle = Math.PI / 4 + (2 * Math.PI * label) / classes;
      return {
        x: 3.5 * Math.cos(angle) + normal(random) * spread,
        y: 3.5 * Math.sin(angle) + normal(random) * spread,
        label,
      };
    });
  },

  /** One arm per class, each turning 1¾ times from the centre out to RADIUS. */
  spiral(random, count, classes, noise) {
    const perClass = Math.ceil(count / classes);
    return Array.from({ length: count }, (_, i) => {
      const label = classOf(i, classes);
      const t = Math.floor(i / classes) / perClass;
      const r = t * RADIUS;
      const angle = 1.75 * t * 2 * Math.PI + (2 * Math.PI * label) / classes;
      const jitter = () => uniform(random, -1, 1) * noise * 2;
      return { x: r * Math.sin(angle) + jitter(), y: r * Math.cos(angle) + jitter(), label };
    });
  },

  /** A tilted plane: the label rises from −1 to 1 along the diagonal. */
  plane: regressionSet((x, y) => (x + y) / (2 * RADIUS)),

  /** A wave: sin(x)·cos(y / 2) in [−1, 1]. */
  wave: regressionSet((x, y) => Math.sin(x) * Math.cos(y / 2)),
};

const clamp = (value: number): number => Math.min(1, Math.max(-1, value));

export interface Split {
  readonly train: Point[];
  readonly test: Point[];
}

/**
 * Splits points into training and test sets in a seeded order: `trainRatio` (0.1–0.9) of them,
 * rounded, train; the rest test. Each set keeps at least one point when there are two or more.
 */
export function splitPoints(points: readonly Point[], trainRatio: number, seed: number): Split {
  const order = permutation(points.length, seededRandom(mixSeed(seed, 2)));
  let trainCount = Math.round(points.length * Math.min(0.9, Math.max(0.1, trainRatio)));
  if (points.length >= 2) trainCount = Math.min(points.length - 1, Math.max(1, trainCount));
  const train: Point[] = [];
  const test: Point[] = [];
  order.forEach((index, k) => (k < trainCount ? train : test).push(points[index]));
  return { train, test };
}
