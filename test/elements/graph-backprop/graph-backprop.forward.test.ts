import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type {
  ForwardStepDetail,
  GraphBackprop,
} from '../../../src/elements/graph-backprop/graph-backprop.js';
import { $ } from '../../conformance/shadow.js';

/** The test's own arithmetic, independent of the core: the expression and its pieces. */
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
type Point = { w: number; x: number; b: number };
const pieces = {
  mul: (p: Point) => p.w * p.x,
  add: (p: Point) => p.w * p.x + p.b,
  sigmoid: (p: Point) => sigmoid(p.w * p.x + p.b),
};

/** d f / d name by central differences in float64. */
function centralDifference(f: (p: Point) => number, at: Point, name: keyof Point): number {
  const h = 1e-6;
  return (f({ ...at, [name]: at[name] + h }) - f({ ...at, [name]: at[name] - h })) / (2 * h);
}

const AT: Point = { w: -1, x: 2, b: 0.5 };

function record<T>(element: HTMLElement, type: string): T[] {
  const seen: T[] = [];
  element.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

async function mount(extra: { mode?: string; wrt?: string } = {}): Promise<GraphBackprop> {
  const element = await fixture<GraphBackprop>(
    html`<graph-backprop
      expr="sigmoid(w*x + b)"
      values="w=-1, x=2, b=0.5"
      mode=${extra.mode ?? 'forward'}
      wrt=${extra.wrt ?? ''}
    ></graph-backprop>`,
  );
  await element.updateComplete;
  return element;
}

describe('<graph-backprop> forward mode', () => {
  for (const wrt of ['w', 'x', 'b'] as const) {
    it(`carries the tangent of ${wrt} forward node by node, ending at the gradient`, async () => {
      const element = await mount({ wrt });
      expect(element.mode).to.equal('forward');
      expect(element.wrt).to.equal(wrt);
      expect(element.totalSteps).to.equal(3);
      const steps = record<ForwardStepDetail>(element, 'forward-step');
      const step = $<HTMLButtonElement>(element, 'button.step');
      while (step.getAttribute('aria-disabled') !== 'true') {
        step.click();
        await element.updateComplete;
      }
      expect(steps.map((detail) => detail.step)).to.deep.equal([1, 2, 3]);
      const expected = [pieces.mul, pieces.add, pieces.sigmoid].map((f) =>
        centralDifference(f, AT, wrt),
      );
      steps.forEach((detail, index) => {
        expect(detail.total).to.equal(3);
        expect(detail.tangent, `step ${index + 1}`).to.be.closeTo(expected[index], 1e-7);
      });
      expect(steps.at(-1)!.id).to.equal('n5');
      // The same number reverse mode gives, and the element says so.
      expect(element.gradients[wrt]).to.be.closeTo(steps.at(-1)!.tangent, 1e-12);
      const done = $(element, '.forward-done').textContent!.replace(/\s+/g, ' ');
      expect(done).to.contain(`gradient with respect to ${wrt}`);
      expect(done.match(/−?\d+\.\d+/g)!.map((text) => Number(text.replace('−', '-')))).to.satisfy(
        (numbers: number[]) => numbers.every((n) => Math.abs(n - expected[2]) < 1e-3),
      );
      expect($(element, '.tally').textContent).to.contain('3 passes');
      expect(element.announcement).to.contain('equals the backward pass');
    });
  }

  it('starts from the first variable, and the reader switches mode and picks another', async () => {
    const element = await mount({ mode: 'reverse' });
    expect(element.mode).to.equal('reverse');
    const changes = record<{ name: string; value: unknown }>(element, 'change');
    $<HTMLInputElement>(element, 'input[value="forward"]').click();
    await element.updateComplete;
    expect(element.mode).to.equal('forward');
    expect(element.wrt, 'the first variable').to.equal('w');
    const select = $<HTMLSelectElement>(element, '.wrt select');
    select.value = 'b';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.wrt).to.equal('b');
    expect(changes).to.deep.equal([
      { name: 'mode', value: 'forward' },
      { name: 'wrt', value: 'b' },
    ]);
    element.stepForward();
    element.stepForward();
    await element.updateComplete;
    expect(element.step).to.equal(2);
    const add = $(element, '.node[data-id="n4"]');
    expect(add.getAttribute('aria-label')).to.equal('the add node, value minus 1.5, tangent 1');
    // Back to reverse mode: its own pass, where it was.
    $<HTMLInputElement>(element, 'input[value="reverse"]').click();
    await element.updateComplete;
    expect(element.step).to.equal(0);
    expect(element.totalSteps).to.equal(3);
  });

  it('names Step and its group after the pass on show, its arrow pointing the way it goes', async () => {
    const element = await mount({ mode: 'reverse' });
    const step = (): string => $(element, 'button.step').textContent!.replace(/\s+/g, ' ').trim();
    const group = (): string | null => $(element, '[part="controls"]').getAttribute('aria-label');
    expect(step()).to.equal('Step ◂');
    expect(group()).to.equal('Backward pass');
    $<HTMLInputElement>(element, 'input[value="forward"]').click();
    await element.updateComplete;
    expect(step()).to.equal('Step forward ▸');
    expect(group()).to.equal('Forward-mode pass');
  });

  it('plays forward mode with the same controls, firing forward-step', async () => {
    const element = await mount({ wrt: 'x' });
    const steps = record<ForwardStepDetail>(element, 'forward-step');
    const backward = record<unknown>(element, 'backward-step');
    element.play();
    while (steps.length < 3) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backward).to.have.length(0);
    expect(steps.at(-1)!.tangent).to.be.closeTo(centralDifference(pieces.sigmoid, AT, 'x'), 1e-7);
    element.reset();
    await element.updateComplete;
    expect(element.step).to.equal(0);
  });

  it('refuses a wrt that is not a variable and keeps the one traced', async () => {
    const element = await mount({ wrt: 'x' });
    const errors = record<{ attribute: string; message: string }>(element, 'error');
    element.wrt = 'q';
    await element.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0].attribute).to.equal('wrt');
    expect(errors[0].message).to.contain("'q'");
    expect(element.wrt).to.equal('x');
    element.mode = 'sideways' as never;
    await element.updateComplete;
    expect(errors.at(-1)!.attribute).to.equal('mode');
    expect(element.mode).to.equal('forward');
  });
});
