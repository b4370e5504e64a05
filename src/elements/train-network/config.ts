import type {
  DatasetName,
  Feature,
  Point,
  RegularizationKind,
  TrainActivation,
} from '../../core/index.js';

/**
 * `<train-network>`'s settings, DOM-free: their shape, the defaults, the limits the parsers
 * (train-network-settings.ts) and the reader's controls keep to.
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

/** The test accuracy a course counts as the figure done (the `epoch` event's `goalReached`). */
export const DEFAULT_GOAL_ACCURACY = 0.9;

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
