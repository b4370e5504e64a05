import { expect } from '@open-wc/testing';
import {
  checkTracedGradient,
  evaluateNeuron,
  gradientStep,
  lossCurve,
  lossOf,
  simplifiedGradient,
  TRACED,
  type NeuronInputs,
} from '../../../src/elements/neuron-backprop/neuron-math.js';
import {
  factorTex,
  productTex,
  simplifiedValueTex,
} from '../../../src/elements/neuron-backprop/neuron-tex.js';

/** The lesson's formulas written out naively: fine for moderate z, which is all these use. */
function naive({ x, w, b, y }: NeuronInputs) {
  const z = w * x + b;
  const a = 1 / (1 + Math.exp(-z));
  const loss = -(y * Math.log(a) + (1 - y) * Math.log(1 - a));
  const dLda = -(y / a) + (1 - y) / (1 - a);
  const dadz = a * (1 - a);
  return { z, a, loss, dLda, dadz, gw: (a - y) * x, gb: a - y, gx: (a - y) * w };
}

const SETTINGS: NeuronInputs[] = [
  { x: 1.5, w: 0.8, b: -0.4, y: 1 },
  { x: 2, w: -0.5, b: 0.3, y: 0 },
  { x: -1, w: 2, b: 0.5, y: 0.3 },
  { x: 0, w: 3, b: -2, y: 1 },
];

describe('neuron-backprop math', () => {
  for (const inputs of SETTINGS) {
    it(`matches the lesson's formulas at ${JSON.stringify(inputs)}`, () => {
      const expected = naive(inputs);
      const state = evaluateNeuron(inputs);
      expect(state.z).to.be.closeTo(expected.z, 1e-12);
      expect(state.a).to.be.closeTo(expected.a, 1e-12);
      expect(state.loss).to.be.closeTo(expected.loss, 1e-12);
      expect(state.dLda).to.be.closeTo(expected.dLda, 1e-9);
      expect(state.dadz).to.be.closeTo(expected.dadz, 1e-12);
      expect(state.gradients.w).to.be.closeTo(expected.gw, 1e-12);
      expect(state.gradients.b).to.be.closeTo(expected.gb, 1e-12);
      expect(state.gradients.x).to.be.closeTo(expected.gx, 1e-12);
    });
  }

  it('gives the simplified form equal to the product of the three factors for every wrt', () => {
    for (const inputs of SETTINGS) {
      const state = evaluateNeuron(inputs);
      for (const traced of TRACED) {
        const product = state.dLda * state.dadz * state.dz[traced];
        expect(simplifiedGradient(state, traced)).to.be.closeTo(product, 1e-12);
      }
    }
  });

  it('agrees with a central difference of the loss', () => {
    for (const inputs of SETTINGS) {
      const state = evaluateNeuron(inputs);
      for (const traced of TRACED) {
        const h = 1e-6;
        const numeric =
          (lossOf({ ...inputs, [traced]: inputs[traced] + h }) -
            lossOf({ ...inputs, [traced]: inputs[traced] - h })) /
          (2 * h);
        const check = checkTracedGradient(state, traced);
        expect(check.backprop).to.be.closeTo(numeric, 1e-6);
        expect(check.relativeError).to.be.below(1e-7);
      }
    }
  });

  it('stays finite and accurate when a rounds to 0 or 1', () => {
    // z = 42 with y = 0: a rounds to 1 in floating point, yet the loss is softplus(42) ≈ 42.
    const wrong = evaluateNeuron({ x: 6, w: 6, b: 6, y: 0 });
    expect(wrong.a).to.equal(1);
    expect(wrong.loss).to.be.closeTo(42, 1e-9);
    expect(wrong.gradients.w).to.be.closeTo(6, 1e-9); // (a − y)x = 1 · 6
    expect(Number.isFinite(wrong.dLda)).to.be.true;
    // z = −42 with y = 1: a ≈ e^−42, the loss ≈ 42 and ∂L/∂w = (a − 1)x ≈ −x.
    const alsoWrong = evaluateNeuron({ x: -6, w: 6, b: -6, y: 1 });
    expect(alsoWrong.loss).to.be.closeTo(42, 1e-9);
    expect(alsoWrong.gradients.w).to.be.closeTo(6, 1e-9);
    // Confidently right: a tiny loss, not zero, and a tiny gradient of the right sign.
    const right = evaluateNeuron({ x: 6, w: 6, b: 6, y: 1 });
    expect(right.loss).to.be.greaterThan(0).and.below(1e-17);
    expect(right.loss).to.be.closeTo(Math.exp(-42), 1e-30);
    expect(right.gradients.w).to.be.below(0).and.above(-1e-16);
    for (const state of [wrong, alsoWrong, right]) {
      for (const value of [state.z, state.a, state.loss, state.dLda, state.dadz]) {
        expect(Number.isFinite(value)).to.be.true;
      }
      for (const traced of TRACED) {
        expect(Number.isFinite(state.gradients[traced])).to.be.true;
        expect(checkTracedGradient(state, traced).relativeError).to.be.below(1e-6);
      }
    }
  });

  it('lowers the loss with a small gradient step on w and b, leaving x alone', () => {
    for (const inputs of SETTINGS) {
      const before = evaluateNeuron(inputs);
      const next = gradientStep(inputs, 0.1);
      expect(next.x).to.equal(inputs.x);
      expect(next.w).to.be.closeTo(inputs.w - 0.1 * before.gradients.w, 1e-12);
      expect(next.b).to.be.closeTo(inputs.b - 0.1 * before.gradients.b, 1e-12);
      expect(lossOf(next)).to.be.below(before.loss);
    }
  });

  it('plots the loss across the whole parameter range', () => {
    const inputs = SETTINGS[0];
    const curve = lossCurve(inputs, 'w', 13);
    expect(curve[0][0]).to.equal(-6);
    expect(curve[12][0]).to.equal(6);
    expect(curve[6][1]).to.be.closeTo(lossOf({ ...inputs, w: 0 }), 1e-12);
  });

  it('writes the factors, product and simplified form in TeX with their numbers', () => {
    const state = evaluateNeuron(SETTINGS[0]);
    const factors = factorTex(state, 'w');
    expect(factors.map((factor) => factor.value)).to.deep.equal([state.dLda, state.dadz, 1.5]);
    expect(factors[2].rule).to.contain('= x');
    expect(factorTex(state, 'b')[2].rule).to.contain('= 1');
    expect(factorTex(state, 'x')[2].rule).to.contain('= w');
    expect(productTex(state, 'w')).to.equal('(-1.449) \\cdot 0.214 \\cdot 1.5 = -0.465');
    expect(simplifiedValueTex(state, 'w')).to.equal('(0.69 - 1) \\cdot 1.5 = -0.465');
    expect(simplifiedValueTex(state, 'b')).to.equal('0.69 - 1 = -0.31');
  });
});
