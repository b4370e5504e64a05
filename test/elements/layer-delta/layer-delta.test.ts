import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type {} from '../../../src/elements/layer-delta/layer-delta.js';
import { countOps } from '../../../src/core/index.js';
import { formatNumber } from '../../../src/internal/format.js';
import { loadTex } from '../../../src/internal/tex.js';
import { findNonFinite, screenText, visibleText } from '../../conformance/screen.js';
import { bringToFront } from '../../conformance/page-state.js';
import { scalarNetwork } from './scalar-network.js';
import { stepAll } from './step-all.js';
import {
  expectClose,
  mount,
  record,
  root,
  shortSigned,
  stepButton,
  type Attributes,
} from './layer-page.js';

beforeEach(bringToFront);

describe('<layer-delta>', () => {
  describe('deltas and weight gradients agree with the scalar autodiff graph', () => {
    const cases: Array<
      Attributes & { sizes: string; activation: 'sigmoid' | 'tanh' | 'relu'; loss: 'bce' | 'mse' }
    > = [
      { sizes: '2 3 1', activation: 'sigmoid', loss: 'bce' },
      { sizes: '3 4 2', activation: 'tanh', loss: 'mse', x: '1 -0.5 0.25', y: '0.3 -0.7' },
      { sizes: '2 5 3 2', activation: 'relu', loss: 'mse', seed: '11' },
      { sizes: '4 3 3 1', activation: 'tanh', loss: 'bce', seed: '5', y: '0' },
      { sizes: '1 2 1', activation: 'relu', loss: 'bce', x: '2', seed: '3' },
      { sizes: '3 6 5 4 2', activation: 'sigmoid', loss: 'mse', seed: '9' },
    ];
    for (const testCase of cases) {
      it(`sizes ${testCase.sizes}, ${testCase.activation}, ${testCase.loss}`, async () => {
        const element = await mount(testCase);
        const sizes = testCase.sizes.split(' ').map(Number);
        const x = testCase.x?.split(' ').map(Number) ?? [0.5, -1, 0.8, -0.3].slice(0, sizes[0]);
        const y = testCase.y?.split(' ').map(Number) ?? [1, 0].slice(0, sizes[sizes.length - 1]);
        const scalar = scalarNetwork({
          weights: element.weights,
          biases: element.biases,
          x,
          y,
          activation: testCase.activation,
          loss: testCase.loss,
        });
        expectClose(element.activations, scalar.activations);
        expectClose(element.deltas, scalar.deltas);
        expectClose(element.weightGradients, scalar.weightGradients);
        expect(element.deltas.map((d) => d!.length)).to.deep.equal(sizes.slice(1));
        expect(screenText(element)).to.contain(`Loss ${formatNumber(scalar.loss)}`);
        expect(findNonFinite(element)).to.equal(null);
      });
    }
  });

  it('counts multiply-adds with the forward, reuse and naive formulas', async () => {
    for (const sizes of [
      [2, 3, 1],
      [4, 16, 16, 2],
      [3, 5, 4, 6, 2],
    ]) {
      const element = await mount({ sizes: sizes.join(' ') });
      const products = sizes.slice(1).map((n, l) => n * sizes[l]);
      const forward = products.reduce((a, b) => a + b, 0);
      const backward = 2 * forward - products[0];
      const naive = products.reduce(
        (sum, p, l) => sum + p * (1 + products.slice(l + 1).reduce((a, b) => a + b, 0)),
        0,
      );
      expect(element.opCounts).to.deep.equal({ forward, backward, naive });
      const table = root(element).querySelector('.counts')!.textContent!.replace(/\s+/g, ' ');
      expect(table).to.contain(`forward ${forward.toLocaleString('en-US')}`);
      expect(table).to.contain(naive.toLocaleString('en-US'));
      expect(backward).to.be.at.most(2 * forward);
    }
  });

  it('steps backward one layer at a time, output first, with events in order', async () => {
    const element = await mount({ sizes: '2 3 2 1' });
    const events = record(element, 'backward-step', 'layer-select', 'input', 'change');
    const deltas = element.deltas as number[][];
    // Before any step no delta is on screen.
    expect(root(element).querySelectorAll('.delta').length).to.equal(0);
    await stepAll(element);
    expect(events.map((e) => e.type)).to.deep.equal([
      'backward-step',
      'backward-step',
      'backward-step',
    ]);
    expect(events.map((e) => e.detail)).to.deep.equal([
      { step: 1, total: 3, layer: 3 },
      { step: 2, total: 3, layer: 2 },
      { step: 3, total: 3, layer: 1 },
    ]);
    const shown = Array.from(root(element).querySelectorAll('.delta')).map((t) => t.textContent);
    const expected = [...deltas[0], ...deltas[1], ...deltas[2]].map((d) => `δ ${shortSigned(d)}`);
    expect(shown).to.deep.equal(expected);
    expect(stepButton(element).disabled).to.be.true;
    expect(element.announcement).to.contain('Hidden 1');
    expect(element.announcement).to.contain('W2 transposed');
  });

  it('shows each delta only once the backward pass reaches its layer', async () => {
    const element = await mount();
    stepButton(element).click();
    await element.updateComplete;
    const [hidden, output] = element.deltas as number[][];
    expect(visibleText(element)).to.contain(`δ ${shortSigned(output[0])}`);
    expect(root(element).querySelectorAll('.delta').length).to.equal(1);
    expect(element.announcement).to.contain('Output layer');
    stepButton(element).click();
    await element.updateComplete;
    expect(root(element).querySelectorAll('.delta').length).to.equal(4);
    expect(visibleText(element)).to.contain(`δ ${shortSigned(hidden[2])}`);
    const reset = root(element).querySelector<HTMLButtonElement>('button.reset')!;
    reset.click();
    await element.updateComplete;
    expect(root(element).querySelectorAll('.delta').length).to.equal(0);
  });

  it('typesets the selected layer with W transposed boxed and the live numbers', async () => {
    await loadTex();
    const element = await mount();
    await stepAll(element);
    await element.updateComplete;
    const panel = root(element).querySelector('.layer-panel')!;
    await waitUntil(() => panel.querySelector('.katex'), 'KaTeX output');
    expect(panel.querySelector('h3')!.textContent).to.contain('hidden 1');
    expect(panel.querySelector('.fbox'), 'W^T is boxed').to.exist;
    const mathText = Array.from(panel.querySelectorAll('annotation'))
      .map((a) => a.textContent)
      .join(' ');
    const delta = element.deltas[0]!;
    for (const value of delta) expect(mathText).to.contain(Number(value.toPrecision(2)).toString());
    expect(mathText).to.contain('\\odot');
  });

  it('shows shapes instead of numbers for a large layer, and a unit table', async () => {
    const element = await mount({ sizes: '4 16 16 16 16 2', activation: 'relu', loss: 'mse' });
    await stepAll(element);
    const panel = root(element).querySelector('.layer-panel')!;
    const annotations = Array.from(panel.querySelectorAll('annotation, .tex'))
      .map((a) => a.textContent)
      .join(' ');
    expect(annotations).to.match(/16\s*\\times\s*16|16×16/);
    expect(panel.querySelectorAll('.unit-table tbody tr').length).to.equal(16);
    // Numbers leave the dense diagram; focusing a unit reads them out instead.
    expect(root(element).querySelectorAll('svg.diagram .value').length).to.equal(0);
    const unit = root(element).querySelector<SVGElement>('[data-unit="2 3"]')!;
    unit.focus();
    await element.updateComplete;
    const a = element.activations[1][3];
    expect(root(element).querySelector('.readout')!.textContent).to.contain(
      `a = ${formatNumber(a)}`,
    );
    expect(findNonFinite(element)).to.equal(null);
  });

  it('selects a layer from the picker and fires layer-select', async () => {
    const element = await mount({ sizes: '2 3 3 1' });
    const events = record(element, 'layer-select');
    const buttons = root(element).querySelectorAll<HTMLButtonElement>('.layer-picker button');
    expect(Array.from(buttons).map((b) => b.textContent!.trim())).to.deep.equal([
      'hidden 1',
      'hidden 2',
      'output',
    ]);
    buttons[1].click();
    await element.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([{ layer: 2 }]);
    expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
    expect(root(element).querySelector('.layer-panel h3')!.textContent).to.contain('hidden 2');
    expect(visibleText(element)).to.contain('not computed yet');
  });

  it('moves between units with arrow keys and selects a layer with Enter', async () => {
    const element = await mount();
    const events = record(element, 'layer-select');
    const first = root(element).querySelector<SVGElement>('[data-unit="1 0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('data-unit')).to.equal('1 1');
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('data-unit')).to.equal('0 1');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('data-unit')).to.equal('1 1');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(events.map((e) => e.detail)).to.deep.equal([{ layer: 1 }]);
    const focused = root(element).activeElement!;
    expect(focused.getAttribute('tabindex')).to.equal('0');
    expect(focused.getAttribute('aria-label')).to.contain('hidden 1 unit 2');
  });

  it('takes weights and biases from code without firing reader events', async () => {
    const element = await mount({ sizes: '2 2 1', loss: 'mse' });
    const events = record(element, 'input', 'change', 'backward-step', 'layer-select', 'error');
    const weights = [
      [
        [1, -2],
        [0.5, 0.25],
      ],
      [[2, -1]],
    ];
    const biases = [[0.1, -0.1], [0.3]];
    element.weights = weights;
    element.biases = biases;
    await element.updateComplete;
    expect(element.weights).to.deep.equal(weights);
    expect(element.biases).to.deep.equal(biases);
    const expected = scalarNetwork({
      weights,
      biases,
      x: [0.5, -1],
      y: [1],
      activation: 'sigmoid',
      loss: 'mse',
    });
    expectClose(element.activations, expected.activations);
    expectClose(element.deltas, expected.deltas);
    // A reader's copy cannot change the element behind its back.
    element.weights[0][0][0] = 99;
    expect(element.weights[0][0][0]).to.equal(1);
    element.setAttribute('x', '1 1');
    element.setAttribute('sizes', '2 3 1');
    await element.updateComplete;
    expect(events).to.deep.equal([]);
  });

  it('refuses weights of the wrong shape and keeps the last good ones', async () => {
    const element = await mount();
    const before = element.weights;
    const errors = record(element, 'error');
    element.weights = [[[1, 2]], [[1]]];
    await element.updateComplete;
    expect(errors.length).to.equal(1);
    expect((errors[0].detail as { attribute: string }).attribute).to.equal('weights');
    expect(root(element).querySelector('[part~="error"]')!.textContent).to.contain('3×2');
    expect(element.weights).to.deep.equal(before);
    element.weights = before;
    await element.updateComplete;
    expect(root(element).querySelector('[part~="error"]')).to.equal(null);
  });

  it('names sizes when a new sizes no longer matches x, keeping the last good network', async () => {
    const element = await mount({ sizes: '2 3 1', x: '0.5 -1' });
    const before = visibleText(element);
    const errors = record(element, 'error');
    element.setAttribute('sizes', '3 3 1');
    await element.updateComplete;
    expect(errors.map((e) => (e.detail as { attribute: string }).attribute)).to.deep.equal([
      'sizes',
    ]);
    expect(element.sizes, 'the sizes drawn').to.deep.equal([2, 3, 1]);
    const note = root(element).querySelector('[part~="error"]')!.textContent!;
    expect(note).to.contain('sizes');
    expect(note).to.contain('expected 3 numbers');
    expect(visibleText(element).replace(note.replace(/\s+/g, ' ').trim(), '').trim()).to.equal(
      before,
    );
    element.setAttribute('x', '0.5 -1 2');
    await element.updateComplete;
    expect(root(element).querySelector('[part~="error"]')).to.equal(null);
    expect(element.deltas[0]!.length).to.equal(3);
    expect(root(element).querySelectorAll('.vectors input').length).to.equal(3 + 1);
  });

  it('follows sizes with default x and y when they are not set', async () => {
    const element = await mount({ sizes: '3 4 2' });
    const inputs = Array.from(root(element).querySelectorAll<HTMLInputElement>('.vectors input'));
    expect(inputs.map((i) => Number(i.value))).to.deep.equal([0.5, -1, 0.8, 1, 0]);
  });

  it('draws each step’s dots anew, so they travel again, a run of several steps too', async () => {
    const element = await mount({ sizes: '2 3 3 3 1' });
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const dots = () => [...root(element).querySelectorAll('.dot')];
      stepButton(element).click();
      await element.updateComplete;
      stepButton(element).click();
      await element.updateComplete;
      const second = dots();
      expect(second.length, 'one output to three hidden').to.equal(3);
      stepButton(element).click();
      await element.updateComplete;
      expect(dots().length, 'three hidden to three hidden').to.equal(9);
      expect(
        second.some((dot) => dot.isConnected),
        'the last step’s dots are gone',
      ).to.be.false;
      const third = dots();
      root(element).querySelector<HTMLButtonElement>('button.reset')!.click();
      await element.updateComplete;
      stepButton(element).click();
      await element.updateComplete;
      root(element).querySelector<HTMLButtonElement>('button.run')!.click();
      await element.updateComplete;
      expect(dots().length, 'into the first hidden layer').to.equal(9);
      expect(third.some((dot) => dot.isConnected)).to.be.false;
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('sends delta dots back along W transposed, but not under reduced motion', async () => {
    const element = await mount();
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      stepButton(element).click();
      await element.updateComplete;
      expect(root(element).querySelectorAll('.dot').length, 'loss to one output').to.equal(1);
      stepButton(element).click();
      await element.updateComplete;
      expect(root(element).querySelectorAll('.dot').length, 'one output to three hidden').to.equal(
        3,
      );
      await emulateMedia({ reducedMotion: 'reduce' });
      root(element).querySelector<HTMLButtonElement>('button.reset')!.click();
      await element.updateComplete;
      stepButton(element).click();
      await element.updateComplete;
      expect(root(element).querySelectorAll('.dot').length).to.equal(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('charts the three counts as the hidden width grows', async () => {
    const element = await mount({ sizes: '2 3 3 1' });
    const chart = root(element).querySelector('svg.chart')!;
    const lines = chart.querySelectorAll('polyline.series');
    expect(lines.length).to.equal(3);
    const wide = countOps([2, 128, 128, 1]);
    expect(chart.getAttribute('aria-label')).to.contain(
      `naive ${(wide.naive / 1e6).toPrecision(3)}M`,
    );
    // On a log scale the naive line rises above the other two at the widest point.
    const lastY = (line: Element): number =>
      Number(line.getAttribute('points')!.trim().split(' ').pop()!.split(',')[1]);
    const [forward, backward, naive] = Array.from(lines).map(lastY);
    expect(naive).to.be.lessThan(backward);
    expect(backward).to.be.at.most(forward);
  });
});
