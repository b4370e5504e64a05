import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/neuron-backprop/define.js';
import type {
  NeuronBackprop,
  NeuronChangeDetail,
} from '../../../src/elements/neuron-backprop/neuron-backprop.js';
import { formatNumber, texNumber } from '../../../src/internal/format.js';
import { loadTex } from '../../../src/internal/tex.js';
import { runConformanceSuite } from '../../conformance/conformance.js';
import { findNonFinite, visibleText } from '../../conformance/screen.js';

/** The lesson's formulas, written out in the test for moderate z. */
function expected(x: number, w: number, b: number, y: number) {
  const z = w * x + b;
  const a = 1 / (1 + Math.exp(-z));
  return {
    z,
    a,
    loss: -(y * Math.log(a) + (1 - y) * Math.log(1 - a)),
    dLda: -(y / a) + (1 - y) / (1 - a),
    dadz: a * (1 - a),
    w: (a - y) * x,
    b: a - y,
    x: (a - y) * w,
  };
}

const signed = (value: number): string =>
  value > 0 ? `+${formatNumber(value)}` : formatNumber(value);

async function mount(attributes = 'x="1.5" w="0.8" b="-0.4" y="1"'): Promise<NeuronBackprop> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  // Attributes as an author writes them, parsed by the browser (no JS property setting).
  const template = document.createElement('template');
  template.innerHTML = `<neuron-backprop ${attributes}></neuron-backprop>`;
  wrapper.append(template.content);
  const element = wrapper.querySelector('neuron-backprop')!;
  await element.updateComplete;
  return element;
}

