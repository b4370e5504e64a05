import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ExpressionGraph } from '../../../src/core/index.js';
import type {
  BackwardStepDetail,
  GraphBackprop,
  GraphEditDetail,
  NodeSelectDetail,
} from '../../../src/elements/graph-backprop/graph-backprop.js';
import { formatNumber } from '../../../src/internal/format.js';
import { loadTex } from '../../../src/internal/tex.js';
import { findNonFinite, screenText, visibleText } from '../../conformance/screen.js';
import {
  button,
  mount,
  nodeById,
  record,
  root,
  shownGradient,
  sigmoid,
  stepToEnd,
  textOf,
  variableNode,
} from './graph-page.js';

interface Case {
  expr: string;
  values: Record<string, number>;
  value: number;
  grads: Record<string, number>;
}

const a = sigmoid(2 * -1 + 0.5);
const CASES: Case[] = [
  {
    expr: 'sigmoid(w*x + b)',
    values: { x: 2, w: -1, b: 0.5 },
    value: a,
    grads: { w: a * (1 - a) * 2, x: a * (1 - a) * -1, b: a * (1 - a) },
  },
  {
    expr: 'relu(w*x + b)',
    values: { x: 1.5, w: 2, b: -1 },
    value: 2,
    grads: { w: 1.5, x: 2, b: 1 },
  },
  {
    expr: 'relu(w*x + b)',
    values: { x: 1.5, w: -2, b: 1 },
    value: 0,
    grads: { w: 0, x: 0, b: 0 },
  },
  {
    expr: 'tanh(a*b)',
    values: { a: 0.5, b: -2 },
    value: Math.tanh(-1),
    grads: { a: (1 - Math.tanh(-1) ** 2) * -2, b: (1 - Math.tanh(-1) ** 2) * 0.5 },
  },
  {
    expr: 'x*x + x',
    values: { x: 3 },
    value: 12,
    grads: { x: 7 },
  },
  {
    expr: 'exp(u) / v - log(v)',
    values: { u: 0.5, v: 2 },
    value: Math.exp(0.5) / 2 - Math.log(2),
    grads: { u: Math.exp(0.5) / 2, v: -Math.exp(0.5) / 4 - 0.5 },
  },
  {
    expr: 'bce(sigmoid(w*x + b), y)',
    values: { x: 2, w: -1, b: 0.5, y: 1 },
    value: -Math.log(a),
    grads: { w: (a - 1) * 2, x: (a - 1) * -1, b: a - 1, y: Math.log(1 - a) - Math.log(a) },
  },
];

