import { expect } from '@open-wc/testing';
import { gradients } from '../../src/core/index.js';

describe('gradients()', () => {
  it('gives the value and every gradient of a sigmoid neuron', () => {
    const { value, grads } = gradients('sigmoid(w*x + b)', { w: -1, x: 2, b: 0.5 });
    const a = 1 / (1 + Math.exp(1.5));
    expect(value).to.be.closeTo(a, 1e-12);
    expect(grads.w).to.be.closeTo(a * (1 - a) * 2, 1e-12);
    expect(grads.x).to.be.closeTo(a * (1 - a) * -1, 1e-12);
    expect(grads.b).to.be.closeTo(a * (1 - a), 1e-12);
  });
});
