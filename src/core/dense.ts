import {
  crossEntropyFromLogit,
  crossEntropyLogitSlope,
  sigmoid,
  sigmoidSlope,
  tanhSlope,
} from './scalar-math.js';
import { seededRandom } from './random.js';
import { softmax, softmaxCrossEntropy, softmaxCrossEntropyDelta } from './softmax.js';

/**
 * A fully connected network on plain arrays, for the layered widgets and the benches.
 * Layer 0 is the input. `weights[l][i][j]` connects unit j of layer l to unit i of layer l+1;
 * `biases[l][i]` belongs to unit i of layer l+1.
 */
export type Activation = 'sigmoid' | 'tanh' | 'relu';
/**
 * bce: binary cross-entropy with sigmoid outputs; mse: squared error with `activation` outputs;
 * ce: categorical cross-entropy with a softmax over all outputs (the target a one-hot or
 * probability vector).
 */
export type Loss = 'bce' | 'mse' | 'ce';
/** What the output layer applies: an elementwise activation, or a softmax over the whole layer. */
export type OutputActivation = Activation | 'softmax';

export interface DenseNetwork {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly loss: Loss;
  weights: number[][][];
  biases: number[][];
}

/** What the forward pass keeps for the backward pass: z and a for every layer after the input. */
export interface ForwardCache {
  readonly input: number[];
  readonly z: number[][];
  readonly a: number[][];
}

export interface BackwardResult {
  readonly loss: number;
  /** dL/dz for every layer after the input, output last. */
  readonly deltas: number[][];
  /** dL/dW, shaped like `weights`. */
  readonly weightGradients: number[][][];
  /** dL/db, shaped like `biases`. */
  readonly biasGradients: number[][];
}

export const ACTIVATIONS: Record<
  Activation,
  { f(z: number): number; df(z: number, a: number): number }
> = {
  // Slopes from z, not from a: a(1 − a) and 1 − a² round to 0 in the tails (see scalar-math.ts).
  sigmoid: { f: sigmoid, df: (z) => sigmoidSlope(z) },
  tanh: { f: Math.tanh, df: (z) => tanhSlope(z) },
  relu: { f: (z) => (z > 0 ? z : 0), df: (z) => (z > 0 ? 1 : 0) },
};

/**
 * f'(z) for every unit of every layer, the output layer's activation included. A softmax output
 * (loss 'ce') is not elementwise: its entry is ∂a_i/∂z_i = a_i(1 − a_i), the diagonal of
 * softmaxJacobian(a); the off-diagonal −a_i a_j are in that matrix.
 */
export function activationSlopes(network: DenseNetwork, cache: ForwardCache): number[][] {
  const last = cache.z.length - 1;
  return cache.z.map((zs, k) => {
    const name = k === last ? outputActivation(network) : network.activation;
    if (name === 'softmax') {
      return cache.a[k].map((a, i) => a * cache.a[k].reduce((s, b, j) => (j === i ? s : s + b), 0));
    }
    return zs.map((z, i) => ACTIVATIONS[name].df(z, cache.a[k][i]));
  });
}

/**
 * With bce the output layer is sigmoid (a probability), with ce a softmax over all outputs
 * (a distribution); with mse it uses `activation` like every hidden layer.
 */
export function outputActivation(
  network: Pick<DenseNetwork, 'activation' | 'loss'>,
): OutputActivation {
  if (network.loss === 'bce') return 'sigmoid';
  if (network.loss === 'ce') return 'softmax';
  return network.activation;
}

/** How far a 'ce' target's sum may be from 1. */
export const TARGET_SUM_TOLERANCE = 1e-9;

/**
 * Checks a target for a loss, or returns null when it is fine. Every entry must be a finite
 * number; bce needs each in [0, 1]; ce needs at least two entries (a softmax over one output is
 * always 1), each at least 0, summing to 1 within 1e-9: a one-hot or probability vector.
 * With `outputs`, the target must also have that many entries.
 */
