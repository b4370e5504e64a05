import {
  batchesPerEpoch,
  cloneNetwork,
  createTraining,
  generateDataset,
  prepareData,
  splitPoints,
  startFrom,
  trainSteps,
  type Point,
  type PreparedData,
  type TrainingSetup,
  type TrainingState,
  type TrainableNetwork,
} from '../../core/index.js';
import { classCount, isRegressionSettings, POINT_COUNT, type TrainSettings } from './config.js';

/**
 * `<train-network>`'s model, DOM-free: an immutable snapshot of everything the element shows,
 * and pure functions `(model, …) => model` for every rule that changes it.
 */

/** A data point and the set it belongs to. */
export interface PlacedPoint extends Point {
  readonly test: boolean;
}

/** A connection: from unit `from` of layer `layer` to unit `to` of layer `layer + 1`. */
export interface ConnectionRef {
  readonly layer: number;
  readonly to: number;
  readonly from: number;
}

export interface TrainModel {
  readonly settings: TrainSettings;
  readonly points: readonly PlacedPoint[];
  readonly data: PreparedData;
  readonly setup: TrainingSetup;
  readonly training: TrainingState;
  readonly playing: boolean;
  /** Set when training diverged and was rewound; cleared by Play, Step, Reset or a new setting. */
  readonly diverged: boolean;
  /** The connection whose gradient the panel explains (at first the output's first weight). */
  readonly selected: ConnectionRef | null;
  /** Whether the panel also tells where δ of the unit the selected connection feeds comes from. */
  readonly deltaShown: boolean;
  /** The keyboard cursor over the plane, in data coordinates. */
  readonly cursor: { readonly x: number; readonly y: number };
  /** Whether the cursor shows: while the plane has the keyboard focus. */
  readonly cursorShown: boolean;
  /** The class a new point gets. */
  readonly newLabel: number;
  /** Whether the table of predictions (the heatmap in words) shows. */
  readonly gridShown: boolean;
}

export function isRegression(model: TrainModel): boolean {
  return model.setup.output === 'regression';
}

function setupOf(settings: TrainSettings): TrainingSetup {
  const classes = classCount(settings);
  return {
    features: settings.features,
    hidden: settings.sizes,
    activation: settings.activation,
    output: isRegressionSettings(settings) ? 'regression' : classes === 2 ? 'binary' : 'softmax',
    classes,
    learningRate: settings.learningRate,
    batchSize: settings.batchSize,
    regularization: { kind: settings.regularization, rate: settings.regularizationRate },
    seed: settings.seed,
  };
}

/** The weight from the last hidden layer's first unit to the first output. */
export function firstOutputWeight(setup: TrainingSetup): ConnectionRef {
  return { layer: setup.hidden.length, to: 0, from: 0 };
}

function placePoints(settings: TrainSettings): PlacedPoint[] {
  const points =
    settings.points ??
    generateDataset({
      name: settings.dataset,
      classes: settings.classes,
      noise: settings.noise,
      count: POINT_COUNT,
      seed: settings.seed,
    });
  const { train } = splitPoints(points, settings.trainRatio, settings.seed);
  const inTrain = new Set(train);
  return points.map((p) => ({ x: p.x, y: p.y, label: p.label, test: !inTrain.has(p) }));
}

export function prepared(points: readonly PlacedPoint[], setup: TrainingSetup): PreparedData {
  return prepareData(
    points.filter((p) => !p.test),
    points.filter((p) => p.test),
    setup.features,
  );
}

const DATA_KEYS = ['dataset', 'classes', 'noise', 'trainRatio', 'seed', 'points'] as const;
const NETWORK_KEYS = ['sizes', 'activation', 'features'] as const;

/**
 * The last few models made from settings alone (no author points), shared by the elements of a
 * page with the same settings: a model is a snapshot never edited, and making one costs the
 * data's generation, the split, the features and a pass over every point.
 */
const MADE = new Map<string, TrainModel>();
const MADE_KEPT = 8;

/** The model of fresh settings at epoch 0: the seed's data, split and weights. */
export function createModel(settings: TrainSettings): TrainModel {
  if (settings.points !== null) return makeModel(settings);
  const key = JSON.stringify(settings);
  const made = MADE.get(key);
  if (made) return made;
  const model = makeModel(settings);
  if (MADE.size >= MADE_KEPT) MADE.delete(MADE.keys().next().value as string);
  MADE.set(key, model);
  return model;
}

