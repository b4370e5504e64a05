import { expect } from '@open-wc/testing';
import {
  activationSlopes,
  backwardPass,
  centralDifference,
  createNetwork,
  forwardPass,
  lossValue,
  outputActivation,
  relativeError,
  seededRandom,
  softmax,
  softmaxJacobian,
  trainStep,
  validateTarget,
  type DenseNetwork,
} from '../../src/core/index.js';

/**
 * Softmax with categorical cross-entropy ('ce'), checked against computations written here:
 * the textbook softmax and loss (fine for moderate logits), central differences, and the
 * Jacobian product that δ = a − y collapses from.
 */

/** e^z_i / Σ e^z_j exactly as written, for moderate z. */
const textbookSoftmax = (z: readonly number[]): number[] => {
  const e = z.map(Math.exp);
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
};

/** −Σ y_i ln softmax(z)_i as written. */
const textbookLoss = (z: readonly number[], y: readonly number[]): number =>
  -textbookSoftmax(z).reduce((s, a, i) => s + y[i] * Math.log(a), 0);

const LOGITS = [
  [0.3, -1.2, 2],
  [0, 0, 0, 0],
  [5, -3],
  [-0.7, 1.1, 0.4, 2.5, -2],
];

describe('softmax and its Jacobian', () => {
  for (const z of LOGITS) {
    it(`softmax(${z.join(', ')}) matches the textbook formula and sums to 1`, () => {
      const a = softmax(z);
      textbookSoftmax(z).forEach((expected, i) => expect(a[i]).to.be.closeTo(expected, 1e-15));
      expect(a.reduce((s, v) => s + v, 0)).to.be.closeTo(1, 1e-15);
    });

    it(`softmaxJacobian at z = (${z.join(', ')}) matches central differences of softmax`, () => {
      const jacobian = softmaxJacobian(softmax(z));
      for (let j = 0; j < z.length; j++) {
        for (let i = 0; i < z.length; i++) {
          const numeric = centralDifference((t) => {
            const moved = [...z];
            moved[j] = t;
            return textbookSoftmax(moved)[i];
          }, z[j]);
          expect(
            relativeError(jacobian[i][j], numeric),
            `∂a${i}/∂z${j}: ${jacobian[i][j]} vs ${numeric}`,
          ).to.be.below(1e-8);
        }
      }
    });
  }

  it('stays finite at logits far beyond exp’s range', () => {
    const a = softmax([1000, 0, -1000]);
    expect(a).to.deep.equal([1, 0, 0]);
  });
});

/** A network whose output logits are exactly `logits` (output weights 0, biases the logits). */
function networkWithLogits(logits: readonly number[]): DenseNetwork {
  const network = createNetwork({ sizes: [2, 3, logits.length], loss: 'ce', seed: 5 });
  network.weights[1].forEach((row) => row.fill(0));
  network.biases[1] = [...logits];
  return network;
}

