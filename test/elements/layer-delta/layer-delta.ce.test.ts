import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { loadTex } from '../../../src/internal/tex.js';
import { bringToFront } from '../../conformance/page-state.js';
import { stepAll } from './step-all.js';
import { $ } from '../../conformance/shadow.js';

// ---- an independent softmax cross-entropy network, written here from the definitions ----

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Forward pass: sigmoid hidden layers, softmax output; the loss −Σ y log a from the logits. */
function forward(weights: number[][][], biases: number[][], x: number[], y: number[]) {
  let input = x;
  const activations: number[][] = [];
  let logits: number[] = [];
  weights.forEach((matrix, l) => {
    const z = matrix.map((row, i) => row.reduce((sum, w, j) => sum + w * input[j], biases[l][i]));
    if (l === weights.length - 1) {
      logits = z;
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const total = e.reduce((a, b) => a + b, 0);
      input = e.map((v) => v / total);
    } else input = z.map(sigmoid);
    activations.push(input);
  });
  const top = Math.max(...logits);
  const logSum = top + Math.log(logits.reduce((sum, z) => sum + Math.exp(z - top), 0));
  const loss = y.reduce((sum, yi, i) => sum - yi * (logits[i] - logSum), 0);
  return { activations, loss };
}

/** dL/dW by central differences in float64. */
function numericGradients(weights: number[][][], biases: number[][], x: number[], y: number[]) {
  const h = 1e-6;
  return weights.map((matrix, l) =>
    matrix.map((row, i) =>
      row.map((_, j) => {
        const shifted = (by: number): number => {
          const copy = weights.map((m) => m.map((r) => [...r]));
          copy[l][i][j] += by;
          return forward(copy, biases, x, y).loss;
        };
        return (shifted(h) - shifted(-h)) / (2 * h);
      }),
    ),
  );
}

function expectClose(actual: unknown, expected: unknown, tolerance: number): void {
  const a = (actual as number[][]).flat(2) as number[];
  const e = (expected as number[][]).flat(2) as number[];
  expect(a.length).to.equal(e.length);
  a.forEach((value, i) => expect(value, `entry ${i}`).to.be.closeTo(e[i], tolerance));
}

beforeEach(bringToFront);

describe('<layer-delta loss="ce">: softmax with cross-entropy', () => {
  it('computes activations, the loss, δ = a − y and every weight gradient', async () => {
    for (const [sizes, y] of [
      ['2 3 3', '0 1 0'],
      ['3 4 2 4', '0.1 0.2 0.3 0.4'],
    ]) {
      const element = await fixture<LayerDelta>(
        html`<layer-delta
          sizes=${sizes}
          loss="ce"
          y=${y}
          x=${sizes.startsWith('3') ? '0.5 -1 2' : '0.5 -1'}
        ></layer-delta>`,
      );
      const x = element.x!;
      const target = y.split(' ').map(Number);
      const expected = forward(element.weights, element.biases, [...x], target);
      expectClose(element.activations, expected.activations, 1e-12);
      const output = expected.activations[expected.activations.length - 1];
      expectClose(
        element.deltas[element.deltas.length - 1],
        output.map((a, i) => a - target[i]),
        1e-12,
      );
      const numeric = numericGradients(element.weights, element.biases, [...x], target);
      expectClose(element.weightGradients, numeric, 1e-6);
      expect($(element, 'svg.diagram').getAttribute('aria-label')).to.contain(
        `Loss ${Number(expected.loss.toFixed(3))}`,
      );
      expect($(element, '[part~="error"]')).to.equal(null);
    }
  });

  it('steps the backward pass output first and says why the output δ is a − y', async () => {
    const element = await fixture<LayerDelta>(
      html`<layer-delta sizes="2 3 3" loss="ce" y="0 0 1"></layer-delta>`,
    );
    const steps: unknown[] = [];
    element.addEventListener('backward-step', (event) => steps.push(event.detail));
    await stepAll(element);
    expect(steps).to.deep.equal([
      { step: 1, total: 2, layer: 2 },
      { step: 2, total: 2, layer: 1 },
    ]);
    expect(element.announcement).to.contain('Hidden 1');
    $<HTMLButtonElement>(element, '.layer-picker button:last-child').click();
    await element.updateComplete;
    expect(element.announcement).to.contain('output layer selected');
    expect($(element, '.layer-panel').textContent).to.contain('J = diag(a) − a aᵀ');
  });

  it('shows the softmax Jacobian of the output layer when the reader selects it', async () => {
    await loadTex();
    const element = await fixture<LayerDelta>(
      html`<layer-delta sizes="2 3 3" loss="ce" y="1 0 0"></layer-delta>`,
    );
    const panel = $(element, '.layer-panel');
    await waitUntil(() => panel.querySelector('.jacobian .katex'), 'KaTeX output');
    const a = element.activations[1];
    const math = Array.from(panel.querySelectorAll('.jacobian annotation'))
      .map((node) => node.textContent)
      .join(' ');
    expect(math).to.contain('\\operatorname{diag}');
    // J[i][j] = a_i (δ_ij − a_j), computed here, at two significant digits as shown.
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        const entry = a[i] * ((i === j ? 1 : 0) - a[j]);
        expect(math).to.contain(Number(entry.toPrecision(2)).toString());
      }
    // No Jacobian for a hidden layer.
    $<HTMLButtonElement>(element, '.layer-picker button').click();
    await element.updateComplete;
    expect(panel.querySelector('.jacobian')).to.equal(null);
  });

  it('refuses a target that is not one-hot or a probability vector, with a note and an error', async () => {
    const element = await fixture<LayerDelta>(
      html`<layer-delta sizes="2 3 3" loss="ce"></layer-delta>`,
    );
    const before = element.deltas;
    const errors: Array<{ attribute: string; message: string }> = [];
    element.addEventListener('error', (event) => errors.push(event.detail));
    for (const [y, words] of [
      ['0.5 0.7 0', 'summing to 1'],
      ['1.5 -0.5 0', 'may be negative'],
    ]) {
      element.setAttribute('y', y);
      await element.updateComplete;
      expect(errors[errors.length - 1].attribute).to.equal('y');
      expect(errors[errors.length - 1].message).to.contain(words);
      expect($(element, '[part~="error"]').textContent).to.contain(words);
      expect(element.deltas, 'the last good target stays').to.deep.equal(before);
    }
    element.setAttribute('sizes', '2 3 1');
    element.removeAttribute('y');
    await element.updateComplete;
    expect($(element, '[part~="error"]').textContent).to.contain('at least two outputs');
    element.setAttribute('y', '0.25 0.75');
    element.setAttribute('sizes', '2 3 2');
    await element.updateComplete;
    expect($(element, '[part~="error"]')).to.equal(null);
    expect(element.y).to.deep.equal([0.25, 0.75]);
  });

  it('keeps a typed target a probability vector', async () => {
    const element = await fixture<LayerDelta>(
      html`<layer-delta sizes="2 3 3" loss="ce" y="0.2 0.3 0.5"></layer-delta>`,
    );
    const field = element.shadowRoot!.querySelectorAll<HTMLInputElement>('.vectors input')[2];
    field.value = '0.6';
    field.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const y = element.y!;
    expect(y[0]).to.equal(0.6);
    expect(y[1] / y[2]).to.be.closeTo(0.3 / 0.5, 1e-12);
    expect(y.reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-12);
    expect($(element, '[part~="error"]')).to.equal(null);
  });
});
