import { expect } from '@open-wc/testing';
import { centralDifference, relativeError } from '../../../src/core/index.js';
import {
  applyGradients,
  batchGradients,
  cloneNetwork,
  createTrainNetwork,
  exampleLoss,
  networkForward,
  penalty,
  seededRandom,
  TRAIN_ACTIVATIONS,
  type OutputKind,
  type Regularization,
  type TrainableNetwork,
} from '../../../src/core/training/index.js';

/**
 * The batch gradient (the mean of δ_i·a_j plus the penalty's slope) against central differences
 * of the training loss itself, for every activation, every output and every regularisation; and
 * one full-batch step checked against an update worked out by hand.
 */

/** The training loss as a function of the network: mean data loss plus penalty. */
function objective(
  network: TrainableNetwork,
  inputs: number[][],
  labels: number[],
  regularization: Regularization,
): number {
  let total = 0;
  inputs.forEach(
    (input, k) => (total += exampleLoss(network, networkForward(network, input), labels[k])),
  );
  return total / inputs.length + penalty(network, regularization);
}

const OUTPUTS: { output: OutputKind; units: number; labels: number[] }[] = [
  { output: 'binary', units: 1, labels: [1, 0, 1, 0] },
  { output: 'softmax', units: 3, labels: [2, 0, 1, 2] },
  { output: 'regression', units: 1, labels: [0.4, -0.7, 0.1, 0.9] },
];

const REGULARIZATIONS: Regularization[] = [
  { kind: 'none', rate: 0 },
  { kind: 'l2', rate: 0.03 },
  { kind: 'l1', rate: 0.02 },
];

describe('training gradients against central differences', () => {
  const random = seededRandom(11);
  const inputs = Array.from({ length: 4 }, () => [0, 0, 0].map(() => random() * 4 - 2));

  for (const activation of TRAIN_ACTIVATIONS) {
    for (const { output, units, labels } of OUTPUTS) {
      for (const regularization of REGULARIZATIONS) {
        it(`${activation}, ${output} output, regularisation ${regularization.kind}`, () => {
          const network = createTrainNetwork({
            sizes: [3, 4, 3, units],
            activation,
            output,
            seed: 5,
          });
          // Biases away from 0 so relu units are not all on one side of their kink.
          network.biases.forEach((row) => row.forEach((_, i) => (row[i] = 0.05 * (i + 1))));
          const { gradients, loss } = batchGradients(network, inputs, labels, regularization);
          expect(loss).to.be.closeTo(objective(network, inputs, labels, regularization), 1e-12);
          const check = (get: () => number, set: (v: number) => void, analytic: number): void => {
            const original = get();
            const numeric = centralDifference(
              (v) => {
                set(v);
                return objective(network, inputs, labels, regularization);
              },
              original,
              1e-6,
            );
            set(original);
            expect(relativeError(analytic, numeric), `${analytic} vs ${numeric}`).to.be.below(1e-6);
          };
          network.weights.forEach((matrix, l) =>
            matrix.forEach((row, i) =>
              row.forEach((_, j) =>
                check(
                  () => row[j],
                  (v) => (row[j] = v),
                  gradients.weights[l][i][j],
                ),
              ),
            ),
          );
          network.biases.forEach((row, l) =>
            row.forEach((_, i) =>
              check(
                () => row[i],
                (v) => (row[i] = v),
                gradients.biases[l][i],
              ),
            ),
          );
        });
      }
    }
  }
});

describe('one full-batch step on two points, worked out by hand', () => {
  it('matches w ← w − η (mean of δ·a + λw) to 1e-12', () => {
    // 2 inputs → 2 tanh units → 1 sigmoid output, binary cross-entropy, L2 with rate 0.1.
    const network: TrainableNetwork = {
      sizes: [2, 2, 1],
      activation: 'tanh',
      output: 'binary',
      weights: [
        [
          [0.5, -0.3],
          [0.2, 0.8],
        ],
        [[1.1, -0.6]],
      ],
      biases: [[0.1, -0.2], [0.05]],
    };
    const points = [
      { input: [1, 2], label: 1 },
      { input: [-0.5, 0.3], label: 0 },
    ];
    const eta = 0.5;
    const lambda = 0.1;
    const W1 = network.weights[0];
    const w2 = network.weights[1][0];
    const b1 = network.biases[0];
    const b2 = network.biases[1][0];
    // Sums of each example's gradient, written out term by term.
    const gW1 = [
      [0, 0],
      [0, 0],
    ];
    const gb1 = [0, 0];
    const gw2 = [0, 0];
    let gb2 = 0;
    for (const { input: x, label: y } of points) {
      const z1 = [0, 1].map((i) => W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i]);
      const h = z1.map(Math.tanh);
      const z2 = w2[0] * h[0] + w2[1] * h[1] + b2;
      const p = 1 / (1 + Math.exp(-z2));
      const d2 = p - y;
      gb2 += d2;
      for (const i of [0, 1]) {
        gw2[i] += d2 * h[i];
        const d1 = w2[i] * d2 * (1 - h[i] * h[i]);
        gb1[i] += d1;
        gW1[i][0] += d1 * x[0];
        gW1[i][1] += d1 * x[1];
      }
    }
    const expectedW1 = W1.map((row, i) =>
      row.map((w, j) => w - eta * (gW1[i][j] / 2 + lambda * w)),
    );
    const expectedw2 = w2.map((w, i) => w - eta * (gw2[i] / 2 + lambda * w));
    const expectedb1 = b1.map((b, i) => b - eta * (gb1[i] / 2));
    const expectedb2 = b2 - eta * (gb2 / 2);

    const stepped = cloneNetwork(network);
    const { gradients } = batchGradients(
      stepped,
      points.map((p) => p.input),
      points.map((p) => p.label),
      { kind: 'l2', rate: lambda },
    );
    expect(applyGradients(stepped, gradients, eta)).to.equal(true);
    const close = (a: number, b: number): void => {
      expect(Math.abs(a - b)).to.be.below(1e-12);
    };
    stepped.weights[0].forEach((row, i) => row.forEach((w, j) => close(w, expectedW1[i][j])));
    stepped.weights[1][0].forEach((w, i) => close(w, expectedw2[i]));
    stepped.biases[0].forEach((b, i) => close(b, expectedb1[i]));
    close(stepped.biases[1][0], expectedb2);
    // The step moved something: the test would notice a gradient left out.
    expect(Math.abs(stepped.weights[0][0][0] - 0.5)).to.be.above(1e-3);
  });

  it('a step answers whether every weight and bias is still finite, and makes the whole step', () => {
    const network = createTrainNetwork({
      sizes: [2, 2, 1],
      activation: 'tanh',
      output: 'binary',
      seed: 4,
    });
    const { gradients } = batchGradients(network, [[1, -1]], [1]);
    gradients.weights[0][0][0] = Infinity;
    const before = cloneNetwork(network);
    expect(applyGradients(network, gradients, 0.1)).to.equal(false);
    expect(network.weights[0][0][0]).to.equal(-Infinity);
    // The rest of the step is made all the same: the answer does not cut it short.
    expect(network.biases[1][0]).to.be.closeTo(
      before.biases[1][0] - 0.1 * gradients.biases[1][0],
      1e-15,
    );
    expect(network.weights[1][0][1]).to.not.equal(before.weights[1][0][1]);
  });
});
