/**
 * How `<train-network>` reads each attribute (or the same property set from script): the parser
 * and the value used while it is absent. The element declares them with `@setting`, and those its
 * model keeps read back from it.
 */
import {
  DATASETS,
  DOMAIN,
  FEATURES as FEATURE_NAMES,
  isFeature,
  MAX_CLASSES,
  MAX_NOISE,
  REGULARIZATIONS,
  TRAIN_ACTIVATIONS,
  type Feature,
  type Point,
} from '../../core/index.js';
import {
  numberIn,
  numberListIn,
  oneOf,
  parseNumber,
  type Parsed,
  type Problem,
} from '../../internal/attributes.js';
import { askSetting } from '../../internal/exercise/exercise-settings.js';
import { LazyView } from '../../internal/lazy-view.js';
import type { RefusalFrom, SettingSpec } from '../../internal/settings.js';
import {
  DEFAULT_GOAL_ACCURACY,
  DEFAULTS,
  MAX_HIDDEN_LAYERS,
  MAX_POINTS,
  MAX_UNITS,
  type TrainSettings,
} from './config.js';
import './messages.js';
import type { TrainModel } from './train-network-model.js';

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
    return refused((words) => words.featuresProblem(unknown, FEATURE_NAMES));
  // In the canonical order, so the drawing's inputs always read x₁, x₂, x₁², …
  return { ok: true, value: FEATURE_NAMES.filter((feature) => names.includes(feature)) };
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

/**
 * A setting the element's model keeps as `key`: it is used while absent as the defaults say,
 * and reads back what the model uses. Its attribute is named as the key unless `attribute` says.
 */
function inModel<K extends keyof TrainSettings>(
  key: K,
  parse: (text: string) => Parsed<TrainSettings[K]> | RefusalFrom,
  attribute: string = key,
): SettingSpec<TrainSettings[K]> {
  return {
    attribute,
    parse,
    fallback: DEFAULTS[key],
    read: (element: { model: TrainModel }) => element.model.settings[key],
  };
}

/** Its property is `datasetName`, as `dataset` is every HTML element's `data-*` map. */
export const DATASET = inModel('dataset', parseDataset);

export const CLASSES = inModel('classes', parseClasses);

export const SIZES = inModel('sizes', parseSizes);

export const ACTIVATION = inModel('activation', parseActivation);

export const LEARNING_RATE = inModel('learningRate', parseLearningRate, 'learning-rate');

export const BATCH_SIZE = inModel('batchSize', parseBatchSize, 'batch-size');

export const REGULARIZATION = inModel('regularization', parseRegularization);

export const REGULARIZATION_RATE = inModel(
  'regularizationRate',
  parseRegularizationRate,
  'regularization-rate',
);

export const NOISE = inModel('noise', parseNoise);

export const TRAIN_RATIO = inModel('trainRatio', parseTrainRatio, 'train-ratio');

export const FEATURES = inModel('features', parseFeatures);

/** Read back as given: nothing else changes the seed. */
export const SEED: SettingSpec<number> = {
  attribute: 'seed',
  parse: parseSeed,
  fallback: DEFAULTS.seed,
};

/** Read back as given: the epoch events and a SCORM package compare against it. */
export const GOAL_ACCURACY: SettingSpec<number> = {
  attribute: 'goal-accuracy',
  parse: parseGoalAccuracy,
  fallback: DEFAULT_GOAL_ACCURACY,
};

/** The author's own points, as text or as an array of `{ x, y, label }`. */
export const POINTS: SettingSpec<readonly Point[] | null> = {
  attribute: 'points',
  parse: parsePoints,
  parseValue: parsePointsValue,
  fallback: null,
};

/** What the element can ask (train-exercise.ts): ∂L/∂w of one connection for one example. */
export const TRAIN_QUESTIONS = ['gradient'] as const;
export type TrainQuestion = (typeof TRAIN_QUESTIONS)[number];
export const ASK = askSetting(TRAIN_QUESTIONS);
