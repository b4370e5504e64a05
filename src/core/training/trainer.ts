/**
 * Mini-batch gradient descent over a dataset, with seeded batch order and a divergence check.
 * A `TrainingState` is a snapshot: `trainSteps` never changes the state it is given, it returns
 * a new one (the network is copied once per call, then updated in place for speed).
 */
import type { Point } from './datasets.js';
import { featureVector, type Feature } from './features.js';
import {
  applyGradients,
  BatchBuffers,
  batchGradients,
  cloneNetwork,
  createTrainNetwork,
  GridForward,
  outputClass,
  outputLoss,
  outputUnits,
  type OutputKind,
  type Regularization,
  type TrainActivation,
  type TrainableNetwork,
} from './network.js';
import { mixSeed, permutation, seededRandom } from './prng.js';

export interface TrainingSetup {
  readonly features: readonly Feature[];
  /** Units in each hidden layer (0 to 6 layers). */
  readonly hidden: readonly number[];
  readonly activation: TrainActivation;
  readonly output: OutputKind;
  /** Number of classes (ignored for regression). */
  readonly classes: number;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly regularization: Regularization;
  readonly seed: number;
}

/** Points turned into network inputs once, so a step does not recompute features. */
export interface PreparedData {
  readonly trainInputs: readonly number[][];
  readonly trainLabels: readonly number[];
  readonly testInputs: readonly number[][];
  readonly testLabels: readonly number[];
}

export interface EpochRecord {
  readonly epoch: number;
  readonly trainLoss: number;
  readonly testLoss: number;
}

export interface Metrics {
  /** Mean data loss over the training set (no penalty). */
  readonly trainLoss: number;
  /** Mean data loss over the test set; the training loss's when there is no test set. */
  readonly testLoss: number;
  /** Share of test points classified right (training points without a test set); null for regression. */
  readonly accuracy: number | null;
}

export interface TrainingState extends Metrics {
  readonly network: TrainableNetwork;
  /** Completed epochs. */
  readonly epoch: number;
  /** The next mini-batch within the current epoch. */
  readonly batch: number;
  /** One record per completed epoch (thinned to every other once long), epoch 0 first. */
  readonly history: readonly EpochRecord[];
  /** A loss above this counts as exploding. */
  readonly limit: number;
  /** The last state whose loss was finite and under the limit, at an epoch's end. */
  readonly lastGood: TrainingState | null;
}

export interface StepOutcome {
  readonly state: TrainingState;
  /** Whether a step diverged; the state is then the last good one. */
  readonly diverged: boolean;
  /** How many mini-batches ran (those of a diverged epoch included). */
  readonly steps: number;
}

/** A history longer than this is thinned to every other record. */
const HISTORY_LIMIT = 600;
/** Loss above this many times the starting loss (or 1, whichever is larger) counts as exploding. */
export const EXPLOSION_FACTOR = 1000;

export function prepareData(
  train: readonly Point[],
  test: readonly Point[],
  features: readonly Feature[],
): PreparedData {
  return {
    trainInputs: train.map((p) => featureVector(features, p.x, p.y)),
    trainLabels: train.map((p) => p.label),
    testInputs: test.map((p) => featureVector(features, p.x, p.y)),
    testLabels: test.map((p) => p.label),
  };
}

export function networkSizes(setup: TrainingSetup): number[] {
  return [setup.features.length, ...setup.hidden, outputUnits(setup.output, setup.classes)];
}

/** Epoch 0: fresh weights from the seed and the metrics before any step. */
export function createTraining(setup: TrainingSetup, data: PreparedData): TrainingState {
  const network = createTrainNetwork({
    sizes: networkSizes(setup),
    activation: setup.activation,
    output: setup.output,
    seed: setup.seed,
  });
  return startFrom(network, data);
}

/** Epoch 0 from given weights (set from script, or the reader's new settings). */
export function startFrom(network: TrainableNetwork, data: PreparedData): TrainingState {
  const metrics = evaluate(network, data);
  const start = Number.isFinite(metrics.trainLoss) ? metrics.trainLoss : 1;
  const state: TrainingState = {
    ...metrics,
    network,
    epoch: 0,
    batch: 0,
    history: [{ epoch: 0, trainLoss: metrics.trainLoss, testLoss: metrics.testLoss }],
    limit: EXPLOSION_FACTOR * Math.max(1, start),
    lastGood: null,
  };
  return { ...state, lastGood: isHealthy(state, metrics.trainLoss) ? state : null };
}

/** Mean loss and accuracy of a network on the prepared data. */
export function evaluate(network: TrainableNetwork, data: PreparedData): Metrics {
  const train = score(network, data.trainInputs, data.trainLabels);
  const test =
    data.testInputs.length > 0 ? score(network, data.testInputs, data.testLabels) : train;
  return {
    trainLoss: train.loss,
    testLoss: test.loss,
    accuracy: network.output === 'regression' ? null : test.accuracy,
  };
}

