import { expect } from '@open-wc/testing';
import {
  apply,
  backward,
  backwardPass,
  constant,
  createNetwork,
  forwardPass,
  lossValue,
  outputActivation,
  seededRandom,
  variable,
  type Activation,
  type DenseNetwork,
  type GradNode,
  type Loss,
} from '../../src/core/index.js';

/**
 * The dense module's hand-written matrix backprop must give exactly what the generic scalar
 * autodiff gives on the same network written out node by node.
 */

interface ScalarNetwork {
  readonly loss: GradNode;
  readonly weights: GradNode[][][];
  readonly biases: GradNode[][];
}

/** Σ of nodes as a chain of adds. */
const sum = (terms: GradNode[]): GradNode =>
  terms.reduce((total, term) => apply('add', total, term));

/**
 * Softmax with cross-entropy in the textbook form, ln Σ_j e^z_j − Σ_i y_i z_i, from the scalar
 * ops alone: no shift by the largest logit, which the moderate logits here do not need.
 */
function scalarSoftmaxCrossEntropy(logits: GradNode[], target: readonly number[]): GradNode {
  const logSumExp = apply('log', sum(logits.map((z) => apply('exp', z))));
  const dot = sum(logits.map((z, i) => apply('mul', constant(target[i]), z)));
  return apply('sub', logSumExp, dot);
}

/**
 * The network as a scalar graph: z = b + sum_j w_ij a_j, a = f(z), loss summed over outputs
 * (with ce, one softmax cross-entropy over the output logits).
 */
function buildScalarGraph(
  network: DenseNetwork,
  input: readonly number[],
  target: readonly number[],
): ScalarNetwork {
  const weights = network.weights.map((matrix, l) =>
    matrix.map((row, i) => row.map((w, j) => variable(`w${l}_${i}_${j}`, w))),
  );
  const biases = network.biases.map((layer, l) => layer.map((b, i) => variable(`b${l}_${i}`, b)));
  const last = network.weights.length - 1;
  let activations: GradNode[] = input.map((x) => constant(x));
  let logits: GradNode[] = [];
  weights.forEach((matrix, l) => {
    const activation = l === last ? outputActivation(network) : network.activation;
    logits = matrix.map((row, i) => {
      let z: GradNode = biases[l][i];
      row.forEach((w, j) => (z = apply('add', z, apply('mul', w, activations[j]))));
      return z;
    });
    // A softmax layer's activations are only read by the loss, which works from the logits.
    activations = activation === 'softmax' ? logits : logits.map((z) => apply(activation, z));
  });
  if (network.loss === 'ce') {
    return { loss: scalarSoftmaxCrossEntropy(logits, target), weights, biases };
  }
  const loss = network.loss;
  const losses = activations.map((a, i) => apply(loss, a, constant(target[i])));
  return { loss: sum(losses), weights, biases };
}

/** Absolute below 1, relative above: gradients here range from about 1e-3 to 10. */
function expectClose(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).to.be.at.most(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
}

/** Seeds picked so that even the relu networks have most units active at the test input. */
const NETWORKS = [
  { sizes: [2, 3, 1], seed: 1 },
  { sizes: [3, 4, 4, 2], seed: 1 },
  { sizes: [1, 5, 1], seed: 1 },
  { sizes: [2, 2, 2, 2, 2], seed: 3 },
];
const ACTIVATION_NAMES: Activation[] = ['sigmoid', 'tanh', 'relu'];
const LOSSES: Loss[] = ['bce', 'mse', 'ce'];

/** A random target for the loss: labels for bce, any numbers for mse, a distribution for ce. */
function randomTarget(loss: Loss, size: number, random: () => number): number[] {
  if (loss === 'ce') {
    // Alternate a one-hot target with a spread-out probability vector.
    if (random() < 0.5) {
      const hot = Math.floor(random() * size);
      return Array.from({ length: size }, (_, i) => (i === hot ? 1 : 0));
    }
    const weights = Array.from({ length: size }, () => 0.1 + random());
    const total = weights.reduce((s, w) => s + w, 0);
    return weights.map((w) => w / total);
  }
  return Array.from({ length: size }, () =>
    loss === 'bce' ? Math.round(random()) : random() * 2 - 1,
  );
}

describe('dense backwardPass equals scalar autodiff on the same network', () => {
  for (const { sizes, seed } of NETWORKS) {
    for (const activation of ACTIVATION_NAMES) {
      for (const loss of LOSSES) {
        // A softmax over a single output is always 1: ce needs at least two outputs.
        if (loss === 'ce' && sizes[sizes.length - 1] < 2) continue;
        it(`${sizes.join('-')} ${activation} ${loss}`, () => {
          const network = createNetwork({ sizes, activation, loss, seed });
          // Non-zero biases so they take part; positive ones for relu, or a dead output unit
          // makes every gradient 0 and the comparison says nothing. Inputs of moderate size
          // keep sigmoid outputs away from 0 and 1, where the core's bce op clamps p.
          const random = seededRandom(seed + 1);
          const bias = () => (activation === 'relu' ? 0.1 + random() * 0.5 : random() - 0.5);
          network.biases.forEach((layer) => layer.forEach((_, i) => (layer[i] = bias())));
          const input = Array.from({ length: sizes[0] }, () => random() * 2 - 1);
          const target = randomTarget(loss, sizes[sizes.length - 1], random);

          const cache = forwardPass(network, input);
          const dense = backwardPass(network, cache, target);
          const scalar = buildScalarGraph(network, input, target);
          backward(scalar.loss);

          expectClose(dense.loss, scalar.loss.value, 'loss');
          expectClose(lossValue(network, cache, target), scalar.loss.value, 'lossValue');
          scalar.weights.forEach((matrix, l) =>
            matrix.forEach((row, i) =>
              row.forEach((w, j) =>
                expectClose(dense.weightGradients[l][i][j], w.grad, `dL/dW[${l}][${i}][${j}]`),
              ),
            ),
          );
          scalar.biases.forEach((layer, l) =>
            layer.forEach((b, i) =>
              expectClose(dense.biasGradients[l][i], b.grad, `dL/db[${l}][${i}]`),
            ),
          );
          // The comparison is only meaningful if most gradients are not zero.
          const weightGradients = dense.weightGradients.flat(2);
          const nonZero = weightGradients.filter((g) => Math.abs(g) > 1e-9);
          expect(nonZero.length).to.be.at.least(weightGradients.length / 2);
        });
      }
    }
  }
});