export function validateTarget(
  loss: Loss,
  target: readonly number[],
  outputs?: number,
): string | null {
  if (outputs !== undefined && target.length !== outputs) {
    return `the target needs ${outputs} ${outputs === 1 ? 'entry' : 'entries'}, one per output, not ${target.length}`;
  }
  if (target.some((y) => typeof y !== 'number' || !Number.isFinite(y))) {
    return 'every target entry must be a finite number';
  }
  if (loss === 'bce' && target.some((y) => y < 0 || y > 1)) {
    return 'with bce every target entry must be between 0 and 1';
  }
  if (loss === 'ce') {
    if (target.length < 2) return 'ce needs at least two outputs: a softmax over one is always 1';
    if (target.some((y) => y < 0)) return 'with ce no target entry may be negative';
    const sum = target.reduce((total, y) => total + y, 0);
    if (Math.abs(sum - 1) > TARGET_SUM_TOLERANCE) {
      return `with ce the target must be one-hot or a probability vector summing to 1, not ${sum}`;
    }
  }
  return null;
}

/** Checks sizes: at least one hidden layer, every layer at least one unit. */
export function validateSizes(sizes: readonly number[]): string | null {
  if (sizes.length < 3) return 'a network needs an input, at least one hidden layer and an output';
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    return 'every layer needs a whole number of units, at least 1';
  return null;
}

/** Builds a network with seeded uniform weights scaled by 1/sqrt(fan-in) and zero biases. */
export function createNetwork(options: {
  sizes: readonly number[];
  activation?: Activation;
  loss?: Loss;
  seed?: number;
}): DenseNetwork {
  const { sizes, activation = 'sigmoid', loss = 'mse', seed = 1 } = options;
  const problem = validateSizes(sizes);
  if (problem) throw new RangeError(problem);
  const random = seededRandom(seed);
  const weights = sizes.slice(1).map((rows, l) => {
    const scale = 1 / Math.sqrt(sizes[l]);
    return Array.from({ length: rows }, () =>
      Array.from({ length: sizes[l] }, () => (random() * 2 - 1) * scale * 1.5),
    );
  });
  const biases = sizes.slice(1).map((rows) => new Array<number>(rows).fill(0));
  return { sizes: [...sizes], activation, loss, weights, biases };
}

/** Forward pass, keeping z and a per layer. */
export function forwardPass(network: DenseNetwork, input: readonly number[]): ForwardCache {
  const z: number[][] = [];
  const a: number[][] = [];
  let previous = [...input];
  const last = network.weights.length - 1;
  network.weights.forEach((matrix, l) => {
    const name = l === last ? outputActivation(network) : network.activation;
    const zl = matrix.map((row, i) => {
      let sum = network.biases[l][i];
      for (let j = 0; j < row.length; j++) sum += row[j] * previous[j];
      return sum;
    });
    const al = name === 'softmax' ? softmax(zl) : zl.map((value) => ACTIVATIONS[name].f(value));
    z.push(zl);
    a.push(al);
    previous = al;
  });
  return { input: [...input], z, a };
}

/**
 * The loss summed over output units (bce and ce computed from z, so they stay finite and keep
 * their digits when a is 0 or 1). With ce it is logSumExp(z) − Σ y_i z_i for a target summing to 1.
 */
export function lossValue(
  network: DenseNetwork,
  cache: ForwardCache,
  target: readonly number[],
): number {
  const out = cache.a[cache.a.length - 1];
  const zOut = cache.z[cache.z.length - 1];
  if (network.loss === 'ce') return softmaxCrossEntropy(zOut, target);
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    if (network.loss === 'bce') {
      total += crossEntropyFromLogit(zOut[i], target[i]);
    } else {
      total += (out[i] - target[i]) ** 2;
    }
  }
  return total;
}

/**
 * Backward pass: the output delta from the loss, then delta_l = (W_{l+1}^T delta_{l+1}) ⊙ f'(z_l),
 * each weight gradient delta_l times that layer's input. Every delta is computed once and reused.
 */
