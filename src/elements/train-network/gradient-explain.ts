import {
  activationSlope,
  batchIndices,
  exampleDeltas,
  networkForward,
  targetOf,
  type TrainableNetwork,
} from '../../core/index.js';
import type { ConnectionRef, TrainModel } from './train-network-model.js';

/**
 * What the gradient panel shows for one connection, DOM-free: ∂L/∂w for the next mini-batch as
 * the mean over its examples of δ_j·a_i (δ_j of the unit the connection feeds, a_i of the unit it
 * comes from), plus the regularisation term, and the update Step will make,
 * w ← w − η ∂L/∂w. The numbers are the ones `trainSteps` uses, so after Step the weight is
 * `updated`.
 */
export interface GradientExplanation {
  readonly ref: ConnectionRef;
  readonly weight: number;
  readonly learningRate: number;
  /** Examples in the next mini-batch. */
  readonly count: number;
  /** The first example of the batch: its δ_j, a_i and their product. */
  readonly example: {
    readonly delta: number;
    readonly activation: number;
    readonly product: number;
  };
  /** Mean over the batch of δ_j·a_i. */
  readonly mean: number;
  /** L2: rate·w; L1: rate·sign(w); none: 0. */
  readonly penalty: number;
  readonly gradient: number;
  readonly updated: number;
  /** δ_j of the unit fed, averaged over the batch (what "clicking a unit" would show). */
  readonly meanDelta: number;
}

export function explainGradient(model: TrainModel, ref: ConnectionRef): GradientExplanation {
  const { setup, data, training } = model;
  const network: TrainableNetwork = training.network;
  const indices = batchIndices(setup, data, training.epoch, training.batch);
  let sum = 0;
  let deltaSum = 0;
  let example = { delta: 0, activation: 0, product: 0 };
  indices.forEach((index, k) => {
    const pass = networkForward(network, data.trainInputs[index]);
    const deltas = exampleDeltas(network, pass, data.trainLabels[index]);
    const delta = deltas[ref.layer][ref.to];
    const activation = ref.layer === 0 ? pass.input[ref.from] : pass.a[ref.layer - 1][ref.from];
    sum += delta * activation;
    deltaSum += delta;
    if (k === 0) example = { delta, activation, product: delta * activation };
  });
  const count = indices.length;
  const mean = count > 0 ? sum / count : 0;
  const weight = network.weights[ref.layer][ref.to][ref.from];
  const { kind, rate } = setup.regularization;
  const penalty = kind === 'l2' ? rate * weight : kind === 'l1' ? rate * Math.sign(weight) : 0;
  const gradient = mean + penalty;
  return {
    ref,
    weight,
    learningRate: setup.learningRate,
    count,
    example,
    mean,
    penalty,
    gradient,
    updated: weight - setup.learningRate * gradient,
    meanDelta: count > 0 ? deltaSum / count : 0,
  };
}

/**
 * Where δ of one unit comes from, for the next mini-batch, DOM-free: at the output the
 * prediction minus the target, a − y (the loss's slope with respect to z, for every output the
 * figure trains); at a hidden unit the chain rule one layer back, f′(z_j)·Σ_k w_kj δ_k. The
 * first example's numbers and the mean over the batch, the δ_j the gradient panel multiplies.
 */
export interface DeltaExplanation {
  /** The unit's layer as an index into sizes (1 = first hidden layer). */
  readonly layer: number;
  readonly unit: number;
  readonly output: boolean;
  readonly count: number;
  /**
   * The first example: its δ; at the output its prediction a and target y; at a hidden unit
   * the activation's slope f′(z) and the weighted sum of the next layer's δs.
   */
  readonly example: {
    readonly delta: number;
    readonly prediction: number;
    readonly target: number;
    readonly slope: number;
    readonly back: number;
  };
  /** δ_j averaged over the batch. */
  readonly mean: number;
}

export function explainDelta(model: TrainModel, layer: number, unit: number): DeltaExplanation {
  const { setup, data, training } = model;
  const network = training.network;
  const l = layer - 1; // the core's arrays have one entry per layer after the input
  const output = layer === network.sizes.length - 1;
  const indices = batchIndices(setup, data, training.epoch, training.batch);
  let sum = 0;
  let example = { delta: 0, prediction: 0, target: 0, slope: 0, back: 0 };
  indices.forEach((index, k) => {
    const label = data.trainLabels[index];
    const pass = networkForward(network, data.trainInputs[index]);
    const deltas = exampleDeltas(network, pass, label);
    const delta = deltas[l][unit];
    sum += delta;
    if (k > 0) return;
    if (output) {
      example = {
        delta,
        prediction: pass.a[l][unit],
        target: targetOf(network, label)[unit],
        slope: 1,
        back: delta,
      };
    } else {
      const next = network.weights[l + 1];
      const back = next.reduce((total, row, i) => total + row[unit] * deltas[l + 1][i], 0);
      const slope = activationSlope(network.activation, pass.z[l][unit]);
      example = { delta, prediction: pass.a[l][unit], target: 0, slope, back };
    }
  });
  const count = indices.length;
  return { layer, unit, output, count, example, mean: count > 0 ? sum / count : 0 };
}
