import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { formatNumber } from '../../../src/internal/format.js';
import { loadCatalogue } from '../../../src/internal/i18n.js';
import { loadTex } from '../../../src/internal/tex.js';
import { visibleText } from '../../conformance/screen.js';
import { button, mount, root, stepToEnd } from './graph-page.js';

// What the details panel tells a reader: only what the pass on show has reached, in the words
// and math of that pass, naming nodes by what they are.

const panelOf = (element: GraphBackprop): HTMLElement =>
  root(element).querySelector<HTMLElement>('[part="panel"]')!;

/** The TeX source of every formula in the panel. */
const panelTex = (element: GraphBackprop): string[] =>
  Array.from(panelOf(element).querySelectorAll('annotation')).map((node) => node.textContent!);

const flat = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();

async function step(element: GraphBackprop): Promise<void> {
  button(element, 'step').click();
  await element.updateComplete;
}

describe('<graph-backprop> details panel', () => {
  before(() => loadTex());

  it("keeps a variable's gradient back until the backward pass has reached it", async () => {
    // relu(w*x + b) at x = 1.5, w = 2, b = -1: three steps, w's gradient 1.5 arrives at the last.
    const element = await mount('relu(w*x + b)', 'x=1.5, w=2, b=-1', 'w');
    expect(flat(panelOf(element))).to.contain('has not reached it yet');
    expect(panelTex(element).some((tex) => tex.includes('{\\partial w}'))).to.be.false;
    expect(panelOf(element).querySelector('.check'), 'no check before the pass').to.equal(null);
    await step(element);
    await step(element);
    expect(flat(panelOf(element))).to.contain('has not reached it yet');
    await step(element);
    expect(flat(panelOf(element))).not.to.contain('has not reached it yet');
    expect(panelTex(element).some((tex) => /\{\\partial w\} = .* = 1\.5$/.test(tex))).to.be.true;
    expect(flat(panelOf(element).querySelector('.check')!)).to.contain('They agree');
  });

  it("shows an op's upstream once complete and its products once it has passed them on", async () => {
    const element = await mount('relu(w*x + b)', 'x=1.5, w=2, b=-1', 'n2'); // w*x
    const upstreamShown = (): boolean => panelOf(element).querySelector('.upstream') !== null;
    expect(upstreamShown()).to.be.false;
    expect(panelTex(element).some((tex) => tex.includes('\\underbrace'))).to.be.false;
    // The local rules are known from the forward pass: ∂(uv)/∂u = v = 1.5, once.
    expect(panelTex(element)).to.include('\\frac{\\partial (uv)}{\\partial u} = v = 1.5');
    await step(element); // relu passes 1 to the add node
    expect(upstreamShown()).to.be.false;
    await step(element); // the add node passes 1 to w*x and to b: w*x is complete
    expect(upstreamShown()).to.be.true;
    expect(panelTex(element).some((tex) => tex.includes('\\underbrace'))).to.be.false;
    await step(element); // w*x passes 1 × 1.5 to w and 1 × 2 to x
    expect(panelTex(element).filter((tex) => tex.includes('\\underbrace'))).to.have.length(2);
  });

  it('writes no equality twice: a rule whose value is already a number stops there', async () => {
    const element = await mount('w*x', 'x=2, w=-3', 'n2');
    for (const tex of panelTex(element)) {
      const sides = tex.split(' = ').map((side) => side.replace(/^\((.*)\)$/, '$1'));
      sides.slice(1).forEach((side, index) => {
        expect(side, `${tex} repeats ${side}`).not.to.equal(sides[index]);
      });
    }
    // w*x = (-3)·2 = -6, and ∂(uv)/∂v = u = -3 without "= -3" again.
    expect(panelTex(element)).to.include('\\frac{\\partial (uv)}{\\partial v} = u = -3');
  });

  it('names nodes by what they are: no internal ids, no words as parts of a fraction', async () => {
    const element = await mount('sigmoid(w*x + b)', 'x=2, w=-1, b=0.5', 'n4');
    await stepToEnd(element);
    const words = flat(panelOf(element));
    expect(words).not.to.match(/\bn\d+\b/);
    const tex = panelTex(element);
    expect(tex.some((t) => t.includes('\\frac{\\partial \\text{out}}{\\partial \\left(w'))).to.be
      .true;
    for (const t of tex) expect(t, t).not.to.match(/\\partial \\text\{(?!out\})/);
    // The strip under the graph names where each contribution goes as math too.
    const strip = Array.from(root(element).querySelectorAll('[part="caption"] annotation')).map(
      (node) => node.textContent!,
    );
    for (const t of strip) expect(t, t).not.to.contain('node}');
  });

  it('says where a domain problem is by the node, not by its id', async () => {
    const element = await mount('log(x) + 1', 'x=-1');
    const note = flat(root(element).querySelector('.domain')!);
    expect(note).to.contain('at the log node');
    expect(note).not.to.match(/\bn\d+\b/);
  });

  it('checks an op node numerically, once the backward pass has its gradient', async () => {
    const element = await mount('relu(w*x + b)', 'x=1.5, w=2, b=-1', 'n2');
    expect(panelOf(element).querySelector('.check')).to.equal(null);
    await stepToEnd(element);
    const check = flat(panelOf(element).querySelector('.check')!);
    expect(check).to.contain('nudging this node says 1');
    expect(check).to.contain('They agree');
  });

  it('shows forward mode in forward mode: the tangent, Σ local × input tangent', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop
        expr="relu(w*x + b)"
        values="x=1.5, w=2, b=-1"
        mode="forward"
        wrt="w"
        selected="n2"
      ></graph-backprop>`,
    );
    await element.updateComplete;
    const words = (): string => flat(panelOf(element));
    expect(words()).to.contain('Forward mode has not reached it yet');
    expect(words()).not.to.contain('Upstream');
    expect(words()).not.to.contain('backward pass');
    element.stepForward(); // w*x: tangent 1.5 · 1 + 2 · 0
    await element.updateComplete;
    expect(words()).to.contain('Its tangent with respect to w');
    const tex = panelTex(element);
    expect(tex.some((t) => t.includes('\\frac{\\partial \\left(w \\cdot x\\right)}{\\partial w}')))
      .to.be.true;
    expect(tex.some((t) => t.endsWith(`= ${formatNumber(1.5)}`))).to.be.true;
    expect(tex.some((t) => t.includes('upstream'))).to.be.false;
    expect(panelOf(element).querySelector('.check')).to.equal(null);
  });

  it('has a worded close button that cannot be mistaken for the × of a multiply node', async () => {
    const element = await mount('w*x', 'x=2, w=3', 'n2');
    const close = panelOf(element).querySelector<HTMLButtonElement>('button.close')!;
    expect(close.textContent!.trim()).to.equal('Close details');
    expect(close.textContent).not.to.match(/[✕×x]$/);
    expect(panelOf(element).querySelector('.badge')!.textContent).to.equal('×');
  });

  it('ends a parse failure with the reason’s own punctuation, not “?.”', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop editable expr="w*x" values="x=2, w=3"></graph-backprop>`,
    );
    const field = root(element).querySelector<HTMLInputElement>('#expression-input')!;
    field.focus();
    field.select();
    await sendKeys({ type: 'sigmod(x)' });
    await element.updateComplete;
    const text = visibleText(element);
    expect(text).to.contain("did you mean 'sigmoid'?");
    expect(text).not.to.contain('?.');
  });
});

