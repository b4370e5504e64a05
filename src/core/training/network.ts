/**
 * The network `<train-network>` trains: dense layers on plain arrays, shaped as the dense
 * module's (`weights[l][i][j]` joins unit j of layer l to unit i of layer l + 1; `biases[l][i]`
 * belongs to unit i of layer l + 1), with a linear activation besides relu, tanh and sigmoid,
 * and an output chosen by the task:
 * - 'binary' (two classes): one sigmoid unit, binary cross-entropy from the logit;
 * - 'softmax' (three or more): a softmax over one unit per class, categorical cross-entropy;
 * - 'regression': one linear unit, squared error ½(a − y)².
 * For all three the output δ = ∂L/∂z is a − y. The training loss of a batch is the mean over its
 * examples plus the regularisation penalty: L2 rate·½Σw², L1 rate·Σ|w|, biases excluded.
 * Loops are written out (no map) because they run thousands of times per animation frame.
 */
import {
  crossEntropyFromLogit,
  crossEntropyLogitSlope,
  sigmoid,
  sigmoidSlope,
  tanhSlope,
} from '../scalar-math.js';
import { softmax, softmaxCrossEntropy, softmaxCrossEntropyDelta } from '../softmax.js';
import { writeFeatureVector, type Feature } from './features.js';
import { mixSeed, seededRandom, uniform } from './prng.js';

export const TRAIN_ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear'] as const;
export type TrainActivation = (typeof TRAIN_ACTIVATIONS)[number];
export type OutputKind = 'binary' | 'softmax' | 'regression';
export const REGULARIZATIONS = ['none', 'l1', 'l2'] as const;
export type RegularizationKind = (typeof REGULARIZATIONS)[number];

export interface Regularization {
  readonly kind: RegularizationKind;
  readonly rate: number;
}

export const NO_REGULARIZATION: Regularization = { kind: 'none', rate: 0 };

export interface TrainableNetwork {
  /** Units per layer, the inputs first and the outputs last. */
  readonly sizes: readonly number[];
  readonly activation: TrainActivation;
  readonly output: OutputKind;
  readonly weights: number[][][];
  readonly biases: number[][];
}

export interface Gradients {
  /** ∂L/∂W, shaped like `weights`. */
  readonly weights: number[][][];
  /** ∂L/∂b, shaped like `biases`. */
  readonly biases: number[][];
}

const f: Record<TrainActivation, (z: number) => number> = {
  relu: (z) => (z > 0 ? z : 0),
  tanh: Math.tanh,
  sigmoid,
  linear: (z) => z,
};

/** f′(z), written from z in the forms that keep their digits in the tails (scalar-math.ts). */
const df: Record<TrainActivation, (z: number) => number> = {
  relu: (z) => (z > 0 ? 1 : 0),
  tanh: tanhSlope,
  sigmoid: sigmoidSlope,
  linear: () => 1,
};

export function activationValue(name: TrainActivation, z: number): number {
  return f[name](z);
}

export function activationSlope(name: TrainActivation, z: number): number {
  return df[name](z);
}

/** How many output units a task needs. */
export function outputUnits(output: OutputKind, classes: number): number {
  return output === 'softmax' ? classes : 1;
}

/**
 * A network with seeded weights, uniform in ±√(6 / (fan-in + fan-out)) (Glorot), and biases of
 * 0.1 for relu hidden units (so fewer start dead) and 0 elsewhere.
 */
export function createTrainNetwork(options: {
  sizes: readonly number[];
  activation: TrainActivation;
  output: OutputKind;
  seed: number;
}): TrainableNetwork {
  const { sizes, activation, output } = options;
  const random = seededRandom(mixSeed(options.seed, 3));
  const last = sizes.length - 2;
  const weights = sizes.slice(1).map((rows, l) => {
    const bound = Math.sqrt(6 / (sizes[l] + rows));
    return Array.from({ length: rows }, () =>
      Array.from({ length: sizes[l] }, () => uniform(random, -bound, bound)),
    );
  });
  const biases = sizes
    .slice(1)
    .map((rows, l) => new Array<number>(rows).fill(activation === 'relu' && l < last ? 0.1 : 0));
  return { sizes: [...sizes], activation, output, weights, biases };
}

export function cloneNetwork(network: TrainableNetwork): TrainableNetwork {
  return {
    ...network,
    sizes: [...network.sizes],
    weights: network.weights.map((matrix) => matrix.map((row) => [...row])),
    biases: network.biases.map((row) => [...row]),
  };
}

/**
 * The forward pass many times over (the heatmap's 2,500 cells, the thumbnails' grids, every
 * point at each epoch's end, every example of every mini-batch): written into buffers made once
 * per network instead of new arrays per layer and per point, since this runs thousands of times
 * a second while the reader watches training. The buffers are overwritten by the next call, so
 * read them before it.
 */
