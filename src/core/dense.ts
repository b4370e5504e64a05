import {
  crossEntropyFromLogit,
  crossEntropyLogitSlope,
  sigmoid,
  sigmoidSlope,
  tanhSlope,
} from './scalar-math.js';
import { seededRandom } from './random.js';

/**
 * A fully connected network on plain arrays, for the layered widgets and the benches.
 * Layer 0 is the input. `weights[l][i][j]` connects unit j of layer l to unit i of layer l+1;
 * `biases[l][i]` belongs to unit i of layer l+1.
 */
export type Activation = 'sigmoid' | 'tanh' | 'relu';
export type Loss = 'bce' | 'mse';

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

/** f'(z) for every unit of every layer, the output layer's activation included. */
export function activationSlopes(network: DenseNetwork, cache: ForwardCache): number[][] {
  const last = cache.z.length - 1;
  return cache.z.map((zs, k) => {
    const act = ACTIVATIONS[k === last ? outputActivation(network) : network.activation];
    return zs.map((z, i) => act.df(z, cache.a[k][i]));
  });
}

/** With bce the output layer is sigmoid (a probability); otherwise every layer uses `activation`. */
export function outputActivation(network: Pick<DenseNetwork, 'activation' | 'loss'>): Activation {
  return network.loss === 'bce' ? 'sigmoid' : network.activation;
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
    const act = ACTIVATIONS[l === last ? outputActivation(network) : network.activation];
    const zl = matrix.map((row, i) => {
      let sum = network.biases[l][i];
      for (let j = 0; j < row.length; j++) sum += row[j] * previous[j];
      return sum;
    });
    const al = zl.map((value) => act.f(value));
    z.push(zl);
    a.push(al);
    previous = al;
  });
  return { input: [...input], z, a };
}

/** The loss summed over output units (bce computed from z, so it stays finite when a is 0 or 1). */
export function lossValue(
  network: DenseNetwork,
  cache: ForwardCache,
  target: readonly number[],
): number {
  const out = cache.a[cache.a.length - 1];
  const zOut = cache.z[cache.z.length - 1];
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
  const outAct = ACTIVATIONS[outputActivation(network)];
  // With bce, a − y from the logit, so a saturated right answer keeps its tiny δ instead of 0.
  deltas[layers - 1] = outA.map((a, i) =>
    network.loss === 'bce'
      ? crossEntropyLogitSlope(outZ[i], target[i])
      : 2 * (a - target[i]) * outAct.df(outZ[i], a),
  );
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