describe('<graph-backprop>', () => {
  for (const testCase of CASES) {
    const values = Object.entries(testCase.values)
      .map(([name, value]) => `${name}=${value}`)
      .join(', ');
    it(`shows ${testCase.expr} at ${values}: value at once, every gradient after the pass`, async () => {
      const element = await mount(testCase.expr, values);
      expect(element.value).to.be.closeTo(testCase.value, 1e-9);
      for (const [name, grad] of Object.entries(testCase.grads)) {
        expect(element.gradients[name], `d/d${name}`).to.be.closeTo(grad, 1e-6);
      }
      const graph = new ExpressionGraph(testCase.expr);
      const output = nodeById(element, graph.output.id);
      expect(textOf(output, 'node-value')).to.equal(formatNumber(testCase.value));
      expect(textOf(output, 'node-grad')).to.equal('∂ +1');
      // Before the pass reaches them, variables show no gradient.
      for (const name of Object.keys(testCase.values)) {
        expect(textOf(variableNode(element, name), 'node-grad')).to.equal('');
      }
      await stepToEnd(element);
      expect(element.step).to.equal(element.totalSteps);
      for (const [name, grad] of Object.entries(testCase.grads)) {
        expect(textOf(variableNode(element, name), 'node-grad'), name).to.equal(
          shownGradient(grad),
        );
      }
      expect(findNonFinite(element)).to.equal(null);
    });
  }

  it('starts a variable missing from values at 1', async () => {
    const element = await mount('w*x + b', 'x=2');
    expect(element.value).to.equal(1 * 2 + 1);
    expect(element.gradients).to.deep.equal({ w: 2, x: 1, b: 1 });
    expect(variableNode(element, 'w').getAttribute('aria-valuenow')).to.equal('1');
  });

  it('steps backward in reverse topological order, firing backward-step each time', async () => {
    const element = await mount('sigmoid(w*x + b)', 'x=2, w=-1, b=0.5');
    const steps = record<BackwardStepDetail>(element, 'backward-step');
    await stepToEnd(element);
    const graph = new ExpressionGraph('sigmoid(w*x + b)');
    const expected = [...graph.nodes]
      .reverse()
      .filter((node) => !node.isLeaf)
      .map((node) => node.id);
    expect(steps.map((step) => step.id)).to.deep.equal(expected);
    expect(steps.map((step) => step.step)).to.deep.equal([1, 2, 3]);
    expect(steps.every((step) => step.total === 3)).to.be.true;
    // Each step lights its node and writes upstream × local = contribution on its input edges.
    const active = root(element).querySelector('.node.active')!;
    expect(active.getAttribute('data-id')).to.equal(expected[2]);
    const activeEdges = Array.from(root(element).querySelectorAll('.edge.active'));
    expect(activeEdges.length).to.equal(2);
    const grads = element.gradients;
    const edgeText = activeEdges.map((edge) => edge.textContent!.replace(/\s+/g, ' ').trim());
    const sig = a * (1 - a);
    expect(edgeText).to.include(
      `${formatNumber(sig)} × ${formatNumber(2)} = +${formatNumber(grads.w!)}`,
    );
    expect(element.announcement).to.contain('All gradients are done');
  });

  it('resets to the start and lets Reset, Step and the step property agree', async () => {
    const element = await mount('x*x + x', 'x=3');
    button(element, 'step').click();
    await element.updateComplete;
    expect(element.step).to.equal(1);
    expect(visibleText(element)).to.contain('Step 1 of 2');
    button(element, 'reset').click();
    await element.updateComplete;
    expect(element.step).to.equal(0);
    element.step = 99;
    await element.updateComplete;
    expect(element.step).to.equal(2);
    expect(textOf(variableNode(element, 'x'), 'node-grad')).to.equal('∂ +7');
  });

  it('sums a fan-out variable over its uses, in the diagram and the panel', async () => {
    await loadTex();
    const element = await mount('x*x + x', 'x=3');
    button(element, 'step').click(); // the add node passes 1 to the product and to x
    await element.updateComplete;
    expect(textOf(variableNode(element, 'x'), 'node-grad')).to.equal('∂ +1 …');
    button(element, 'step').click(); // the product passes 3 and 3 to x
    await element.updateComplete;
    expect(textOf(variableNode(element, 'x'), 'node-grad')).to.equal('∂ +7');
    variableNode(element, 'x').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;
    const panel = root(element).querySelector('[part="panel"]')!;
    expect(panel.textContent).to.contain('Used 3 times');
    const uses = Array.from(panel.querySelectorAll('.uses li')).map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(uses).to.deep.equal([
      'via the add node: 1 × 1 = 1',
      'via the multiply node: 1 × 3 = 3',
      'via the multiply node: 1 × 3 = 3',
    ]);
  });

  it('selects a node by click and by Enter, firing node-select with its numbers', async () => {
    const element = await mount('sigmoid(w*x + b)', 'x=2, w=-1, b=0.5');
    const selections = record<NodeSelectDetail>(element, 'node-select');
    const graph = new ExpressionGraph('sigmoid(w*x + b)');
    const mul = graph.nodes.find((node) => node.op === 'mul')!;
    const mulNode = nodeById(element, mul.id);
    const box = mulNode.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await element.updateComplete;
    expect(selections).to.have.length(1);
    expect(selections[0]).to.deep.include({ id: mul.id, op: 'mul', label: 'mul', value: -2 });
    expect(selections[0].grad).to.be.closeTo(a * (1 - a), 1e-12);
    const panel = root(element).querySelector('[part="panel"]')!;
    expect(panel.textContent).to.contain('multiply node');

    variableNode(element, 'b').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(selections).to.have.length(2);
    expect(selections[1]).to.deep.include({ op: 'var', label: 'b', value: 0.5 });
    expect(selections[1].grad).to.be.closeTo(a * (1 - a), 1e-12);
    expect(element.announcement).to.contain('Selected b');
  });

  it("shows the op's local-gradient rule typeset, with the numbers plugged in", async () => {
    await loadTex();
    const graph = new ExpressionGraph('sigmoid(w*x + b)');
    const mul = graph.nodes.find((node) => node.op === 'mul')!;
    const element = await mount('sigmoid(w*x + b)', 'x=2, w=-1, b=0.5', mul.id);
    await stepToEnd(element);
    const panel = root(element).querySelector('[part="panel"]')!;
    expect(panel.querySelectorAll('.katex').length).to.be.greaterThan(2);
    const mathText = Array.from(panel.querySelectorAll('annotation')).map((n) => n.textContent);
    expect(mathText.some((t) => t!.includes('\\frac{\\partial (uv)}{\\partial u} = v'))).to.be.true;
    // upstream σ'(z), local x = 2 for w (input u), product = the gradient of w
    const upstream = formatNumber(a * (1 - a));
    expect(mathText.some((t) => t!.includes(`{${upstream}}_{\\text{upstream}}`))).to.be.true;
  });

  it("describes the selected op in a sentence and typesets bce_logits' rule", async () => {
    await loadTex();
    const graph = new ExpressionGraph('bce_logits(w*x + b, y)');
    const loss = graph.nodes.find((node) => node.op === 'bce_logits')!;
    const element = await mount('bce_logits(w*x + b, y)', 'x=2, w=20, b=0, y=0', loss.id);
    const panel = root(element).querySelector('[part="panel"]')!;
    expect(panel.querySelector('.description')!.textContent!.trim()).to.match(
      /^Binary cross-entropy of a label y against the probability sigmoid\(z\), .*\.$/,
    );
    const mathText = Array.from(panel.querySelectorAll('annotation')).map((n) => n.textContent);
    expect(mathText.some((t) => t!.includes('\\operatorname{bce}_{\\sigma}\\left('))).to.be.true;
    expect(mathText.some((t) => t!.includes('= \\sigma(z) - y'))).to.be.true;
    // z = 40, y = 0: the loss is about 40 and dL/dw = x = 2, where bce(sigmoid(z), y) loses it.
    expect(element.value).to.be.closeTo(40, 1e-9);
    expect(element.gradients.w).to.be.closeTo(2, 1e-12);
  });

  it('shows a finite-difference check beside the autodiff number for a variable', async () => {
    const element = await mount('sigmoid(w*x + b)', 'x=2, w=-1, b=0.5', 'w');
    await stepToEnd(element);
    const check = root(element).querySelector('.check')!;
    expect(check.textContent).to.contain(formatNumber(element.gradients.w!, 6));
    expect(check.textContent).to.contain('They agree');
  });

  it('plays the pass to the end with timers it stops on pause and reset', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await mount('sigmoid(w*x + b)', 'x=2, w=-1, b=0.5');
      const steps = record<BackwardStepDetail>(element, 'backward-step');
      button(element, 'play').click();
      await element.updateComplete;
      await waitUntil(() => steps.length >= 1, 'first step', { timeout: 5000 });
      button(element, 'play').click(); // pause
      await element.updateComplete;
      const pausedAt = element.step;
      expect(button(element, 'play').textContent).to.contain('Play');
      element.play();
      await waitUntil(() => element.step === element.totalSteps, 'played to the end', {
        timeout: 10000,
      });
      expect(pausedAt).to.be.lessThan(3);
      expect(steps.map((step) => step.step)).to.deep.equal([1, 2, 3].slice(0, steps.length));
      expect(steps).to.have.length(3);
      element.play();
      element.reset();
      await element.updateComplete;
      expect(element.step).to.equal(0);
      expect(button(element, 'play').getAttribute('aria-pressed')).to.equal('false');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('explains a domain problem instead of showing NaN', async () => {
    const element = await mount('log(x) + 1 / y', 'x=-1, y=2');
    expect(visibleText(element)).to.contain('log needs a positive input');
    expect(findNonFinite(element)).to.equal(null);
    expect(button(element, 'step').disabled).to.be.true;
    element.setAttribute('values', 'x=1, y=0');
    await element.updateComplete;
    expect(visibleText(element)).to.contain('division by zero');
    expect(findNonFinite(element)).to.equal(null);
    element.setAttribute('values', 'x=1, y=2');
    await element.updateComplete;
    expect(root(element).querySelector('.domain') === null, 'problem gone').to.be.true;
    expect(element.value).to.equal(0.5);
  });

  it('reports a values name that is not in the expression and keeps the last good values', async () => {
    const element = await mount('w*x', 'x=2, w=3');
    const errors = record<{ attribute: string; message: string }>(element, 'error');
    element.setAttribute('values', 'q=1');
    await element.updateComplete;
    expect(errors[0].attribute).to.equal('values');
    expect(errors[0].message).to.contain("'q'");
    expect(element.value).to.equal(6);
  });

  it('lets the reader type a new expression, pointing at a mistake and keeping the old graph', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop editable expr="w*x" values="x=2, w=3"></graph-backprop>`,
    );
    const inputs = record<GraphEditDetail>(element, 'input');
    const field = root(element).querySelector<HTMLInputElement>('#expression-input')!;
    field.focus();
    field.select();
    await sendKeys({ type: 'w*x +* 2' });
    await element.updateComplete;
    const mark = root(element).querySelector('.parse-error mark')!;
    expect(mark.textContent).to.equal('*');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(element.value, 'the previous graph stays').to.equal(6);
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '* 2' });
    await element.updateComplete;
    expect(root(element).querySelector('.parse-error') === null, 'no parse error').to.be.true;
    expect(element.value, 'w*x * 2 keeps the values of w and x').to.equal(12);
    expect(inputs.at(-1)).to.deep.equal({ name: 'expr', value: 'w*x * 2' });
    expect(screenText(element)).to.contain('Computation graph of w*x * 2');
  });
});