const root = (element: NeuronBackprop): ShadowRoot => element.shadowRoot!;
const text = (element: NeuronBackprop, selector: string): string =>
  (root(element).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const slider = (element: NeuronBackprop, name: string): HTMLInputElement =>
  root(element).querySelector<HTMLInputElement>(`#slider-${name}`)!;

function record(element: NeuronBackprop): {
  input: NeuronChangeDetail[];
  change: NeuronChangeDetail[];
  raw: Event[];
} {
  const log = {
    input: [] as NeuronChangeDetail[],
    change: [] as NeuronChangeDetail[],
    raw: [] as Event[],
  };
  for (const type of ['input', 'change'] as const) {
    element.addEventListener(type, (event) => {
      log.raw.push(event);
      log[type].push((event as CustomEvent<NeuronChangeDetail>).detail);
    });
  }
  return log;
}

/** The TeX source KaTeX keeps in its MathML annotation: what the formula shows. */
function texOf(element: NeuronBackprop, selector: string): string {
  return (
    root(element).querySelector(`${selector} annotation[encoding="application/x-tex"]`)
      ?.textContent ?? ''
  );
}

/** A number as shown in text ("−0.465", "+1.5") read back. */
const shownNumber = (shown: string): number => Number(shown.replace(/\u2212/g, '-'));

/** The numbers of a TeX line such as `(-187.8) \cdot 0.005317 \cdot 1.5 = -1.498`, in order. */
function texNumbers(line: string): number[] {
  return (line.match(/-?\d+(?:\.\d+)?(?: \\times 10\^\{-?\d+\})?/g) ?? []).map((number) => {
    const [mantissa, exponent] = number.split(' \\times 10^');
    return Number(mantissa) * 10 ** (exponent ? Number(exponent.replace(/[{}]/g, '')) : 0);
  });
}

describe('<neuron-backprop>', () => {
  // Files run two at a time; a page left in the background gets no animation frames, and the
  // conformance checks wait for frames. The project's runner provides this command.
  beforeEach(async () => {
    await executeServerCommand('bring-to-front');
  });
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  const settings = [
    { x: 1.5, w: 0.8, b: -0.4, y: 1 },
    { x: 2, w: -0.5, b: 0.3, y: 0 },
    { x: -1.2, w: 2.5, b: 1, y: 1 },
  ];
  for (const { x, w, b, y } of settings) {
    it(`shows values and gradients for x=${x} w=${w} b=${b} y=${y}`, async () => {
      const element = await mount(`x="${x}" w="${w}" b="${b}" y="${y}"`);
      const want = expected(x, w, b, y);
      expect(element.z).to.be.closeTo(want.z, 1e-12);
      expect(element.a).to.be.closeTo(want.a, 1e-12);
      expect(element.loss).to.be.closeTo(want.loss, 1e-12);
      expect(element.gradients!.w).to.be.closeTo(want.w, 1e-12);
      expect(element.gradients!.b).to.be.closeTo(want.b, 1e-12);
      expect(element.gradients!.x).to.be.closeTo(want.x, 1e-12);
      expect(text(element, '.stage-z .value')).to.equal(formatNumber(want.z));
      expect(text(element, '.stage-a .value')).to.equal(formatNumber(want.a));
      expect(text(element, '.stage-l .value')).to.equal(formatNumber(want.loss));
      // Each card shows its factor rounded (to three decimals or more: see the product test).
      const card = (factor: number): number =>
        shownNumber(text(element, `[data-factor="${factor}"] .factor-value`));
      expect(card(1)).to.be.closeTo(want.dLda, 5e-4 + 1e-12);
      expect(card(2)).to.be.closeTo(want.dadz, 5e-4 + 1e-12);
      expect(text(element, '[data-factor="3"] .factor-value')).to.equal(signed(x));
      expect(text(element, '.agree .gradient')).to.equal(signed(want.w));
      expect(text(element, '.legend .slope')).to.equal(signed(want.w));
      expect(findNonFinite(element)).to.equal(null);
    });
  }

  it('shows the product of the factors and the simplified form (a − y)x ending in one number', async () => {
    await loadTex();
    const element = await mount('x="2" w="-0.5" b="0.3" y="0"');
    await waitUntil(() => texOf(element, '.product') !== '', 'KaTeX output');
    const want = expected(2, -0.5, 0.3, 0);
    const product = texOf(element, '.product');
    const simplified = texOf(element, '.simplified');
    const [dLda, dadz, dz] = texNumbers(product);
    expect(dLda).to.be.closeTo(want.dLda, 5e-4);
    expect(dadz).to.be.closeTo(want.dadz, 5e-4);
    expect(dz).to.equal(2);
    expect(product.endsWith(`= ${texNumber(want.w)}`)).to.be.true;
    expect(simplified.startsWith('(a - y)\\,x ='), 'for w the form is (a − y)x').to.be.true;
    expect(texNumbers(simplified)[0]).to.be.closeTo(want.a, 5e-4);
    expect(simplified).to.contain(' - 0)');
    expect(simplified.endsWith(`= ${texNumber(want.w)}`)).to.be.true;
    expect(text(element, '.agree')).to.contain('agree');
  });

  it('changes the last factor and the result when wrt is b or x', async () => {
    await loadTex();
    const element = await mount('x="1.5" w="0.8" b="-0.4" y="1" wrt="b"');
    const want = expected(1.5, 0.8, -0.4, 1);
    await waitUntil(() => texOf(element, '.simplified') !== '', 'KaTeX output');
    expect(element.wrt).to.equal('b');
    expect(text(element, '[data-factor="3"] .factor-value')).to.equal('+1');
    expect(texOf(element, '.simplified').startsWith('a - y =')).to.be.true;
    expect(text(element, '.agree .gradient')).to.equal(signed(want.b));
    expect(text(element, '.check-title')).to.contain('∂L/∂b');

    element.setAttribute('wrt', 'x');
    await element.updateComplete;
    expect(text(element, '[data-factor="3"] .factor-value')).to.equal(signed(0.8));
    expect(texOf(element, '.simplified').startsWith('(a - y)\\,w ='), 'for x: (a − y)w').to.be.true;
    expect(text(element, '.agree .gradient')).to.equal(signed(want.x));
    expect(text(element, '.legend')).to.contain('Loss against x');
  });

  it('lets the reader trace another parameter by pressing its box, with events', async () => {
    const element = await mount();
    const log = record(element);
    const box = root(element).querySelector<HTMLButtonElement>('button.node[data-name="b"]')!;
    expect(box.getAttribute('aria-checked')).to.equal('false');
    box.click();
    await element.updateComplete;
    expect(box.getAttribute('aria-checked')).to.equal('true');
    expect(element.wrt).to.equal('b');
    expect(element.getAttribute('wrt'), 'not reflected').to.equal(null);
    expect(log.input.map((detail) => detail.source)).to.deep.equal(['wrt']);
    expect(log.change.map((detail) => detail.source)).to.deep.equal(['wrt']);
    expect(element.announcement).to.contain('Tracing b');
  });

  it('moves a slider by keyboard, firing input and change, narrating, not reflecting', async () => {
    const element = await mount();
    const log = record(element);
    slider(element, 'w').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.values.w).to.be.closeTo(0.9, 1e-12);
    expect(text(element, '.slider[data-name="w"] .readout')).to.equal('0.9');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await element.updateComplete;
    expect(element.values.w).to.be.closeTo(-0.1, 1e-12);
    await sendKeys({ press: 'PageUp' });
    await element.updateComplete;
    expect(element.values.w).to.be.closeTo(0.9, 1e-12);
    expect(log.input.map((detail) => detail.source)).to.deep.equal(['w', 'w', 'w']);
    expect(log.change).to.have.length(3);
    expect(log.change[2].values.w).to.be.closeTo(0.9, 1e-12);
    const want = expected(1.5, 0.9, -0.4, 1);
    expect(element.gradients!.w).to.be.closeTo(want.w, 1e-12);
    expect(text(element, '.agree .gradient')).to.equal(signed(want.w));
    expect(element.announcement).to.contain('w is 0.9');
    expect(element.announcement).to.contain('Gradient of the loss with respect to w is minus');
    expect(element.getAttribute('w'), 'live value not reflected').to.equal('0.8');
  });

  it('takes the label y as a choice of 0 or 1, by pointer or arrow keys', async () => {
    const element = await mount();
    const log = record(element);
    const choice = (value: string): HTMLInputElement =>
      root(element).querySelector<HTMLInputElement>(`input[data-name="y"][value="${value}"]`)!;
    expect(root(element).querySelector('#slider-y'), 'no slider for y').to.equal(null);
    expect([choice('0').checked, choice('1').checked]).to.deep.equal([false, true]);
    choice('0').click();
    await element.updateComplete;
    expect(element.values.y).to.equal(0);
    expect(element.loss).to.be.closeTo(expected(1.5, 0.8, -0.4, 0).loss, 1e-12);
    expect(log.input.map((detail) => detail.source)).to.deep.equal(['y']);
    expect(log.change.map((detail) => detail.source)).to.deep.equal(['y']);
    choice('0').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.values.y).to.equal(1);
    expect(choice('1').checked).to.be.true;
  });

  it('refuses a label other than 0 or 1 with a note and an error event, keeping the last', async () => {
    const element = await mount('x="1.5" w="0.8" b="-0.4" y="0"');
    const errors: { attribute: string; message: string }[] = [];
    element.addEventListener('error', (event) => errors.push((event as CustomEvent).detail));
    element.setAttribute('y', '0.5');
    await element.updateComplete;
    expect(element.values.y).to.equal(0);
    expect(element.y).to.equal(0);
    expect(errors.map((error) => error.attribute)).to.deep.equal(['y']);
    expect(text(element, '[part~="error"]')).to.contain('y');
    expect(text(element, '[part~="error"]')).to.contain('0.5');
    element.setAttribute('y', '1');
    await element.updateComplete;
    expect(element.values.y).to.equal(1);
    expect(text(element, '[part~="error"]')).to.equal('');
  });

  it('shows the loss and the sigmoid each factor is taken from', async () => {
    await loadTex();
    const element = await mount();
    await waitUntil(() => texOf(element, '[data-factor="1"] .factor-source') !== '', 'KaTeX');
    const loss = texOf(element, '[data-factor="1"] .factor-source');
    expect(loss.replace(/\\[,;]|\s/g, '')).to.match(
      /^L=-\\big\[\{?y\\lna\}?\+\{?\(1-y\)\\ln\(1-a\)\}?\\big\]$/,
    );
    const sigmoid = texOf(element, '[data-factor="2"] .factor-source').replace(/\s/g, '');
    expect(sigmoid).to.equal('a=\\sigma(z)=\\dfrac{1}{1+e^{-z}}');
    expect(texOf(element, '[data-factor="3"] .factor-source').replace(/\s/g, '')).to.equal(
      'z=wx+b',
    );
    // The rule under the loss is its derivative, and the line under the sigmoid its slope.
    expect(texOf(element, '[data-factor="1"] .factor-rule')).to.contain(
      '-\\frac{y}{a} + \\frac{1-y}{1-a}',
    );
    expect(texOf(element, '[data-factor="2"] .factor-rule')).to.contain('a\\,(1-a)');
  });

  it('reads after moves and another traced parameter as an element given them from the start', async () => {
    // The words and the formulas that follow only the traced parameter and the language are
    // kept while the numbers move, and made again when either changes.
    await loadTex();
    const shown = (element: NeuronBackprop): string =>
      ['.pipeline', '.controls', '.factors', '.check']
        .map((selector) => {
          const part = root(element).querySelector(selector)!;
          const labels = [part, ...part.querySelectorAll('[aria-label]')].map((node) =>
            node.getAttribute('aria-label'),
          );
          return `${part.textContent!.replace(/\s+/g, ' ')} ${labels.join(' | ')}`;
        })
        .join('\n');
    const element = await mount();
    await waitUntil(() => texOf(element, '.simplified') !== '', 'KaTeX output');
    root(element).querySelector<HTMLElement>('[role="radio"][data-name="b"]')!.click();
    root(element).querySelector<HTMLInputElement>('#slider-w')!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    const fresh = await mount(`x="1.5" w="${element.w}" b="-0.4" y="1" wrt="b"`);
    await waitUntil(() => texOf(fresh, '.simplified') !== '', 'KaTeX output');
    expect(element.wrt).to.equal('b');
    expect(shown(element)).to.equal(shown(fresh));
  });

  // The case first: a ≈ 0.0053, where three decimals showed (−187.793)·0.005·1.5 = −1.492.
  for (const values of [
    'x="1.5" w="-3" b="-0.73" y="1"',
    'x="1.5" w="0.8" b="-0.4" y="1"',
    'x="2" w="2.9" b="0.3" y="0" wrt="b"',
    'x="-4.2" w="1.3" b="5.9" y="1" wrt="x"',
    'x="6" w="6" b="6" y="0"',
  ]) {
    it(`shows factors that multiply to the product shown (${values})`, async () => {
      await loadTex();
      const element = await mount(values);
      await waitUntil(() => texOf(element, '.simplified') !== '', 'KaTeX output');
      const product = texOf(element, '.product');
      const [f1, f2, f3, result] = texNumbers(product);
      expect(product, 'an exact line says =').to.contain(' = ');
      expect(texNumber(f1 * f2 * f3), product).to.equal(texNumber(result));
      // The cards show the same numbers as the product line.
      const cards = [1, 2, 3].map((factor) =>
        shownNumber(text(element, `[data-factor="${factor}"] .factor-value`)),
      );
      expect(cards).to.deep.equal([f1, f2, f3]);
      // And the short way adds up too: (a − y)·factor, or a − y.
      const simplified = texOf(element, '.simplified');
      const numbers = texNumbers(simplified.slice(simplified.indexOf('=') + 1));
      const short =
        numbers.length === 4 ? (numbers[0] - numbers[1]) * numbers[2] : numbers[0] - numbers[1];
      expect(texNumber(short), simplified).to.equal(texNumber(numbers[numbers.length - 1]));
    });
  }

  it('keeps the loss axis through gradient steps, each point on its own curve', async () => {
    // b = −1.2 puts the curve's top just over 10 (axis to 15); a step lifts b and the top below
    // 10, where the axis used to shrink to 10 and the old point floated off the new curve.
    // Without the step's animation, each step's picture is there at once.
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mount('x="1.5" w="0.5" b="-1.2" y="1" learning-rate="0.5"');
    const plot = (): SVGSVGElement => root(element).querySelector<SVGSVGElement>('svg.plot')!;
    const ticks = (): string[] =>
      [...plot().querySelectorAll('.grid text.tick[text-anchor="end"]')].map((t) => t.textContent!);
    /** The height of a drawn path at x, between its two nearest vertices. */
    const heightAt = (path: SVGPathElement, x: number): number => {
      const points = [...path.getAttribute('d')!.matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map(
        ([, px, py]) => [Number(px), Number(py)],
      );
      const i = points.findIndex(([px]) => px >= x);
      const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    };
    const centre = (selector: string): [number, number] => {
      const circle = plot().querySelector<SVGCircleElement>(selector)!;
      return [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))];
    };
    const before = ticks();
    expect(before[before.length - 1]).to.equal('15');
    for (let step = 1; step <= 3; step++) {
      root(element).querySelector<HTMLButtonElement>('button.step')!.click();
      await element.updateComplete;
      expect(ticks(), `the axis after step ${step}`).to.deep.equal(before);
      const [px, py] = centre('.before');
      const dashed = plot().querySelector<SVGPathElement>('.curve-before')!;
      expect(Math.abs(heightAt(dashed, px) - py), 'the old point on the dashed curve').to.be.below(
        0.6,
      );
      const [cx, cy] = centre('.point');
      const solid = plot().querySelector<SVGPathElement>('.curve')!;
      expect(Math.abs(heightAt(solid, cx) - cy), 'the new point on the curve').to.be.below(0.6);
      expect(cy, 'the point slid down').to.be.greaterThan(py);
    }
    expect(text(element, '.legend')).to.contain(
      'Dashed: the curve and the point before the last step',
    );
  });

  it('draws the plot after a run of changes as a fresh element, the point on its curve', async () => {
    const element = await mount('x="1.5" w="0.8" b="-0.4" y="1"');
    const drawing = (host: NeuronBackprop): string =>
      root(host)
        .querySelector('svg.plot')!
        .outerHTML.replace(/<!--[^]*?-->/g, '');
    /** How far the point is drawn from the curve, between the curve's two nearest vertices. */
    const offCurve = (host: NeuronBackprop): number => {
      const plot = root(host).querySelector('svg.plot')!;
      const d = plot.querySelector('.curve')!.getAttribute('d')!;
      const points = [...d.matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map(([, px, py]) => [+px, +py]);
      const circle = plot.querySelector('.point')!;
      const [cx, cy] = ['cx', 'cy'].map((name) => Number(circle.getAttribute(name)));
      const i = points.findIndex(([px]) => px >= cx);
      const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
      return Math.abs(y0 + ((y1 - y0) * (cx - x0)) / (x1 - x0) - cy);
    };
    const changes: [string, Partial<NeuronBackprop>][] = [
      ['w="2"', { w: 2 }],
      ['x="-1" w="2"', { x: -1 }],
      ['x="-1" w="2" y="0"', { y: 0 }],
      ['x="-1" w="2" y="0" wrt="b"', { wrt: 'b' }],
      ['x="-1" w="2" b="3" y="0" wrt="b"', { b: 3 }],
      ['x="0.5" w="2" b="3" y="0" wrt="b"', { x: 0.5 }],
      ['x="0.5" w="-4" b="3" y="0" wrt="b"', { w: -4 }],
    ];
    for (const [attributes, change] of changes) {
      Object.assign(element, change);
      await element.updateComplete;
      expect(offCurve(element), attributes).to.be.below(0.6);
      const fresh = await mount(attributes);
      expect(drawing(element), attributes).to.equal(drawing(fresh));
    }
  });

  it('follows a pointer on a slider and sends only its own events out', async () => {
    const element = await mount();
    const log = record(element);
    const input = slider(element, 'b');
    const box = input.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width * 0.9), Math.round(box.top + box.height / 2)],
    });
    await element.updateComplete;
    expect(element.values.b).to.be.greaterThan(3);
    expect(log.input.length).to.be.greaterThan(0);
    expect(log.change.length).to.be.greaterThan(0);
    expect(log.raw.every((event) => event instanceof CustomEvent)).to.be.true;
    expect(log.input.every((detail) => detail.source === 'b')).to.be.true;
    const want = expected(1.5, 0.8, element.values.b, 1);
    expect(element.z).to.be.closeTo(want.z, 1e-12);
    expect(text(element, '.stage-z .value')).to.equal(formatNumber(want.z));
  });

  it('takes a gradient step on w and b that lowers the loss, shown before and after', async () => {
    const element = await mount('x="1.5" w="0.8" b="-0.4" y="1" learning-rate="0.5"');
    const log = record(element);
    const before = expected(1.5, 0.8, -0.4, 1);
    root(element).querySelector<HTMLButtonElement>('button.step')!.click();
    await element.updateComplete;
    const w = 0.8 - 0.5 * before.w;
    const b = -0.4 - 0.5 * before.b;
    expect(element.values.w).to.be.closeTo(w, 1e-12);
    expect(element.values.b).to.be.closeTo(b, 1e-12);
    expect(element.values.x).to.equal(1.5);
    const after = expected(1.5, w, b, 1);
    expect(element.loss).to.be.closeTo(after.loss, 1e-12);
    expect(after.loss).to.be.below(before.loss);
    expect(text(element, '.loss-before')).to.equal(formatNumber(before.loss));
    expect(text(element, '.loss-after')).to.equal(formatNumber(after.loss));
    expect(text(element, '.step-panel')).to.contain('(lower)');
    expect(log.change.map((detail) => detail.source)).to.deep.equal(['step']);
    expect(log.change[0].loss).to.be.closeTo(after.loss, 1e-12);
    expect(element.announcement).to.contain('the loss fell from');
  });

  it('takes a gradient step from the keyboard and resets to the authored values', async () => {
    const element = await mount('x="1.5" w="0.8" b="-0.4" y="1" learning-rate="0.1"');
    const button = root(element).querySelector<HTMLButtonElement>('button.step')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.values.w).to.not.equal(0.8);
    expect(element.loss).to.be.below(expected(1.5, 0.8, -0.4, 1).loss);
    root(element).querySelector<HTMLButtonElement>('button.reset')!.click();
    await element.updateComplete;
    expect(element.values).to.deep.equal({ x: 1.5, w: 0.8, b: -0.4, y: 1 });
    expect(root(element).querySelector('.loss-after')).to.equal(null);
  });

  it('fires no input or change for changes made from code', async () => {
    const element = await mount();
    const log = record(element);
    element.setAttribute('w', '-2');
    element.setAttribute('wrt', 'x');
    element.setAttribute('learning-rate', '0.2');
    await element.updateComplete;
    expect(element.values.w).to.equal(-2);
    expect(element.wrt).to.equal('x');
    expect(log.raw).to.have.length(0);
  });

  it('keeps the last good state when an attribute turns bad', async () => {
    const element = await mount();
    element.setAttribute('w', '2');
    await element.updateComplete;
    const shown = visibleText(element);
    element.setAttribute('w', 'seven');
    await element.updateComplete;
    expect(element.values.w).to.equal(2);
    expect(element.z).to.be.closeTo(2 * 1.5 - 0.4, 1e-12);
    expect(text(element, '[part~="error"]')).to.contain('w');
    element.setAttribute('w', '2');
    await element.updateComplete;
    expect(visibleText(element)).to.equal(shown);
  });

  it('shows only finite numbers when a is extremely close to 0 or 1', async () => {
    for (const attributes of [
      'x="6" w="6" b="6" y="0"',
      'x="6" w="6" b="6" y="1"',
      'x="-6" w="6" b="-6" y="1"',
      'x="-6" w="6" b="-6" y="0" wrt="x"',
    ]) {
      const element = await mount(attributes);
      expect(findNonFinite(element), attributes).to.equal(null);
      expect(visibleText(element)).to.not.contain('—');
      for (const value of [
        element.z,
        element.a,
        element.loss,
        ...Object.values(element.gradients!),
      ])
        expect(Number.isFinite(value), attributes).to.be.true;
      root(element).querySelector<HTMLButtonElement>('button.step')!.click();
      await element.updateComplete;
      expect(findNonFinite(element), `${attributes} after a step`).to.equal(null);
    }
    const wrong = await mount('x="6" w="6" b="6" y="0"');
    expect(wrong.loss).to.be.closeTo(42, 1e-9);
    expect(text(wrong, '.stage-l .value')).to.equal('42');
    expect(text(wrong, '.agree .gradient')).to.equal('+6');
  });

  it('shows the finite-difference check beside the backpropagated number', async () => {
    const element = await mount();
    const want = expected(1.5, 0.8, -0.4, 1);
    expect(text(element, '.check-backprop')).to.equal(formatNumber(want.w, 6));
    expect(text(element, '.check-numeric')).to.equal(formatNumber(want.w, 6));
    const error = Number(text(element, '.check-error').replace('\u2212', '-'));
    expect(error).to.be.below(1e-8);
  });

  it('labels the pipeline nodes and the plot for screen readers', async () => {
    const element = await mount();
    const stages = root(element).querySelectorAll<HTMLElement>('.pipeline .stage');
    expect(stages).to.have.length(3);
    // Not Tab stops: they hold nothing to operate, and their numbers are on screen.
    for (const node of Array.from(stages)) expect(node.tabIndex).to.equal(-1);
    expect(stages[0].getAttribute('aria-label')).to.contain(
      'z, the weighted sum w times x plus b: 0.8 times 1.5 plus minus 0.4 is 0.8',
    );
    expect(stages[2].getAttribute('aria-label')).to.contain('is 0.371');
    const inputs = root(element).querySelectorAll<HTMLButtonElement>('.pipeline button.node');
    expect(Array.from(inputs).map((button) => button.dataset.name)).to.deep.equal(['x', 'w', 'b']);
    // The visible symbol and value are the start of each button's name; the rest is hidden text.
    expect(inputs[1].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'w 0.8 , the weight: trace the gradient with respect to w',
    );
    const plot = root(element).querySelector('svg.plot')!;
    expect(plot.getAttribute('aria-label')).to.contain('At w = 0.8 the loss is 0.371');
  });

  it('keeps the pipeline boxes and arrows where they are when a value gains a digit', async () => {
    const element = await mount();
    const boxes = (): number[] =>
      [...root(element).querySelectorAll<HTMLElement>('.pipeline .node, .pipeline .arrow')].map(
        (box) => Math.round(box.getBoundingClientRect().width * 10) / 10,
      );
    const before = boxes();
    // w 0.8 → 0.85: z goes from 0.8 to 0.875 and a, L gain digits too.
    element.w = 0.85;
    await element.updateComplete;
    expect(text(element, '.stage-z .value')).to.equal('0.875');
    expect(boxes()).to.deep.equal(before);
    element.w = -5.95;
    await element.updateComplete;
    expect(boxes()).to.deep.equal(before);
  });

  it('rescales the loss axis when another input moves after the traced one', async () => {
    const element = await mount();
    const ticks = (host: NeuronBackprop): string[] =>
      [...root(host).querySelectorAll('svg.plot .grid text.tick[text-anchor="end"]')].map(
        (tick) => tick.textContent!,
      );
    element.w = 1.2;
    await element.updateComplete;
    element.b = 5;
    await element.updateComplete;
    const fresh = await mount('x="1.5" w="1.2" b="5" y="1"');
    expect(ticks(element)).to.deep.equal(ticks(fresh));
    expect(ticks(element)).to.not.deep.equal(ticks(await mount()));
  });

  it('fits a 320 px column without horizontal overflow', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><neuron-backprop></neuron-backprop></div>`,
    );
    const element = wrapper.querySelector('neuron-backprop')!;
    await loadTex();
    await element.updateComplete;
    expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
    const right = element.getBoundingClientRect().right;
    for (const node of Array.from(root(element).querySelectorAll('.node, .slider, .factor'))) {
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(right);
    }
  });

  runConformanceSuite({
    tag: 'neuron-backprop',
    attributes: { x: '1.5', w: '0.8', b: '-0.4', y: '1' },
    badValues: {
      x: { bad: ['', 'banana', 'NaN', '1e400', 'Infinity', '7'], good: '1' },
      w: { bad: ['banana', '-7', '1,,2'], good: '-1' },
      b: { bad: ['Infinity', '6.5'], good: '0.5' },
      y: { bad: ['-5', '2', 'NaN'], good: '0' },
      wrt: { bad: ['', 'z', 'banana'], good: 'b' },
      'learning-rate': { bad: ['0', '-5', 'banana'], good: '0.1' },
    },
    interact: async (element) => {
      const shadow = element.shadowRoot!;
      shadow.querySelector<HTMLInputElement>('#slider-w')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      shadow.querySelector<HTMLButtonElement>('button.step')!.click();
      shadow.querySelector<HTMLButtonElement>('button.node[data-name="x"]')!.click();
    },
    distinguish: { attribute: 'w', value: '-2' },
  });
});