export function backwardPass(
  network: DenseNetwork,
  cache: ForwardCache,
  target: readonly number[],
): BackwardResult {
  const layers = network.weights.length;
  const deltas: number[][] = new Array(layers);
  const outA = cache.a[layers - 1];
  const outZ = cache.z[layers - 1];
  // With bce and ce, a − y from the logits, so a saturated right answer keeps its tiny δ
  // instead of 0. With mse, 2(a − y) f'(z), the output activation being `activation`.
  if (network.loss === 'ce') {
    deltas[layers - 1] = softmaxCrossEntropyDelta(outZ, target);
  } else if (network.loss === 'bce') {
    deltas[layers - 1] = outZ.map((z, i) => crossEntropyLogitSlope(z, target[i]));
  } else {
    const outAct = ACTIVATIONS[network.activation];
    deltas[layers - 1] = outA.map((a, i) => 2 * (a - target[i]) * outAct.df(outZ[i], a));
  }
  const hidden = ACTIVATIONS[network.activation];
  for (let l = layers - 2; l >= 0; l--) {
    const next = network.weights[l + 1];
    const nextDelta = deltas[l + 1];
    deltas[l] = cache.z[l].map((z, j) => {
      let sum = 0;
      for (let i = 0; i < next.length; i++) sum += next[i][j] * nextDelta[i];
      return sum * hidden.df(z, cache.a[l][j]);
    });
  }
  const weightGradients = network.weights.map((matrix, l) => {
    const layerInput = l === 0 ? cache.input : cache.a[l - 1];
    return matrix.map((row, i) => row.map((_, j) => deltas[l][i] * layerInput[j]));
  });
  const biasGradients = deltas.map((delta) => [...delta]);
  return { loss: lossValue(network, cache, target), deltas, weightGradients, biasGradients };
}

/** One step of gradient descent on one example; returns the loss before the step. */
export function trainStep(
  network: DenseNetwork,
  input: readonly number[],
  target: readonly number[],
  learningRate: number,
): number {
  const cache = forwardPass(network, input);
  const result = backwardPass(network, cache, target);
  network.weights.forEach((matrix, l) =>
    matrix.forEach((row, i) =>
      row.forEach((_, j) => {
        row[j] -= learningRate * result.weightGradients[l][i][j];
      }),
    ),
  );
  network.biases.forEach((bias, l) =>
    bias.forEach((_, i) => {
      bias[i] -= learningRate * result.biasGradients[l][i];
    }),
  );
  return result.loss;
}

export interface OpCounts {
  /** Multiply-adds of the forward pass: one per weight. */
  readonly forward: number;
  /** With reuse: W^T delta for every layer but the first, plus delta times input for every weight. */
  readonly backward: number;
  /** Without reuse: each weight's chain recomputed from the loss down to its layer. */
  readonly naive: number;
}

/**
 * Multiply-add counts for layer sizes n_0..n_L (matrix products only).
 * forward  = sum_l n_l n_{l+1}
 * backward = sum_{l>=1} n_l n_{l+1} (deltas through W^T) + sum_l n_l n_{l+1} (weight gradients)
 * naive    = sum_l n_l n_{l+1} (1 + C_l), where C_l = sum_{m>l} n_m n_{m+1} is the cost of carrying
 *            the error from the loss down to layer l+1 again for that one weight.
 */
export function countOps(sizes: readonly number[]): OpCounts {
  const products = sizes.slice(1).map((n, l) => sizes[l] * n);
  const forward = products.reduce((sum, p) => sum + p, 0);
  const backward = forward - (products[0] ?? 0) + forward;
  let naive = 0;
  products.forEach((p, l) => {
    const carry = products.slice(l + 1).reduce((sum, q) => sum + q, 0);
    naive += p * (1 + carry);
  });
  return { forward, backward, naive };
}
