import { expect } from '@open-wc/testing';
import { DomainError, ExpressionGraph, gradients } from '../../src/core/index.js';

/**
 * u^v = e^(v ln u) has a slope in v only where u > 0. With a negative base and a power that
 * varies, ∂/∂v would need ln of a negative number: a domain problem, never a silent 0.
 */

const VARYING = 'a negative number raised to a power that varies has no slope in the power';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('pow with a negative base', () => {
  for (const [text, values] of [
    ['x^y', { x: -2, y: 2 }],
    ['x^y', { x: -2, y: -1 }],
    ['x^x', { x: -1 }],
    ['x^(y + 1)', { x: -3, y: 1 }],
    ['x^(2*y)', { x: -0.5, y: 1 }],
  ] as const) {
    it(`${text} at ${JSON.stringify(values)}: a domain problem at pow, not ∂/∂y = 0`, () => {
      const graph = new ExpressionGraph(text);
      graph.setValues(values);
      const problem = graph.findProblem();
      expect(problem?.node.op).to.equal('pow');
      expect(problem?.message).to.equal(VARYING);
      const error = thrown(() => gradients(text, values)) as DomainError;
      expect(error).to.be.instanceOf(DomainError);
      expect(error.op).to.equal('pow');
      expect(error.position).to.equal(1);
      expect(error.message).to.equal(VARYING);
    });
  }

  it('x^y at a fractional y keeps its own message', () => {
    const graph = new ExpressionGraph('x^y');
    graph.setValues({ x: -2, y: 0.5 });
    expect(graph.findProblem()?.message).to.equal('a negative number raised to a fractional power');
  });

  for (const [text, x, value, slope] of [
    ['x^2', -2, 4, -4],
    ['x^3', -2, -8, 12],
    ['x^-2', -2, 0.25, 0.25],
    ['x^(-3)', -1, -1, -3],
    ['x^(1+1)', -3, 9, -6],
    ['x^0', -5, 1, 0],
  ] as const) {
    it(`${text} at x = ${x} keeps working: value ${value}, slope ${slope}`, () => {
      expect(gradients(text, { x })).to.deep.equal({ value, grads: { x: slope } });
    });
  }

  it('a positive base with a varying power has the slope u^v ln u', () => {
    const { grads } = gradients('x^y', { x: 2, y: 3 });
    expect(grads.y).to.be.closeTo(8 * Math.LN2, 1e-12);
    expect(grads.x).to.equal(12);
  });
});