function makeModel(settings: TrainSettings): TrainModel {
  const setup = setupOf(settings);
  const points = placePoints(settings);
  const data = prepared(points, setup);
  return {
    settings,
    points,
    data,
    setup,
    training: createTraining(setup, data),
    playing: false,
    diverged: false,
    selected: null,
    deltaShown: false,
    cursor: { x: 0, y: 0 },
    cursorShown: false,
    newLabel: 0,
    gridShown: false,
  };
}

/**
 * New settings: new data or a new network shape start again from the seed's weights at epoch 0;
 * a new learning rate or regularisation keeps training where it is; a new batch size starts the
 * epoch's batches over.
 */
export function withSettings(model: TrainModel, settings: TrainSettings): TrainModel {
  const changed = (key: keyof TrainSettings): boolean =>
    JSON.stringify(model.settings[key]) !== JSON.stringify(settings[key]);
  if (DATA_KEYS.some(changed)) {
    const fresh = createModel(settings);
    const selected = model.selected ? firstOutputWeight(fresh.setup) : null;
    const { cursor, cursorShown, gridShown } = model;
    return { ...fresh, cursor, cursorShown, gridShown, selected };
  }
  const setup = setupOf(settings);
  if (NETWORK_KEYS.some(changed)) {
    const data = prepared(model.points, setup);
    return {
      ...model,
      settings,
      setup,
      data,
      training: createTraining(setup, data),
      diverged: false,
      // An open panel stays open, on a weight the new network has.
      selected: model.selected ? firstOutputWeight(setup) : null,
    };
  }
  const batch = changed('batchSize') ? 0 : model.training.batch;
  return { ...model, settings, setup, training: { ...model.training, batch }, diverged: false };
}

/** Fresh weights from the seed, epoch 0, paused. */
export function reset(model: TrainModel): TrainModel {
  return {
    ...model,
    training: createTraining(model.setup, model.data),
    playing: false,
    diverged: false,
  };
}

export function setPlaying(model: TrainModel, playing: boolean): TrainModel {
  return { ...model, playing, diverged: playing ? false : model.diverged };
}

export interface Advance {
  readonly model: TrainModel;
  readonly diverged: boolean;
}

/**
 * Up to `steps` mini-batches (fewer when `stop(closed, closing)` says so, asked after each with
 * whether it closed an epoch and whether the next will). On divergence the model holds the last
 * good weights, is paused and says so.
 */
export function advance(
  model: TrainModel,
  steps: number,
  stop?: (closed: boolean, closing: boolean) => boolean,
): Advance {
  const outcome = trainSteps(model.training, model.setup, model.data, steps, stop);
  if (outcome.diverged)
    return {
      model: { ...model, training: outcome.state, playing: false, diverged: true },
      diverged: true,
    };
  return { model: { ...model, training: outcome.state, diverged: false }, diverged: false };
}

/** Whole epochs at once, as `train(epochs)` asks. */
export function advanceEpochs(model: TrainModel, epochs: number): Advance {
  const steps =
    Math.max(0, Math.round(epochs)) * batchesPerEpoch(model.setup, model.data) -
    model.training.batch;
  return advance(model, Math.max(0, steps));
}

/** Weights and biases set from script: a new epoch 0 from them. */
export function withNetwork(model: TrainModel, network: TrainableNetwork): TrainModel {
  return { ...model, training: startFrom(network, model.data), diverged: false };
}

/**
 * Whether `value` has the shape of `like` (the network's weights or biases): arrays of the same
 * lengths all the way down, every entry a finite number.
 */
function fits(value: unknown, like: unknown): boolean {
  if (!Array.isArray(like)) return typeof value === 'number' && Number.isFinite(value);
  return (
    Array.isArray(value) &&
    value.length === like.length &&
    value.every((item, index) => fits(item, like[index]))
  );
}

/** Weights and/or biases set from script, each as given (not yet checked). */
export type Parameters = { weights?: unknown; biases?: unknown };

/**
 * Weights and/or biases set from script, as a new epoch 0 from a copy of them; or, when one has
 * the wrong shape, the model unchanged and the name of the one refused.
 */
export function withParameters(
  model: TrainModel,
  given: Parameters,
): { model: TrainModel; refused: 'weights' | 'biases' | null } {
  const network = model.training.network;
  for (const name of ['weights', 'biases'] as const)
    if (name in given && !fits(given[name], network[name])) return { model, refused: name };
  // Each has the shape of the network's own: given over it.
  const candidate = { ...network, ...(given as Partial<TrainableNetwork>) };
  return { model: withNetwork(model, cloneNetwork(candidate)), refused: null };
}