describe('<graph-backprop> expression box while typing', () => {
  async function editable(width: number, expr: string): Promise<GraphBackprop> {
    const wrapper = await fixture<HTMLElement>(
      html`<div style=${`width: ${width}px`}>
        <graph-backprop editable expr=${expr} values="x=2"></graph-backprop>
      </div>`,
    );
    const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    await element.updateComplete;
    const field = root(element).querySelector<HTMLInputElement>('#expression-input')!;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    return element;
  }

  it('does not draw a half-typed function name as a variable', async () => {
    const element = await editable(900, 'x');
    // One letter is a variable like any other; `si`, `sig`, ... `sigmod` are functions half typed.
    const names = (): string[] => Object.keys(element.gradients).sort();
    await sendKeys({ type: ' + s' });
    await element.updateComplete;
    expect(names()).to.deep.equal(['s', 'x']);
    for (const key of 'igmod') {
      await sendKeys({ type: key });
      await element.updateComplete;
      expect(names()).to.deep.equal(['s', 'x']);
    }
    await sendKeys({ type: '(x)' });
    await element.updateComplete;
    expect(visibleText(element)).to.contain("did you mean 'sigmoid'?");
    expect(names(), 'the last graph that worked').to.deep.equal(['s', 'x']);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' }); // finishing: a variable named sigmod is what they want
    await element.updateComplete;
    expect(Object.keys(element.gradients).sort()).to.deep.equal(['sigmod', 'x']);
  });

  it('keeps the drawing’s direction while the reader types, choosing again when they finish', async () => {
    const element = await editable(320, 'x');
    const direction = (): string =>
      root(element).querySelector('svg.graph')!.classList.contains('down') ? 'down' : 'right';
    const seen = new Set([direction()]);
    for (const key of ' * x * x * x * x') {
      await sendKeys({ type: key });
      await element.updateComplete;
      seen.add(direction());
    }
    expect([...seen]).to.deep.equal(['right']);
    expect(element.expr).to.equal('x * x * x * x * x');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(direction(), 'chosen for the width once typing ends').to.equal('down');
  });
});

describe('<graph-backprop> details panel in a phone column', () => {
  it('keeps a long German title and its close button inside the element', async () => {
    await loadCatalogue('de', 'graph-backprop');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px" lang="de">
        <graph-backprop expr="relu(w*x + b)" values="x=1.5, w=2, b=-1" selected="n2">
        </graph-backprop>
      </div>`,
    );
    const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    await element.updateComplete;
    const host = element.getBoundingClientRect();
    const close = panelOf(element).querySelector('button.close')!;
    expect(close.textContent!.trim()).to.equal('Details schließen');
    for (const node of panelOf(element).querySelectorAll('.panel-head, .panel-head *')) {
      const box = node.getBoundingClientRect();
      expect(box.right, node.className).to.be.at.most(host.right + 0.5);
    }
  });
});
