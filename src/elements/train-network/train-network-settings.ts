/**
 * How `<train-network>` reads each attribute (or the same property set from script): the parser
 * and the value used while it is absent. The element declares them with `@setting`, adding how
 * each reads back from its model.
 */
import type {
  DatasetName,
  Feature,
  Point,
  RegularizationKind,
  TrainActivation,
} from '../../core/index.js';
import { askSetting } from '../../internal/exercise/exercise-settings.js';
import type { SettingSpec } from '../../internal/settings.js';
import {
  DEFAULT_GOAL_ACCURACY,
  DEFAULTS,
  parseActivation,
  parseBatchSize,
  parseClasses,
  parseDataset,
  parseFeatures,
  parseGoalAccuracy,
  parseLearningRate,
  parseNoise,
  parsePoints,
  parsePointsValue,
  parseRegularization,
  parseRegularizationRate,
  parseSeed,
  parseSizes,
  parseTrainRatio,
} from './config.js';

/** Its property is `datasetName`, as `dataset` is every HTML element's `data-*` map. */
export const DATASET: SettingSpec<DatasetName> = {
  attribute: 'dataset',
  parse: parseDataset,
  fallback: DEFAULTS.dataset,
};

export const CLASSES: SettingSpec<number> = {
  attribute: 'classes',
  parse: parseClasses,
  fallback: DEFAULTS.classes,
};

export const SIZES: SettingSpec<readonly number[]> = {
  attribute: 'sizes',
  parse: parseSizes,
  fallback: DEFAULTS.sizes,
};

export const ACTIVATION: SettingSpec<TrainActivation> = {
  attribute: 'activation',
  parse: parseActivation,
  fallback: DEFAULTS.activation,
};

export const LEARNING_RATE: SettingSpec<number> = {
  attribute: 'learning-rate',
  parse: parseLearningRate,
  fallback: DEFAULTS.learningRate,
};

export const BATCH_SIZE: SettingSpec<number> = {
  attribute: 'batch-size',
  parse: parseBatchSize,
  fallback: DEFAULTS.batchSize,
};

export const REGULARIZATION: SettingSpec<RegularizationKind> = {
  attribute: 'regularization',
  parse: parseRegularization,
  fallback: DEFAULTS.regularization,
};

export const REGULARIZATION_RATE: SettingSpec<number> = {
  attribute: 'regularization-rate',
  parse: parseRegularizationRate,
  fallback: DEFAULTS.regularizationRate,
};

export const NOISE: SettingSpec<number> = {
  attribute: 'noise',
  parse: parseNoise,
  fallback: DEFAULTS.noise,
};

export const TRAIN_RATIO: SettingSpec<number> = {
  attribute: 'train-ratio',
  parse: parseTrainRatio,
  fallback: DEFAULTS.trainRatio,
};

export const FEATURES: SettingSpec<readonly Feature[]> = {
  attribute: 'features',
  parse: parseFeatures,
  fallback: DEFAULTS.features,
};

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
