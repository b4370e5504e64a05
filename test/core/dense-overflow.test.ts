import { expect } from '@open-wc/testing';
import {
  backwardPass,
  createNetwork,
  findDenseProblem,
  forwardPass,
  type DenseNetwork,
} from '../../src/core/index.js';

/** findDenseProblem: the first number of a dense pass too large for a float, and where it is. */

function pass(network: DenseNetwork, x: number[], y: number[]) {
  const cache = forwardPass(network, x);
  return { cache, result: backwardPass(network, cache, y) };
}

describe('findDenseProblem', () => {
  it('2-3-1, relu, mse at x = [1e200, 1e200]: the loss overflows first', () => {
    const network = createNetwork({ sizes: [2, 3, 1], activation: 'relu', loss: 'mse' });
    const { cache, result } = pass(network, [1e200, 1e200], [0]);
    // What a widget would otherwise show: Infinity and NaN among the weight gradients.
    expect(result.weightGradients.flat(2).some((g) => !Number.isFinite(g))).to.equal(true);
    expect(findDenseProblem(cache, result)).to.deep.equal({
      quantity: 'loss',
      layer: 2,
      unit: 0,
      message: 'the loss is too large for a number',
    });
    expect(findDenseProblem(cache)).to.equal(null);
  });

  it('a weight gradient alone overflows: found with the weight it belongs to', () => {
    // Zero first-layer weights keep every z small; sigmoid and bce keep a and δ small (δ of
    // hidden unit 1 is 100 · σ'(0) · (σ(100) − 0) = 25); only δ · x = 25 · 1e308 overflows.
    const network = createNetwork({ sizes: [2, 2, 1], activation: 'sigmoid', loss: 'bce' });
    network.weights[0] = [
      [0, 0],
      [0, 0],
    ];
    network.weights[1] = [[100, 1]];
    const { cache, result } = pass(network, [1e308, -1e308], [0]);
    expect(Number.isFinite(result.loss)).to.equal(true);
    expect(result.deltas.flat().every(Number.isFinite)).to.equal(true);
    expect(findDenseProblem(cache, result)).to.deep.equal({
      quantity: 'dL/dW',
      layer: 1,
      unit: 0,
      message: 'dL/dW of unit 1 in layer 1 is too large for a number',
    });
  });

  it('a weighted sum that overflows is found in the forward pass', () => {
    const network = createNetwork({ sizes: [2, 3, 1], activation: 'tanh', loss: 'mse' });
    network.weights[0] = [
      [1, 1],
      [1e300, 1e300],
      [0, 0],
    ];
    const { cache, result } = pass(network, [1e10, 1e10], [0]);
    const problem = findDenseProblem(cache, result);
    expect(problem).to.deep.equal({
      quantity: 'z',
      layer: 1,
      unit: 1,
      message: 'z of unit 2 in layer 1 is too large for a number',
    });
  });

  it('a delta that overflows while the loss does not', () => {
    // z_out = 1e308 · 1 − 1e308 = 0 for each of 4 outputs, so δ_out = σ(0) − 0 = 0.5 and the
    // loss is 4 ln 2; the hidden δ = Σ 1e308 · 0.5 over 4 outputs = 2e308 overflows.
    const network = createNetwork({ sizes: [1, 1, 4], activation: 'relu', loss: 'bce' });
    network.weights[0] = [[1]];
    network.weights[1] = [[1e308], [1e308], [1e308], [1e308]];
    network.biases[1] = [-1e308, -1e308, -1e308, -1e308];
    const { cache, result } = pass(network, [1], [0, 0, 0, 0]);
    expect(result.loss).to.be.closeTo(4 * Math.LN2, 1e-12);
    expect(findDenseProblem(cache, result)).to.deep.equal({
      quantity: 'δ',
      layer: 1,
      unit: 0,
      message: 'δ of unit 1 in layer 1 is too large for a number',
    });
  });

  it('an ordinary network has no problem', () => {
    for (const loss of ['mse', 'bce', 'ce'] as const) {
      const network = createNetwork({ sizes: [3, 4, 2], activation: 'relu', loss });
      const { cache, result } = pass(network, [0.5, -1, 2], [1, 0]);
      expect(findDenseProblem(cache, result), loss).to.equal(null);
    }
  });
});
