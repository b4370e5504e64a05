/**
 * How `<train-network>` reads each attribute (or the same property set from script): the parser
 * and the value used while it is absent. The element declares them with `@setting`, adding how
 * each reads back from its model.
 */
import type { Point } from '../../core/index.js';
import { askSetting } from '../../internal/exercise/exercise-settings.js';
import type { Parsed } from '../../internal/attributes.js';
import type { RefusalFrom, SettingSpec } from '../../internal/settings.js';
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
  type TrainSettings,
} from './config.js';
import type { TrainModel } from './train-network-model.js';

/**
 * A setting the element's model keeps as `key`: it is used while absent as the defaults say,
 * and reads back what the model uses.
 */
function inModel<K extends keyof TrainSettings>(
  attribute: string,
  key: K,
  parse: (text: string) => Parsed<TrainSettings[K]> | RefusalFrom,
): SettingSpec<TrainSettings[K]> {
  return {
    attribute,
    parse,
    fallback: DEFAULTS[key],
    read: (element: { model: TrainModel }) => element.model.settings[key],
  };
}

/** Its property is `datasetName`, as `dataset` is every HTML element's `data-*` map. */
export const DATASET = inModel('dataset', 'dataset', parseDataset);

export const CLASSES = inModel('classes', 'classes', parseClasses);

export const SIZES = inModel('sizes', 'sizes', parseSizes);

export const ACTIVATION = inModel('activation', 'activation', parseActivation);

export const LEARNING_RATE = inModel('learning-rate', 'learningRate', parseLearningRate);

export const BATCH_SIZE = inModel('batch-size', 'batchSize', parseBatchSize);

export const REGULARIZATION = inModel('regularization', 'regularization', parseRegularization);

export const REGULARIZATION_RATE = inModel(
  'regularization-rate',
  'regularizationRate',
  parseRegularizationRate,
);

export const NOISE = inModel('noise', 'noise', parseNoise);

export const TRAIN_RATIO = inModel('train-ratio', 'trainRatio', parseTrainRatio);

export const FEATURES = inModel('features', 'features', parseFeatures);

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
