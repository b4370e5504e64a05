import {
  DATASETS,
  DOMAIN,
  FEATURES,
  isFeature,
  MAX_CLASSES,
  MAX_NOISE,
  REGULARIZATIONS,
  TRAIN_ACTIVATIONS,
  type DatasetName,
  type Feature,
  type Point,
  type RegularizationKind,
  type TrainActivation,
} from '../../core/index.js';
import {
  numberIn,
  numberListIn,
  oneOf,
  parseNumber,
  type Parsed,
  type Problem,
} from '../../internal/attributes.js';
import { LazyView } from '../../internal/lazy-view.js';
import type { RefusalFrom } from '../../internal/settings.js';
import './messages.js';

/**
 * `<train-network>`'s settings, DOM-free: one parser per attribute (for `@setting`) and the
 * values the reader's controls offer.
 */

export const MAX_HIDDEN_LAYERS = 6;
export const MAX_UNITS = 8;
export const MAX_POINTS = 1000;
/** Points generated for a dataset. */
export const POINT_COUNT = 500;

export interface TrainSettings {
  readonly dataset: DatasetName;
  readonly classes: number;
  /** Units per hidden layer. */
  readonly sizes: readonly number[];
  readonly activation: TrainActivation;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly regularization: RegularizationKind;
  readonly regularizationRate: number;
  readonly noise: number;
  readonly trainRatio: number;
  readonly features: readonly Feature[];
  readonly seed: number;
  /** The author's own points (class labels), or null for the dataset's. */
  readonly points: readonly Point[] | null;
}

/** The element's properties that are settings, in the order they apply, with their keys. */
export const SETTING_PROPERTIES = {
  datasetName: 'dataset',
  classes: 'classes',
  sizes: 'sizes',
  activation: 'activation',
  learningRate: 'learningRate',
  batchSize: 'batchSize',
  regularization: 'regularization',
  regularizationRate: 'regularizationRate',
  noise: 'noise',
  trainRatio: 'trainRatio',
  features: 'features',
  seed: 'seed',
  points: 'points',
} as const satisfies Record<string, keyof TrainSettings>;

export const DEFAULTS: TrainSettings = {
  dataset: 'circle',
  classes: 2,
  sizes: [4, 2],
  activation: 'tanh',
  learningRate: 0.03,
  batchSize: 10,
  regularization: 'none',
  regularizationRate: 0,
  noise: 0,
  trainRatio: 0.5,
  features: ['x1', 'x2'],
  seed: 1,
  points: null,
};

export const parseDataset = oneOf(DATASETS);
export const parseClasses = numberIn({ integer: true, min: 2, max: MAX_CLASSES });
export const parseSizes = numberListIn({
  integer: true,
  min: 1,
  max: MAX_UNITS,
  minLength: 1,
  maxLength: MAX_HIDDEN_LAYERS,
});
export const parseActivation = oneOf(TRAIN_ACTIVATIONS);
export const parseLearningRate = numberIn({ min: 0.00001, max: 10 });
export const parseBatchSize = numberIn({ integer: true, min: 1, max: 100 });
export const parseRegularization = oneOf(REGULARIZATIONS);
export const parseRegularizationRate = numberIn({ min: 0, max: 10 });
export const parseNoise = numberIn({ min: 0, max: MAX_NOISE });
export const parseTrainRatio = numberIn({ min: 0.1, max: 0.9 });
export const parseSeed = numberIn({ integer: true, min: 0, max: 2147483647 });
/** The test accuracy a course counts as the figure done (the `epoch` event's `goalReached`). */
export const DEFAULT_GOAL_ACCURACY = 0.9;
export const parseGoalAccuracy = numberIn({ min: 0, max: 1 });

/**
 * The words of a refused `features`, `points`, `weights` or `biases` (refusals.ts): no page whose
 * values are good needs them, so they are a chunk fetched with the first refusal, and the note and
 * the `error` event wait for it as they wait for the notes' own code.
 */
export const refusals = new LazyView(() => import('./refusals.js'));
export type Refusals = typeof import('./refusals.js');
const refused = (problem: (words: Refusals) => Problem): RefusalFrom => ({
  ok: false,
  from: refusals,
  problem,
});

/** A space-separated list of feature names, each at most once, at least one. */
export function parseFeatures(text: string): Parsed<readonly Feature[]> | RefusalFrom {
  const names = text
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  const unknown = names.find((name) => !isFeature(name));
  if (names.length === 0 || unknown !== undefined)
    return refused((words) => words.featuresProblem(unknown, FEATURES));
  // In the canonical order, so the drawing's inputs always read x₁, x₂, x₁², …
  return { ok: true, value: FEATURES.filter((feature) => names.includes(feature)) };
}

/**
 * The author's points: `x y label` triples separated by `;`, x and y from −6 to 6, the label a
 * class number from 0 to 4; up to 1,000 points. A bad entry is refused, naming it.
 */
export function parsePoints(text: string): Parsed<readonly Point[] | null> | RefusalFrom {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const entries = trimmed.split(/\s*;\s*/).filter((entry) => entry !== '');
  const limits = { points: MAX_POINTS, label: MAX_CLASSES - 1 };
  const refuse = (index?: number): RefusalFrom =>
    refused((words) => words.pointsProblem(entries, index, limits));
  if (entries.length > MAX_POINTS) return refuse();
  const points: Point[] = [];
  for (const [index, entry] of entries.entries()) {
    const parts = entry.split(/[\s,]+/);
    const coordinate = { min: -DOMAIN, max: DOMAIN };
    const x = parseNumber(parts[0], coordinate);
    const y = parseNumber(parts[1], coordinate);
    const label = parseNumber(parts[2], { integer: true, min: 0, max: MAX_CLASSES - 1 });
    if (parts.length !== 3 || !x.ok || !y.ok || !label.ok) return refuse(index);
    points.push({ x: x.value, y: y.value, label: label.value });
  }
  if (points.length < 2) return refuse();
  return { ok: true, value: points };
}

/** Points from script: an array of `{ x, y, label }` (or the attribute's text). */
export function parsePointsValue(value: unknown): Parsed<readonly Point[] | null> | RefusalFrom {
  if (!Array.isArray(value)) return parsePoints(String(value));
  const text = value
    .map((p: unknown) => {
      const point = (p ?? {}) as Record<string, unknown>;
      return `${String(point.x)} ${String(point.y)} ${String(point.label)}`;
    })
    .join('; ');
  return parsePoints(text);
}

/** The number of classes in use: the author's points' labels, or the `classes` setting. */
export function classCount(settings: TrainSettings): number {
  if (!settings.points) return settings.classes;
  return Math.max(2, ...settings.points.map((p) => p.label + 1));
}

export function isRegressionSettings(settings: TrainSettings): boolean {
  return !settings.points && (settings.dataset === 'plane' || settings.dataset === 'wave');
}

/**
 * `weights` and `biases` are set from script only: no attribute, and a copy of the page's arrays
 * (so its later changes do not leak in), checked against the network's shape when applied.
 */
export const SCRIPT_ARRAYS = {
  attribute: false,
  parse: () => ({ ok: true as const, value: null }),
  parseValue: (value: unknown) => ({ ok: true as const, value: copyNested(value) as never }),
  fallback: null,
} as const;

function copyNested(value: unknown): unknown {
  return Array.isArray(value) ? value.map(copyNested) : value;
}