export class GridForward {
  readonly #network: TrainableNetwork;
  readonly #features: readonly Feature[];
  readonly #z: Float64Array[];
  readonly #a: Float64Array[];
  /** The features of the plane point `at` was last asked for. */
  readonly #input: Float64Array;

  constructor(network: TrainableNetwork, features: readonly Feature[] = []) {
    this.#network = network;
    this.#features = features;
    this.#z = network.sizes.slice(1).map((units) => new Float64Array(units));
    this.#a = network.sizes.slice(1).map((units) => new Float64Array(units));
    this.#input = new Float64Array(features.length);
  }

  /** z and a of every layer after the input, `z[l][i]` and `a[l][i]`, for one input vector. */
  run(input: ArrayLike<number>): { z: readonly Float64Array[]; a: readonly Float64Array[] } {
    const { weights, biases, activation, output } = this.#network;
    const layers = weights.length;
    const fl = f[activation];
    let previous = input;
    for (let l = 0; l < layers; l++) {
      const matrix = weights[l];
      const z = this.#z[l];
      const a = this.#a[l];
      for (let i = 0; i < matrix.length; i++) {
        const row = matrix[i];
        let sum = biases[l][i];
        for (let j = 0; j < row.length; j++) sum += row[j] * previous[j];
        z[i] = sum;
      }
      if (l < layers - 1) for (let i = 0; i < z.length; i++) a[i] = fl(z[i]);
      else if (output === 'binary') a[0] = sigmoid(z[0]);
      else if (output === 'softmax') a.set(softmax(Array.from(z)));
      else a.set(z);
      previous = a;
    }
    return { z: this.#z, a: this.#a };
  }

  /** Activations of every layer after the input, `a[l][i]`, at the plane point (x₁, x₂). */
  at(x1: number, x2: number): readonly Float64Array[] {
    return this.run(writeFeatureVector(this.#features, x1, x2, this.#input)).a;
  }
}

/** The target vector for a label: one-hot for softmax, the label itself otherwise. */
export function targetOf(network: TrainableNetwork, label: number): number[] {
  if (network.output !== 'softmax') return [label];
  const units = network.sizes[network.sizes.length - 1];
  const target = new Array<number>(units).fill(0);
  target[label] = 1;
  return target;
}

/** The loss from the output layer's z alone (`exampleLoss`, for buffers such as GridForward's). */
export function outputLoss(
  network: TrainableNetwork,
  zOut: ArrayLike<number>,
  label: number,
): number {
  if (network.output === 'binary') return crossEntropyFromLogit(zOut[0], label);
  if (network.output === 'softmax')
    return softmaxCrossEntropy(Array.from(zOut), targetOf(network, label));
  const error = zOut[0] - label;
  return 0.5 * error * error;
}

/**
 * δ of every layer, from the z of a forward pass, written into `deltas` (shaped as z): the
 * backward pass of every example of a mini-batch, into buffers made once (BatchBuffers).
 */
export function writeDeltas(
  network: TrainableNetwork,
  z: readonly ArrayLike<number>[],
  label: number,
  deltas: readonly (number[] | Float64Array)[],
): void {
  const layers = network.weights.length;
  const zOut = z[layers - 1];
  const out = deltas[layers - 1];
  if (network.output === 'binary') out[0] = crossEntropyLogitSlope(zOut[0], label);
  else if (network.output === 'softmax') {
    const delta = softmaxCrossEntropyDelta(Array.from(zOut), targetOf(network, label));
    for (let i = 0; i < delta.length; i++) out[i] = delta[i];
  } else out[0] = zOut[0] - label;
  const slope = df[network.activation];
  for (let l = layers - 2; l >= 0; l--) {
    const next = network.weights[l + 1];
    const nextDelta = deltas[l + 1];
    const zl = z[l];
    const dl = deltas[l];
    for (let j = 0; j < zl.length; j++) {
      let sum = 0;
      for (let i = 0; i < next.length; i++) sum += next[i][j] * nextDelta[i];
      dl[j] = sum * slope(zl[j]);
    }
  }
}

/** The regularisation penalty: L2 rate·½Σw², L1 rate·Σ|w|, biases excluded. */
export function penalty(network: TrainableNetwork, regularization: Regularization): number {
  if (regularization.kind === 'none' || regularization.rate === 0) return 0;
  let total = 0;
  for (const matrix of network.weights)
    for (const row of matrix)
      for (const w of row) total += regularization.kind === 'l2' ? 0.5 * w * w : Math.abs(w);
  return regularization.rate * total;
}

/** Zeros shaped like the network's weights and biases. */
export function zeroGradients(network: TrainableNetwork): Gradients {
  return {
    weights: network.weights.map((matrix) =>
      matrix.map((row) => new Array<number>(row.length).fill(0)),
    ),
    biases: network.biases.map((row) => new Array<number>(row.length).fill(0)),
  };
}

/**
 * What one mini-batch's gradient is computed in, made once per network shape and reused for
 * every batch of a run (trainer.ts), so a step allocates nothing the garbage collector would
 * have to sweep in the middle of an animation frame.
 */
export class BatchBuffers {
  readonly forward: GridForward;
  readonly deltas: Float64Array[];
  readonly gradients: Gradients;

  constructor(network: TrainableNetwork) {
    this.forward = new GridForward(network);
    this.deltas = network.sizes.slice(1).map((units) => new Float64Array(units));
    this.gradients = zeroGradients(network);
  }
}

export interface BatchResult {
  /** The mean data loss over the batch, without the penalty. */
  readonly dataLoss: number;
  /** What gradient descent minimises: the mean data loss plus the penalty. */
  readonly loss: number;
  /** In `buffers` when given: the next batch computed in them overwrites it. */
  readonly gradients: Gradients;
}

/**
 * The loss of a batch and its gradient: the mean over the examples of δ_i·a_j (and δ_i for a
 * bias), plus the penalty's gradient (L2: rate·w; L1: rate·sign w, 0 at w = 0).
 */
export function batchGradients(
  network: TrainableNetwork,
  inputs: readonly (readonly number[])[],
  labels: readonly number[],
  regularization: Regularization = NO_REGULARIZATION,
  buffers = new BatchBuffers(network),
): BatchResult {
  const { forward, deltas, gradients } = buffers;
  for (const matrix of gradients.weights) for (const row of matrix) row.fill(0);
  for (const row of gradients.biases) row.fill(0);
  const n = inputs.length;
  const last = deltas.length - 1;
  let dataLoss = 0;
  for (let k = 0; k < n; k++) {
    const { z, a } = forward.run(inputs[k]);
    dataLoss += outputLoss(network, z[last], labels[k]);
    writeDeltas(network, z, labels[k], deltas);
    for (let l = 0; l < deltas.length; l++) {
      const layerInput = l === 0 ? inputs[k] : a[l - 1];
      const dl = deltas[l];
      const gw = gradients.weights[l];
      const gb = gradients.biases[l];
      for (let i = 0; i < dl.length; i++) {
        const d = dl[i];
        gb[i] += d;
        const row = gw[i];
        for (let j = 0; j < row.length; j++) row[j] += d * layerInput[j];
      }
    }
  }
  const scale = n > 0 ? 1 / n : 0;
  const { kind, rate } = regularization;
  gradients.weights.forEach((matrix, l) =>
    matrix.forEach((row, i) => {
      const weightsRow = network.weights[l][i];
      for (let j = 0; j < row.length; j++) {
        row[j] *= scale;
        if (kind === 'l2') row[j] += rate * weightsRow[j];
        else if (kind === 'l1') row[j] += rate * Math.sign(weightsRow[j]);
      }
    }),
  );
  for (const row of gradients.biases) for (let i = 0; i < row.length; i++) row[i] *= scale;
  const mean = dataLoss * scale;
  return { dataLoss: mean, loss: mean + penalty(network, regularization), gradients };
}

/**
 * One step of gradient descent, w ← w − η ∂L/∂w, in place; answers whether every weight and bias
 * is still a finite number (the divergence check, made in the same pass).
 */
export function applyGradients(
  network: TrainableNetwork,
  gradients: Gradients,
  rate: number,
): boolean {
  let finite = true;
  network.weights.forEach((matrix, l) =>
    matrix.forEach((row, i) => {
      const g = gradients.weights[l][i];
      for (let j = 0; j < row.length; j++)
        if (!Number.isFinite((row[j] -= rate * g[j]))) finite = false;
    }),
  );
  network.biases.forEach((row, l) => {
    const g = gradients.biases[l];
    for (let i = 0; i < row.length; i++)
      if (!Number.isFinite((row[i] -= rate * g[i]))) finite = false;
  });
  return finite;
}

/** The class predicted from the output layer's activations alone (regression: -1). */
export function outputClass(network: TrainableNetwork, out: ArrayLike<number>): number {
  if (network.output === 'regression') return -1;
  // Binary: the second class when its probability p beats the first's, 1 − p.
  if (network.output === 'binary') return out[0] > 1 - out[0] ? 1 : 0;
  let best = 0;
  for (let i = 1; i < out.length; i++) if (out[i] > out[best]) best = i;
  return best;
}

/** Whether every weight and bias is a finite number. */
export function isFiniteNetwork(network: TrainableNetwork): boolean {
  for (const matrix of network.weights)
    for (const row of matrix) for (const w of row) if (!Number.isFinite(w)) return false;
  for (const row of network.biases) for (const b of row) if (!Number.isFinite(b)) return false;
  return true;
}
