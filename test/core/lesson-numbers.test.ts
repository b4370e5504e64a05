import { expect } from '@open-wc/testing';
import { apply, backward, constant, gradients, sigmoid, variable } from '../../src/core/index.js';

/** The numbers the lesson shows the reader, so a change to the core cannot silently alter them. */

describe('the lesson: chain rule as gear ratios', () => {
  it('gear ratios 2 and 3 give 6: d(3*(2*x))/dx = 6', () => {
    expect(gradients('3*(2*x)', { x: 1 }).grads.x).to.equal(6);
  });

  it('the overall ratio is the product of the ratios on the chain, whatever x is', () => {
    const x = variable('x', -4.5);
    const y = apply('mul', constant(2), x);
    const z = apply('mul', constant(3), y);
    backward(z);
    expect(y.localGrads[1], 'dy/dx').to.equal(2);
    expect(z.localGrads[1], 'dz/dy').to.equal(3);
    expect(y.grad, 'dz/dy via backward').to.equal(3);
    expect(x.grad, 'dz/dx = 3 * 2').to.equal(6);
  });
});

describe('the lesson: a sigmoid neuron with binary cross-entropy', () => {
  const neuron = 'bce(sigmoid(w*x+b), y)';

  it('at z = 0 (a = 0.5, y = 1) gives dL/dw = -1, dL/db = -0.5, dL/dx = -0.25 and L = ln 2', () => {
    const { value, grads } = gradients(neuron, { w: 0.5, x: 2, b: -1, y: 1 });
    expect(value).to.be.closeTo(Math.LN2, 1e-12);
    expect(grads.w).to.be.closeTo(-1, 1e-12);
    expect(grads.b).to.be.closeTo(-0.5, 1e-12);
    expect(grads.x).to.be.closeTo(-0.25, 1e-12);
  });

  for (const [w, x, b, y] of [
    [1.5, -0.7, 0.2, 0],
    [-2, 0.3, 1, 1],
    [0.8, 3, -0.5, 0],
  ]) {
    it(`dL/dw = (a - y)x, dL/db = a - y, dL/dx = (a - y)w at w=${w} x=${x} b=${b} y=${y}`, () => {
      const a = sigmoid(w * x + b);
      const { grads } = gradients(neuron, { w, x, b, y });
      expect(grads.w).to.be.closeTo((a - y) * x, 1e-12);
      expect(grads.b).to.be.closeTo(a - y, 1e-12);
      expect(grads.x).to.be.closeTo((a - y) * w, 1e-12);
    });
  }
});

describe('the lesson: local gradients read from node.localGrads', () => {
  it('multiply: d(uv)/du = v and d(uv)/dv = u', () => {
    expect(apply('mul', variable('u', 3), variable('v', -2)).localGrads).to.deep.equal([-2, 3]);
  });

  it('add: both local gradients are 1', () => {
    expect(apply('add', variable('u', 3), variable('v', -2)).localGrads).to.deep.equal([1, 1]);
  });

  it('relu: 1 if z > 0, else 0', () => {
    expect(apply('relu', variable('z', 2)).localGrads[0]).to.equal(1);
    expect(apply('relu', variable('z', -2)).localGrads[0]).to.equal(0);
    expect(apply('relu', variable('z', 0)).localGrads[0]).to.equal(0);
  });

  it('sigmoid: s(1 - s), which is 0.25 at z = 0', () => {
    expect(apply('sigmoid', variable('z', 0)).localGrads[0]).to.equal(0.25);
    const s = 1 / (1 + Math.exp(-1.3));
    expect(apply('sigmoid', variable('z', 1.3)).localGrads[0]).to.be.closeTo(s * (1 - s), 1e-15);
  });
});
