import { expect } from '@open-wc/testing';
import {
  LIMITS,
  apply,
  backward,
  constant,
  forward,
  gradients,
  topologicalOrder,
  variable,
  type GradNode,
} from '../../src/core/index.js';

/**
 * Deep graphs: the parser's own limit, and graphs built in code far deeper than any call stack,
 * which topologicalOrder and backward must walk without recursion.
 */

describe('deep graphs', () => {
  it(`an expression nested LIMITS.maxDepth (${LIMITS.maxDepth}) calls deep parses and differentiates`, () => {
    const depth = LIMITS.maxDepth;
    const text = `${'sin('.repeat(depth)}x${')'.repeat(depth)}`;
    let value = 0.9;
    let slope = 1;
    for (let i = 0; i < depth; i++) {
      slope *= Math.cos(value); // chain rule: d sin(u)/dx = cos(u) du/dx
      value = Math.sin(value);
    }
    const result = gradients(text, { x: 0.9 });
    expect(result.value).to.be.closeTo(value, 1e-14);
    expect(result.grads.x).to.be.closeTo(slope, 1e-14);
  });

  it('parentheses nested LIMITS.maxDepth deep are transparent', () => {
    const depth = LIMITS.maxDepth;
    const text = `${'('.repeat(depth)}x${')'.repeat(depth)}`;
    expect(gradients(text, { x: 3 })).to.deep.equal({ value: 3, grads: { x: 1 } });
  });

  function chain(length: number, step: (previous: GradNode) => GradNode): GradNode {
    let node = variable('x', 0.5);
    for (let i = 0; i < length; i++) node = step(node);
    return node;
  }

  it('a chain of 10,000 add nodes runs topologicalOrder, forward and backward', () => {
    const x = variable('x', 0.5);
    let output: GradNode = x;
    for (let i = 0; i < 10_000; i++) output = apply('add', output, constant(1));
    const order = topologicalOrder(output);
    expect(order).to.have.length(1 + 2 * 10_000);
    expect(order[0]).to.equal(x);
    expect(order[order.length - 1]).to.equal(output);
    x.value = 2;
    forward(order);
    expect(output.value).to.equal(10_002);
    const steps = backward(output, order);
    expect(steps).to.have.length(10_000);
    expect(x.grad).to.equal(1);
  });

  it('a chain of 10,000 sin nodes gives the product of the cosines', () => {
    const output = chain(10_000, (previous) => apply('sin', previous));
    const order = topologicalOrder(output);
    backward(output, order);
    let slope = 1;
    for (const node of order.slice(1)) slope *= Math.cos(node.inputs[0].value);
    expect(order[0].grad).to.be.closeTo(slope, Math.abs(slope) * 1e-12);
    expect(order[0].grad).to.be.above(0);
  });

  it('a chain of 200,000 nodes (deeper than any JS call stack) still works', () => {
    const output = chain(200_000, (previous) => apply('neg', previous));
    const order = topologicalOrder(output);
    expect(order).to.have.length(200_001);
    backward(output, order);
    expect(order[0].grad).to.equal(1); // an even number of sign flips
    expect(output.value).to.equal(0.5);
  });
});
