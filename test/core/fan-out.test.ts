import { expect } from '@open-wc/testing';
import { ExpressionGraph, apply, backward, gradients, variable } from '../../src/core/index.js';

/** A node used more than once must receive the sum of the gradients from all its uses. */

describe('fan-out: a node used several times', () => {
  it('x*x has gradient 2x', () => {
    for (const x of [-3, 0.5, 7]) expect(gradients('x*x', { x }).grads.x).to.equal(2 * x);
  });

  it('x*x + x has gradient 2x + 1', () => {
    for (const x of [-3, 0.5, 7]) expect(gradients('x*x + x', { x }).grads.x).to.equal(2 * x + 1);
  });

  it('(a+a)+(a+a) has gradient 4', () => {
    expect(gradients('(a+a)+(a+a)', { a: 1.7 }).grads.a).to.equal(4);
  });

  it('b = a + a; c = b + b (b itself reused) gives dc/da = 4 and dc/db = 2', () => {
    const a = variable('a', 1.7);
    const b = apply('add', a, a);
    const c = apply('add', b, b);
    const steps = backward(c);
    expect(a.grad).to.equal(4);
    expect(b.grad).to.equal(2);
    expect(c.value).to.be.closeTo(4 * 1.7, 1e-15);
    // One step per op node, even though b feeds c twice.
    expect(steps.map((step) => step.node)).to.have.ordered.members([c, b]);
  });

  it('running backward twice on an ExpressionGraph gives the same gradients (no double counting)', () => {
    const graph = new ExpressionGraph('x*x*y + sin(x*y) + y');
    graph.setValues({ x: 1.25, y: -0.5 });
    graph.backward();
    const first = graph.gradients();
    graph.backward();
    expect(graph.gradients()).to.deep.equal(first);
    expect(first.x).to.be.closeTo(2 * 1.25 * -0.5 + -0.5 * Math.cos(-0.625), 1e-14);
  });
});
