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

describe('bce_logits: cross-entropy computed from the logit', () => {
  const neuron = (values: Record<string, number>) => ({
    fused: gradients('bce_logits(w*x + b, y)', values),
    chained: gradients('bce(sigmoid(w*x + b), y)', values),
  });

  it('agrees with bce(sigmoid(z), y) where sigmoid has room', () => {
    const { fused, chained } = neuron({ w: 0.8, x: 1.5, b: -0.4, y: 1 });
    expect(fused.value).to.be.closeTo(chained.value, 1e-12);
    for (const name of ['w', 'x', 'b', 'y']) {
      expect(fused.grads[name], name).to.be.closeTo(chained.grads[name], 1e-12);
    }
  });

  it('keeps the loss and gradient of a confident wrong answer where the chain loses them', () => {
    // z = 40 with label 0: the loss is about 40 and dL/dw = (sigmoid(z) - y) x = x = 2.
    const { fused, chained } = neuron({ w: 20, x: 2, b: 0, y: 0 });
    expect(fused.value).to.be.closeTo(40, 1e-9);
    expect(fused.grads.w).to.be.closeTo(2, 1e-12);
    expect(fused.grads.b).to.be.closeTo(1, 1e-12);
    expect(chained.grads.w, 'the chained form has lost it').to.be.below(0.5);
  });

  it('keeps the tiny gradient of a confident right answer', () => {
    const { fused } = neuron({ w: 20, x: 2, b: 0, y: 1 });
    expect(fused.value / Math.exp(-40)).to.be.closeTo(1, 1e-9);
    expect(-fused.grads.b / Math.exp(-40)).to.be.closeTo(1, 1e-9);
  });
});