describe("dense loss 'ce': softmax outputs, loss and δ", () => {
  it('the output layer is a softmax', () => {
    const network = createNetwork({ sizes: [2, 3, 3], activation: 'tanh', loss: 'ce' });
    expect(outputActivation(network)).to.equal('softmax');
    const cache = forwardPass(network, [0.4, -0.9]);
    const z = cache.z[1];
    cache.a[1].forEach((a, i) => expect(a).to.be.closeTo(textbookSoftmax(z)[i], 1e-15));
  });

  for (const [z, y] of [
    [
      [0.3, -1.2, 2],
      [0, 1, 0],
    ],
    [
      [-0.7, 1.1, 0.4, 2.5],
      [0.1, 0.2, 0.3, 0.4],
    ],
  ]) {
    it(`loss = ln Σ e^z − Σ y z and δ = a − y = Jᵀ ∂L/∂a at z = (${z.join(', ')})`, () => {
      const network = networkWithLogits(z);
      const cache = forwardPass(network, [0.2, 0.6]);
      const { loss, deltas } = backwardPass(network, cache, y);
      const logSumExp = Math.log(z.reduce((s, v) => s + Math.exp(v), 0));
      expect(loss).to.be.closeTo(logSumExp - z.reduce((s, v, i) => s + y[i] * v, 0), 1e-14);
      expect(loss).to.be.closeTo(textbookLoss(z, y), 1e-14);

      // The chain rule done in full: J[i][j] = a_i(δ_ij − a_j), ∂L/∂a_i = −y_i / a_i.
      const a = textbookSoftmax(z);
      const dLda = a.map((ai, i) => -y[i] / ai);
      const viaJacobian = a.map((_, j) =>
        a.reduce((s, ai, i) => s + ai * ((i === j ? 1 : 0) - a[j]) * dLda[i], 0),
      );
      const delta = deltas[deltas.length - 1];
      delta.forEach((d, j) => {
        expect(d, `δ${j} vs Jᵀ∂L/∂a`).to.be.closeTo(viaJacobian[j], 1e-14);
        expect(d, `δ${j} vs a − y`).to.be.closeTo(a[j] - y[j], 1e-15);
      });
    });
  }

  it('every weight and bias gradient matches central differences of the loss', () => {
    const network = createNetwork({ sizes: [3, 4, 3], activation: 'tanh', loss: 'ce', seed: 9 });
    const random = seededRandom(10);
    network.biases.forEach((layer) => layer.forEach((_, i) => (layer[i] = random() - 0.5)));
    const input = [0.5, -1, 0.25];
    const target = [0.2, 0.5, 0.3];
    const result = backwardPass(network, forwardPass(network, input), target);
    const lossAt = (): number => lossValue(network, forwardPass(network, input), target);
    const parameters = [
      ...network.weights.flatMap((m, l) =>
        m.flatMap((row, i) =>
          row.map((_, j) => ({ row, j, grad: result.weightGradients[l][i][j] })),
        ),
      ),
      ...network.biases.flatMap((row, l) =>
        row.map((_, j) => ({ row, j, grad: result.biasGradients[l][j] })),
      ),
    ];
    for (const { row, j, grad } of parameters) {
      const original = row[j];
      const numeric = centralDifference((t) => {
        row[j] = t;
        return lossAt();
      }, original);
      row[j] = original;
      expect(relativeError(grad, numeric), `${grad} vs ${numeric}`).to.be.below(1e-8);
    }
    expect(parameters.filter(({ grad }) => Math.abs(grad) > 1e-6).length).to.be.above(20);
  });

  it('a confident right answer keeps its tiny loss and δ: z = (40, 0, 0), y = (1, 0, 0)', () => {
    const network = networkWithLogits([40, 0, 0]);
    const { loss, deltas } = backwardPass(network, forwardPass(network, [0, 0]), [1, 0, 0]);
    const small = Math.exp(-40);
    // Exact: L = ln(1 + 2e^−40), δ = a − y = (−2e^−40, e^−40, e^−40) / (1 + 2e^−40).
    expect(relativeError(loss / small, Math.log1p(2 * small) / small)).to.be.below(1e-12);
    const expected = [-2 * small, small, small].map((v) => v / (1 + 2 * small));
    deltas[1].forEach((d, i) =>
      expect(Math.abs(d - expected[i]) / small, `δ${i} = ${d}`).to.be.below(1e-12),
    );
  });

  it('logits beyond exp’s range give a finite loss and δ', () => {
    const network = networkWithLogits([1000, -1000, 0]);
    const cache = forwardPass(network, [0, 0]);
    const { loss, deltas } = backwardPass(network, cache, [0, 1, 0]);
    expect(loss).to.equal(2000);
    expect(deltas[1]).to.deep.equal([1, -1, 0]);
  });

  it("activationSlopes gives the Jacobian's diagonal for the softmax layer", () => {
    const network = networkWithLogits([0.3, -1.2, 2]);
    const cache = forwardPass(network, [0.2, 0.6]);
    const slopes = activationSlopes(network, cache);
    const a = textbookSoftmax([0.3, -1.2, 2]);
    slopes[1].forEach((s, i) => expect(s).to.be.closeTo(a[i] * (1 - a[i]), 1e-15));
  });

  it('training on one example lowers the loss', () => {
    const network = createNetwork({ sizes: [2, 4, 3], loss: 'ce', seed: 2 });
    const first = trainStep(network, [1, -0.5], [0, 0, 1], 0.5);
    let last = first;
    for (let k = 0; k < 50; k++) last = trainStep(network, [1, -0.5], [0, 0, 1], 0.5);
    expect(last).to.be.below(first / 2);
  });
});

describe('validateTarget', () => {
  const accepted: Array<[Parameters<typeof validateTarget>[0], number[]]> = [
    ['ce', [0, 1, 0]],
    ['ce', [0.25, 0.25, 0.5]],
    ['ce', [0.1, 0.2, 0.7]], // sums to 0.9999999999999999 in floats
    ['bce', [0, 1, 0.5]],
    ['mse', [-3, 7.5]],
  ];
  for (const [loss, target] of accepted) {
    it(`accepts ${loss} target (${target.join(', ')})`, () => {
      expect(validateTarget(loss, target)).to.equal(null);
    });
  }

  const refused: Array<[Parameters<typeof validateTarget>[0], number[], string]> = [
    [
      'ce',
      [0.5, 0.6],
      'with ce the target must be one-hot or a probability vector summing to 1, not 1.1',
    ],
    [
      'ce',
      [1, 1, 0],
      'with ce the target must be one-hot or a probability vector summing to 1, not 2',
    ],
    ['ce', [1.5, -0.5], 'with ce no target entry may be negative'],
    ['ce', [1], 'ce needs at least two outputs: a softmax over one is always 1'],
    ['ce', [0.5, Number.NaN], 'every target entry must be a finite number'],
    ['bce', [0, 2], 'with bce every target entry must be between 0 and 1'],
    ['mse', [Infinity], 'every target entry must be a finite number'],
  ];
  for (const [loss, target, message] of refused) {
    it(`refuses ${loss} target (${target.join(', ')})`, () => {
      expect(validateTarget(loss, target)).to.equal(message);
    });
  }

  it('with an output count, refuses a target of another length', () => {
    expect(validateTarget('ce', [0, 1], 3)).to.equal(
      'the target needs 3 entries, one per output, not 2',
    );
    expect(validateTarget('ce', [0, 0, 1], 3)).to.equal(null);
  });
});
