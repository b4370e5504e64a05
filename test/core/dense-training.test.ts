import { expect } from '@open-wc/testing';
import {
  backwardPass,
  createNetwork,
  forwardPass,
  lossValue,
  trainStep,
  validateSizes,
  type Activation,
  type Loss,
} from '../../src/core/index.js';

/** Seeded construction (so a page shows the same network on every load) and one training step. */

describe('createNetwork', () => {
  it('gives identical weights for the same seed', () => {
    const a = createNetwork({ sizes: [3, 4, 2], seed: 7 });
    const b = createNetwork({ sizes: [3, 4, 2], seed: 7 });
    expect(a.weights).to.deep.equal(b.weights);
    expect(a.biases).to.deep.equal(b.biases);
  });

  it('gives different weights for different seeds', () => {
    const a = createNetwork({ sizes: [3, 4, 2], seed: 7 }).weights.flat(2);
    const b = createNetwork({ sizes: [3, 4, 2], seed: 8 }).weights.flat(2);
    expect(a.every((w, k) => w !== b[k])).to.equal(true);
  });

  it('shapes weights[l] as n_{l+1} rows of n_l, scaled by 1.5/sqrt(fan-in), biases zero', () => {
    const network = createNetwork({ sizes: [4, 3, 2], seed: 3 });
    expect(network.weights.map((m) => [m.length, m[0].length])).to.deep.equal([
      [3, 4],
      [2, 3],
    ]);
    network.weights.forEach((matrix, l) => {
      const bound = 1.5 / Math.sqrt([4, 3][l]);
      for (const w of matrix.flat()) expect(Math.abs(w)).to.be.below(bound);
    });
    expect(network.biases).to.deep.equal([
      [0, 0, 0],
      [0, 0],
    ]);
  });

  it('refuses sizes without a hidden layer or with a non-integer width', () => {
    expect(() => createNetwork({ sizes: [2, 1] })).to.throw(RangeError, 'hidden layer');
    expect(() => createNetwork({ sizes: [2, 0, 1] })).to.throw(RangeError, 'whole number');
    expect(validateSizes([2, 2.5, 1])).to.contain('whole number');
    expect(validateSizes([2, 3, 1])).to.equal(null);
  });
});

describe('trainStep', () => {
  const activations: Activation[] = ['sigmoid', 'tanh', 'relu'];
  const losses: Loss[] = ['bce', 'mse'];
  for (const activation of activations) {
    for (const loss of losses) {
      it(`with a small learning rate lowers the loss (${activation}, ${loss})`, () => {
        const network = createNetwork({ sizes: [2, 4, 1], activation, loss, seed: 2 });
        const input = [0.6, -0.9];
        const target = [1];
        const before = lossValue(network, forwardPass(network, input), target);
        const gradient = backwardPass(network, forwardPass(network, input), target);
        // A step can only lower the loss if there is a slope to follow.
        expect(gradient.weightGradients.flat(2).some((g) => g !== 0)).to.equal(true);

        expect(trainStep(network, input, target, 0.01)).to.equal(before);
        const after = lossValue(network, forwardPass(network, input), target);
        expect(after).to.be.below(before);
      });
    }
  }

  it('moves every weight by -learningRate * gradient', () => {
    const network = createNetwork({ sizes: [2, 3, 1], seed: 5 });
    const before = structuredClone(network.weights);
    const { weightGradients, biasGradients } = backwardPass(
      network,
      forwardPass(network, [1, 2]),
      [0],
    );
    trainStep(network, [1, 2], [0], 0.5);
    network.weights.forEach((matrix, l) =>
      matrix.forEach((row, i) =>
        row.forEach((w, j) => expect(w).to.equal(before[l][i][j] - 0.5 * weightGradients[l][i][j])),
      ),
    );
    network.biases.forEach((layer, l) =>
      layer.forEach((b, i) => expect(b).to.equal(-0.5 * biasGradients[l][i])),
    );
  });

  it('keeps the small cross-entropy of a confident answer instead of rounding it to zero', () => {
    const network = createNetwork({ sizes: [1, 1, 1], loss: 'bce', seed: 1 });
    network.weights[1][0][0] = 0; // the output's z is its bias alone
    const lossAt = (z: number, y: number) => {
      network.biases[1][0] = z;
      return lossValue(network, forwardPass(network, [0]), [y]);
    };
    expect(lossAt(40, 1) / Math.exp(-40), 'z = 40, y = 1: e^-40').to.be.closeTo(1, 1e-12);
    expect(lossAt(-40, 0) / Math.exp(-40), 'z = -40, y = 0: e^-40').to.be.closeTo(1, 1e-12);
    expect(lossAt(40, 0), 'z = 40, y = 0: about 40').to.be.closeTo(40, 1e-12);
    expect(lossAt(0, 0.5), 'z = 0: ln 2').to.be.closeTo(Math.LN2, 1e-15);
  });

  it('drives the loss near zero on one example after many steps', () => {
    const network = createNetwork({ sizes: [2, 4, 1], activation: 'tanh', loss: 'bce', seed: 2 });
    for (let i = 0; i < 500; i++) trainStep(network, [0.5, -0.5], [1], 0.5);
    expect(lossValue(network, forwardPass(network, [0.5, -0.5]), [1])).to.be.below(0.01);
  });
});
