import { expect } from '@open-wc/testing';
import {
  ACTIVATIONS,
  DomainError,
  ExpressionError,
  ExpressionGraph,
  apply,
  backwardPass,
  createNetwork,
  forwardPass,
  gradients,
  variable,
} from '../../src/core/index.js';

/**
 * Numerics where the textbook formulas lose their digits or hide a problem. Each expected
 * number comes from a second formula written here, one that is exact at that point.
 */

/** Relative error, for numbers far below 1 where an absolute tolerance says nothing. */
const relative = (actual: number, expected: number): number =>
  Math.abs(actual - expected) / Math.abs(expected);

/** σ'(z) = e^−|z| / (1 + e^−|z|)²: no subtraction, so exact in the tails. */
const sigmoidSlopeReference = (z: number): number => {
  const t = Math.exp(-Math.abs(z));
  return t / ((1 + t) * (1 + t));
};

/** tanh'(u) = 1 / cosh²(u). */
const tanhSlopeReference = (u: number): number => 1 / Math.cosh(u) ** 2;

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('sigmoid and tanh keep their slope in the tails', () => {
  for (const z of [-700, -100, -37, -20, -1.5, 0, 0.3, 2, 20, 37, 100, 700]) {
    it(`sigmoid'(${z}) as the op and as the dense activation`, () => {
      const expected = sigmoidSlopeReference(z);
      const op = apply('sigmoid', variable('z', z)).localGrads[0];
      const dense = ACTIVATIONS.sigmoid.df(z, ACTIVATIONS.sigmoid.f(z));
      expect(relative(op, expected), `op ${op} vs ${expected}`).to.be.below(1e-13);
      expect(relative(dense, expected), `dense ${dense} vs ${expected}`).to.be.below(1e-13);
    });
  }

  for (const u of [-300, -19.5, -5, -0.25, 0, 0.7, 3, 19.5, 25, 300]) {
    it(`tanh'(${u}) as the op and as the dense activation`, () => {
      const expected = tanhSlopeReference(u);
      const op = apply('tanh', variable('u', u)).localGrads[0];
      const dense = ACTIVATIONS.tanh.df(u, Math.tanh(u));
      expect(relative(op, expected), `op ${op} vs ${expected}`).to.be.below(1e-13);
      expect(relative(dense, expected), `dense ${dense} vs ${expected}`).to.be.below(1e-13);
    });
  }

  it("sigmoid'(37) is about 8.5e-17 and tanh'(19.5) about 4.62e-17, not 0", () => {
    expect(apply('sigmoid', variable('z', 37)).localGrads[0]).to.be.within(8.5e-17, 8.6e-17);
    expect(apply('tanh', variable('u', 19.5)).localGrads[0]).to.be.within(4.61e-17, 4.63e-17);
  });
});

describe('dense output δ with sigmoid and bce, from the logit', () => {
  /** A 1-1-1 network whose output logit is exactly `z` (output weight 0, bias z). */
  function saturated(z: number, y: number) {
    const network = createNetwork({ sizes: [1, 1, 1], activation: 'sigmoid', loss: 'bce' });
    network.weights[1][0][0] = 0;
    network.biases[1][0] = z;
    const cache = forwardPass(network, [0.5]);
    return backwardPass(network, cache, [y]);
  }

  it('z = 40, y = 1 gives δ = −σ(−40) ≈ −4.25e−18, not 0', () => {
    const expected = -Math.exp(-40) / (1 + Math.exp(-40));
    const { deltas, loss } = saturated(40, 1);
    expect(relative(deltas[1][0], expected)).to.be.below(1e-13);
    expect(deltas[1][0]).to.be.within(-4.26e-18, -4.24e-18);
    expect(relative(loss, Math.log1p(Math.exp(-40)))).to.be.below(1e-13);
  });

  it('z = −40, y = 0 gives δ = σ(−40); z = 40, y = 0 gives δ = σ(40) ≈ 1', () => {
    expect(
      relative(saturated(-40, 0).deltas[1][0], Math.exp(-40) / (1 + Math.exp(-40))),
    ).to.be.below(1e-13);
    expect(saturated(40, 0).deltas[1][0]).to.be.closeTo(1, 1e-15);
  });
});