function score(
  network: TrainableNetwork,
  inputs: readonly number[][],
  labels: readonly number[],
): { loss: number; accuracy: number } {
  if (inputs.length === 0) return { loss: 0, accuracy: 0 };
  // Every point at each epoch's end: into buffers, not new arrays per point.
  const forward = new GridForward(network);
  const last = network.weights.length - 1;
  let loss = 0;
  let right = 0;
  for (let k = 0; k < inputs.length; k++) {
    const { z, a } = forward.run(inputs[k]);
    loss += outputLoss(network, z[last], labels[k]);
    if (outputClass(network, a[last]) === labels[k]) right++;
  }
  return { loss: loss / inputs.length, accuracy: right / inputs.length };
}

/** The number of mini-batches in an epoch. */
export function batchesPerEpoch(setup: TrainingSetup, data: PreparedData): number {
  return Math.max(1, Math.ceil(data.trainInputs.length / Math.max(1, setup.batchSize)));
}

/** The training points' indices of one mini-batch: the epoch's seeded order, cut in batches. */
export function batchIndices(
  setup: TrainingSetup,
  data: PreparedData,
  epoch: number,
  batch: number,
  order = epochOrder(setup, data, epoch),
): number[] {
  const size = Math.max(1, setup.batchSize);
  return Array.from(order.subarray(batch * size, Math.min(order.length, (batch + 1) * size)));
}

/** The order in which an epoch visits the training points: seeded by the seed and the epoch. */
export function epochOrder(setup: TrainingSetup, data: PreparedData, epoch: number): Int32Array {
  return permutation(data.trainInputs.length, seededRandom(mixSeed(setup.seed, 1000 + epoch)));
}

function isHealthy(state: Pick<TrainingState, 'limit'>, loss: number): boolean {
  return Number.isFinite(loss) && loss <= state.limit;
}

/**
 * Runs up to `steps` mini-batches (fewer when `stop(closed, closing)` says so; it is asked after
 * every step, with whether that step closed an epoch and whether the next one will: the one that
 * does also scores every point, so a caller keeping to a time budget can time it apart).
 * A batch loss that is not finite or above the limit, or a weight that is not finite, stops
 * training and returns the last good state with `diverged: true`.
 */
export function trainSteps(
  state: TrainingState,
  setup: TrainingSetup,
  data: PreparedData,
  steps: number,
  stop: (closed: boolean, closing: boolean) => boolean = () => false,
): StepOutcome {
  if (data.trainInputs.length === 0) return { state, diverged: false, steps: 0 };
  const network = cloneNetwork(state.network);
  const buffers = new BatchBuffers(network);
  const perEpoch = batchesPerEpoch(setup, data);
  let { epoch, batch } = state;
  let current = state;
  let order = epochOrder(setup, data, epoch);
  let done = 0;
  const diverge = (): StepOutcome => ({
    state: rewound(current),
    diverged: true,
    steps: done,
  });
  while (done < steps) {
    const indices = batchIndices(setup, data, epoch, batch, order);
    const result = batchGradients(
      network,
      indices.map((k) => data.trainInputs[k]),
      indices.map((k) => data.trainLabels[k]),
      setup.regularization,
      buffers,
    );
    done++;
    if (!isHealthy(state, result.dataLoss)) return diverge();
    if (!applyGradients(network, result.gradients, setup.learningRate)) return diverge();
    batch++;
    if (batch >= perEpoch) {
      epoch++;
      batch = 0;
      order = epochOrder(setup, data, epoch);
      const metrics = evaluate(network, data);
      if (!isHealthy(state, metrics.trainLoss)) return diverge();
      const snapshot = cloneNetwork(network);
      const { trainLoss, testLoss } = metrics;
      const history = withRecord(current.history, { epoch, trainLoss, testLoss });
      const next: TrainingState = {
        ...current,
        ...metrics,
        network: snapshot,
        epoch,
        batch,
        history,
      };
      current = { ...next, lastGood: { ...next, lastGood: null } };
    }
    if (stop(batch === 0, batch === perEpoch - 1)) break;
  }
  if (batch !== 0) current = { ...current, network: cloneNetwork(network), epoch, batch };
  return { state: current, diverged: false, steps: done };
}

/** Trains whole epochs (finishing the current one first). */
export function trainEpochs(
  state: TrainingState,
  setup: TrainingSetup,
  data: PreparedData,
  epochs: number,
): StepOutcome {
  const perEpoch = batchesPerEpoch(setup, data);
  const steps = Math.max(0, Math.round(epochs)) * perEpoch - state.batch;
  return trainSteps(state, setup, data, Math.max(0, steps));
}

function withRecord(history: readonly EpochRecord[], record: EpochRecord): EpochRecord[] {
  const next = [...history, record];
  return next.length > HISTORY_LIMIT
    ? next.filter((_, k) => k % 2 === 0 || k === next.length - 1)
    : next;
}

/** The state to go back to after a divergence: the last good one, or fresh weights' epoch 0. */
function rewound(state: TrainingState): TrainingState {
  const good = state.lastGood ?? state;
  return { ...good, network: cloneNetwork(good.network), lastGood: good };
}
