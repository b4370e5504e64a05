import {
  batchIndices,
  exampleDeltas,
  networkForward,
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
