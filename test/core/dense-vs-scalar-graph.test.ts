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

/** The network as a scalar graph: z = b + sum_j w_ij a_j, a = f(z), loss summed over outputs. */
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
  weights.forEach((matrix, l) => {
    const activation: Activation = l === last ? outputActivation(network) : network.activation;
    activations = matrix.map((row, i) => {
      let z: GradNode = biases[l][i];
      row.forEach((w, j) => (z = apply('add', z, apply('mul', w, activations[j]))));
      return apply(activation, z);
    });
  });
  const losses = activations.map((a, i) => apply(network.loss, a, constant(target[i])));
  const loss = losses.reduce((sum, term) => apply('add', sum, term));
  return { loss, weights, biases };
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
const LOSSES: Loss[] = ['bce', 'mse'];

describe('dense backwardPass equals scalar autodiff on the same network', () => {
  for (const { sizes, seed } of NETWORKS) {
    for (const activation of ACTIVATION_NAMES) {
      for (const loss of LOSSES) {
        it(`${sizes.join('-')} ${activation} ${loss}`, () => {
          const network = createNetwork({ sizes, activation, loss, seed });
          // Non-zero biases so they take part; positive ones for relu, or a dead output unit
          // makes every gradient 0 and the comparison says nothing. Inputs of moderate size
          // keep sigmoid outputs away from 0 and 1, where the core's bce op clamps p.
          const random = seededRandom(seed + 1);
          const bias = () => (activation === 'relu' ? 0.1 + random() * 0.5 : random() - 0.5);
          network.biases.forEach((layer) => layer.forEach((_, i) => (layer[i] = bias())));
          const input = Array.from({ length: sizes[0] }, () => random() * 2 - 1);
          const target = Array.from({ length: sizes[sizes.length - 1] }, () =>
            loss === 'bce' ? Math.round(random()) : random() * 2 - 1,
          );

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