describe('an infinite slope at 0 is reported the same way for sqrt(x) and x^0.5', () => {
  for (const [text, op] of [
    ['sqrt(x)', 'sqrt'],
    ['x^0.5', 'pow'],
    ['x^0.25', 'pow'],
  ] as const) {
    it(`${text} at x = 0: local gradient Infinity and a domain problem naming ${op}`, () => {
      const graph = new ExpressionGraph(text);
      graph.setValues({ x: 0 });
      expect(graph.output.localGrads[0]).to.equal(Infinity);
      const problem = graph.findProblem();
      expect(problem?.node).to.equal(graph.output);
      expect(problem?.message).to.match(new RegExp(`^${op} has an infinite slope at 0`));
    });
  }

  it('x^1.5 and x^2 at 0 have a finite slope of 0 and no problem', () => {
    for (const text of ['x^1.5', 'x^2']) {
      const graph = new ExpressionGraph(text);
      graph.setValues({ x: 0 });
      expect(graph.findProblem(), text).to.equal(null);
      expect(graph.output.localGrads[0], text).to.equal(0);
    }
  });

  it('sqrt just above 0 has no problem and the slope 1 / (2 sqrt(x))', () => {
    const node = apply('sqrt', variable('x', 1e-300));
    expect(relative(node.localGrads[0], 0.5e150)).to.be.below(1e-13);
  });
});

describe('bce refuses a probability outside [0, 1]', () => {
  for (const p of [-0.1, 1.5, 1 + Number.EPSILON, -Number.MIN_VALUE]) {
    it(`bce(${p}, 1) is a domain problem naming bce`, () => {
      const graph = new ExpressionGraph('bce(p, y)');
      graph.setValues({ p, y: 1 });
      expect(graph.findProblem()?.message).to.equal('bce needs a probability p between 0 and 1');
    });
  }

  it('p = 0 and p = 1 stay allowed with a finite loss', () => {
    for (const p of [0, 1]) {
      const { value } = gradients('bce(p, y)', { p, y: 1 - p });
      expect(Number.isFinite(value), `bce(${p}, ${1 - p})`).to.equal(true);
    }
  });
});

describe('gradients() refuses what is not a finite number', () => {
  for (const [given, shown] of [
    ['2', 'the text "2"'],
    [Number.NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [null, 'null'],
    [undefined, 'a value of type undefined'],
  ] as const) {
    it(`x = ${String(given)} throws an ExpressionError naming x`, () => {
      const values = { w: 1, x: given } as unknown as Record<string, number>;
      const error = thrown(() => gradients('w + x*w', values));
      expect(error).to.be.instanceOf(ExpressionError);
      expect(error).not.to.be.instanceOf(DomainError);
      expect((error as ExpressionError).message).to.equal(
        `the value of 'x' must be a finite number, not ${shown}`,
      );
      expect((error as ExpressionError).position).to.equal(4);
    });
  }
});

describe('gradients() reports a domain problem instead of NaN', () => {
  const cases: Array<{
    text: string;
    values: Record<string, number>;
    op: string;
    position: number;
    message: string;
  }> = [
    {
      text: 'log(x)',
      values: { x: -1 },
      op: 'log',
      position: 0,
      message: 'log needs a positive input',
    },
    {
      text: '1 + x / y',
      values: { x: 1, y: 0 },
      op: 'div',
      position: 6,
      message: 'division by zero',
    },
    {
      text: '2 * sqrt(x)',
      values: { x: 0 },
      op: 'sqrt',
      position: 4,
      message: 'sqrt has an infinite slope at 0',
    },
    {
      text: 'exp(x)',
      values: { x: 710 },
      op: 'exp',
      position: 0,
      message: 'exp gives a result too large for a number',
    },
    {
      text: 'bce(p, 1)',
      values: { p: 2 },
      op: 'bce',
      position: 0,
      message: 'bce needs a probability p between 0 and 1',
    },
  ];
  for (const { text, values, op, position, message } of cases) {
    it(`${text} at ${JSON.stringify(values)} throws DomainError from ${op}`, () => {
      const error = thrown(() => gradients(text, values)) as DomainError;
      expect(error).to.be.instanceOf(DomainError);
      expect(error).to.be.instanceOf(ExpressionError);
      expect(error.name).to.equal('DomainError');
      expect(error.message).to.equal(message);
      expect(error.op).to.equal(op);
      expect(error.node.op).to.equal(op);
      expect(error.position).to.equal(position);
    });
  }

  it('a gradient that overflows while every value stays finite names the variable', () => {
    // Each multiply has a local gradient of 1e200; their product is beyond the largest float.
    const error = thrown(() => gradients('x * 1e200 * 1e200', { x: 1e-300 })) as DomainError;
    expect(error).to.be.instanceOf(DomainError);
    expect(error.message).to.equal("the gradient of 'x' is too large for a number");
    expect(error.op).to.equal('var');
    expect(error.position).to.equal(0);
  });
});
