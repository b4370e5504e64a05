import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import {
  activationSlopes,
  backwardPass,
  createNetwork,
  forwardPass,
} from '../../../src/core/index.js';
import type { AnswerDetail } from '../../../src/internal/exercise/exercise-element.js';
import { formatNumber } from '../../../src/internal/format.js';
import { axeProblems } from '../../conformance/axe.js';
import { answer, verdict } from '../../conformance/exercise-reader.js';
import { findHidden } from '../../conformance/hidden-values.js';
import { accessibleName, tabStops } from '../../conformance/keyboard.js';
import { $, $$ } from '../../conformance/shadow.js';
import { record, stepButton } from './layer-page.js';

/** The pass recomputed by the core from what the element reads back (its own numbers). */
function reference(element: LayerDelta) {
  const network = createNetwork({
    sizes: element.sizes,
    activation: element.activation,
    loss: element.loss,
    seed: element.seed,
  });
  network.weights = element.weights;
  network.biases = element.biases;
  const cache = forwardPass(network, element.x!);
  const result = backwardPass(network, cache, element.y!);
  return { ...result, a: cache.a, slopes: activationSlopes(network, cache), network };
}

/** Every δ and weight gradient of the layers up to `layer`: what must stay hidden while it is asked. */
function hiddenThrough(element: LayerDelta, layer: number): number[] {
  const { deltas, weightGradients } = reference(element);
  return [...deltas.slice(0, layer).flat(), ...weightGradients.slice(0, layer).flat(2)];
}

/**
 * The weight slider's hint says "by 0.1": a hidden value that rounds to 0.1 at two decimals would
 * be "found" there. Such values are left out of the scans that meet the slider.
 */
const besideSliderHint = (values: number[]): number[] =>
  values.filter((value) => Math.abs(Math.abs(value) - 0.1) >= 0.005);

async function mount(
  attributes: Record<string, string>,
  lang = 'en',
  style = '',
): Promise<LayerDelta> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style=${style}>
      <layer-delta></layer-delta>
    </div>`,
  );
  const element = wrapper.querySelector('layer-delta')!;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await element.updateComplete;
  // The question's words arrive on demand; the field is drawn once they are here.
  for (let i = 0; i < 50 && !$$(element, '.answer input')[0]; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await element.updateComplete;
  return element;
}

const ASKED = { ask: 'deltas' };
const focused = (element: Element): string => {
  const active = element.shadowRoot!.activeElement;
  return active ? `${active.localName}#${active.id || active.textContent!.trim()}` : 'nothing';
};

/** Presses Step as a reader does (Enter on the focused button). */
async function pressStep(element: LayerDelta): Promise<void> {
  stepButton(element).focus();
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
  await element.updateComplete;
}

/** The default network (2 3 1, sigmoid, bce, seed 1): the output's δ and hidden 1 unit 1's. */
function expected(element: LayerDelta) {
  const { deltas, network, slopes, a } = reference(element);
  const output = deltas[1][0];
  // δ of hidden 1 unit 1: the first column of W₂ times δ₂, times f′(z).
  const carried = network.weights[1].reduce((sum, row, i) => sum + row[0] * deltas[1][i], 0);
  return { output, hidden: deltas[0][0], carried, slope: slopes[0][0], a: a[1][0] };
}

describe('<layer-delta ask="deltas">: predict each layer’s δ before the pass reaches it', () => {
  it('shows every δ without ask (the scan finds them)', async () => {
    const element = await mount({});
    expect(findHidden(element, hiddenThrough(element, 2))).to.not.deep.equal([]);
  });

  it('hides every δ and gradient, and waits at Step, until the output’s δ is answered', async () => {
    const element = await mount(ASKED);
    const events = record(element, 'backward-step');
    expect(findHidden(element, hiddenThrough(element, 2))).to.deep.equal([]);
    expect(element.deltas).to.deep.equal([null, null]);
    expect(element.weightGradients).to.deep.equal([null, null]);
    const { output, hidden } = expected(element);
    expect(element.answers).to.deep.equal([
      { question: 'delta-2-1', expected: output },
      { question: 'delta-1-1', expected: hidden },
    ]);
    expect($(element, '.answer label').textContent).to.equal('Predict δ of output unit 1');
    expect(stepButton(element).getAttribute('aria-disabled')).to.equal('true');
    expect($(element, '.status').textContent).to.contain('Predict the next δ below to step on.');
    await pressStep(element);
    $<HTMLButtonElement>(element, 'button.run').click();
    await element.updateComplete;
    expect(events).to.deep.equal([]);
    expect($$(element, '.delta')).to.have.length(0);
    // The panel writes the numbers going in: a and y.
    expect($(element, '.layer-panel').textContent).to.contain('Predict δ₂ from these numbers');
  });

  it('keeps them hidden while the reader explores: units, layers, a weight, x', async () => {
    // y of 1, so no δ = a − y equals an activation on screen.
    const element = await mount({ ...ASKED, sizes: '2 2 2', y: '1 1', seed: '3' });
    const units = $$<SVGGElement>(element, '[data-unit]');
    units[units.length - 1].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await element.updateComplete;
    expect($(element, '.readout').textContent).to.contain('δ not computed yet');
    $$<HTMLButtonElement>(element, '.layer-picker button')[0].click();
    await element.updateComplete;
    const slider = $<HTMLInputElement>(element, '.layer-panel input[type="range"]');
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    const x = $<HTMLInputElement>(element, '.vectors input');
    x.focus();
    x.select();
    await sendKeys({ type: '0.7' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.announcement).to.not.equal('');
    expect(findHidden(element, besideSliderHint(hiddenThrough(element, 2)))).to.deep.equal([]);
  });

  it('takes a right answer, then Step reaches the layer and asks the next', async () => {
    const element = await mount(ASKED);
    const { output, hidden, a } = expected(element);
    const right = await answer(element, `${a.toFixed(4)} - 1`);
    expect(right).to.deep.equal({
      question: 'delta-2-1',
      given: `${a.toFixed(4)} - 1`,
      expected: output,
      correct: true,
      attempt: 1,
      revealed: false,
    });
    expect(element.announcement).to.equal(
      `Right: δ = a − y = ${formatNumber(a)} − 1 = ${formatNumber(output)} ✓`,
    );
    expect(focused(element), 'Step comes next').to.equal('button#step');
    expect(stepButton(element).hasAttribute('aria-disabled')).to.equal(false);
    // Answered, not yet reached: the output's δ is out, what follows from it is not.
    expect(element.deltas[1]).to.deep.equal([output]);
    expect(element.deltas[0]).to.equal(null);
    const events = record(element, 'backward-step');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await element.updateComplete;
    expect(events).to.deep.equal([
      { type: 'backward-step', detail: { step: 1, total: 2, layer: 2 } },
    ]);
    expect(focused(element), 'the next question takes focus').to.equal('input#answer-delta-1-1');
    expect($(element, '.answer label').textContent).to.equal('Predict δ of hidden 1 unit 1');
    expect($$(element, '.delta')).to.have.length(1);
    expect(stepButton(element).getAttribute('aria-disabled')).to.equal('true');
    expect(findHidden(element, hiddenThrough(element, 1))).to.deep.equal([]);
    // The panel shows hidden 1 with W₂ᵀ, δ₂ and f′(z₁) written in, three decimals each.
    expect($(element, '.layer-panel h3').textContent).to.contain('hidden 1');
    const panel = $(element, '.layer-panel .formula').textContent!;
    const { network, slopes } = reference(element);
    for (const value of [network.weights[1][0][0], output, slopes[0][0]])
      expect(panel).to.contain(formatNumber(value).replace('−', '-'));
    expect(element.deltas[0]).to.equal(null);
    expect((await answer(element, String(hidden))).correct).to.equal(true);
    expect(element.score).to.deep.equal({ correct: 2, firstTry: 2, answered: 2, possible: 2 });
    expect(focused(element), 'after the last, as in every element').to.equal(
      'button#exercise-try-new',
    );
    await pressStep(element);
    expect($$(element, '.delta')).to.have.length(4);
    expect(element.deltas[0]![0]).to.equal(hidden);
  });

  it('names the mistake first (f′ left out, then the wrong weights), then the rule', async () => {
    const element = await mount(ASKED);
    await answer(element, String(expected(element).output));
    await pressStep(element);
    const { carried, slope, hidden } = expected(element);
    const first = await answer(element, carried.toFixed(5));
    expect(first).to.include({ question: 'delta-1-1', correct: false, attempt: 1 });
    expect(verdict(element)).to.equal(
      'Not yet. Multiply by f′(z) too: the unit’s slope scales what flows back through it.',
    );
    expect(element.announcement).to.equal(verdict(element));
    expect(focused(element), 'focus stays in the field').to.equal('input#answer-delta-1-1');
    const reference2 = reference(element);
    const otherRow =
      reference2.network.weights[1].reduce(
        (sum, row, i) => sum + row[1] * reference2.deltas[1][i],
        0,
      ) * slope;
    await answer(element, otherRow.toFixed(6));
    expect(verdict(element)).to.match(
      /^Not yet\. Use the rule: δ = \(W₂ᵀδ₂\)₁ × f′\(z\) = \(.+\) × 0\.\d+\.$/,
    );
    expect($$(element, '.answer button').map((b) => b.textContent!.trim())).to.deep.equal([
      'Check',
      'Show answer',
    ]);
    expect(findHidden(element, hiddenThrough(element, 1))).to.deep.equal([]);
    await answer(element, (-hidden).toFixed(6));
    expect(verdict(element)).to.equal('Not yet: check the sign.');
    const right = await answer(element, `${carried.toFixed(5)}*${slope.toFixed(5)}`);
    expect(right).to.include({ correct: true, attempt: 4 });
    expect(element.score).to.deep.equal({ correct: 2, firstTry: 1, answered: 2, possible: 2 });
  });

  it('names the wrong row of Wᵀ on the first try', async () => {
    const element = await mount(ASKED);
    await answer(element, String(expected(element).output));
    await pressStep(element);
    const { network, deltas, slopes } = reference(element);
    const otherRow = network.weights[1].reduce((sum, row, i) => sum + row[1] * deltas[1][i], 0);
    await answer(element, (otherRow * slopes[0][0]).toFixed(6));
    expect(verdict(element)).to.equal(
      'Not yet. Use this unit’s row of Wᵀ: the weights leaving it, each times the δ of the unit it feeds.',
    );
  });

  it('shows the answer for no credit, and Step goes on', async () => {
    const element = await mount(ASKED);
    await answer(element, '1');
    await answer(element, '2');
    const event = oneEvent(element, 'answer');
    $$<HTMLButtonElement>(element, '.answer button')[1].click();
    const { detail } = (await event) as CustomEvent<AnswerDetail>;
    await element.updateComplete;
    expect(detail).to.include({
      question: 'delta-2-1',
      revealed: true,
      correct: false,
      attempt: 2,
    });
    const { a, output } = expected(element);
    expect($(element, '.answer-done').textContent!.trim()).to.equal(
      `The answer: δ = a − y = ${formatNumber(a)} − 1 = ${formatNumber(output)}`,
    );
    expect(element.score).to.deep.equal({ correct: 0, firstTry: 0, answered: 1, possible: 2 });
    expect(focused(element)).to.equal('button#step');
    await pressStep(element);
    expect(focused(element)).to.equal('input#answer-delta-1-1');
  });

  it('Run to input stops before the layer asked about', async () => {
    const element = await mount({ ...ASKED, sizes: '2 3 3 1', seed: '4' });
    await answer(element, String(reference(element).deltas[2][0]));
    const events = record(element, 'backward-step');
    $<HTMLButtonElement>(element, 'button.run').click();
    await element.updateComplete;
    await element.updateComplete;
    expect(events.map((e) => (e.detail as { layer: number }).layer)).to.deep.equal([3]);
    expect(focused(element)).to.equal('input#answer-delta-2-1');
    expect(findHidden(element, hiddenThrough(element, 2))).to.deep.equal([]);
  });

  it('asks the squared error’s δ with its factor 2 and f′(z)', async () => {
    const element = await mount({ ...ASKED, loss: 'mse', y: '0.2' });
    const { deltas, a, slopes } = reference(element);
    expect(findHidden(element, hiddenThrough(element, 2))).to.deep.equal([]);
    await answer(element, String((a[1][0] - 0.2) * slopes[1][0]));
    expect(verdict(element)).to.equal(
      'Not yet. The squared error’s derivative has a factor 2: δ = 2(a − y) f′(z).',
    );
    expect((await answer(element, String(deltas[1][0]))).correct).to.equal(true);
  });

  it('asks the softmax output’s δ as a − y, and names the slope that cancels', async () => {
    const element = await mount({ ...ASKED, loss: 'ce', sizes: '2 3 3', y: '1 0 0', seed: '2' });
    const { deltas, a, slopes, weightGradients } = reference(element);
    // Where y is 0, δ = a − 0 is the activation on screen by design: the asked unit has y = 1.
    const hidden = [deltas[1][0], ...deltas[0], ...weightGradients.flat(2)];
    expect(findHidden(element, besideSliderHint(hidden))).to.deep.equal([]);
    await answer(element, String(deltas[1][0] * slopes[1][0]));
    expect(verdict(element)).to.equal(
      'Not yet. With cross-entropy the output’s slope cancels: δ = a − y, with no f′(z).',
    );
    expect((await answer(element, `${a[1][0]} - 1`)).correct).to.equal(true);
  });

  it('marks the asked δ in a large layer’s table, whose rule shows shapes', async () => {
    const element = await mount({ ...ASKED, sizes: '2 4 1' });
    await answer(element, String(reference(element).deltas[1][0]));
    await pressStep(element);
    const cells = $$(element, '.unit-table tbody td:last-child');
    expect(cells).to.have.length(4);
    expect(cells[0].querySelector('.answer-pending')!.getAttribute('aria-label')).to.equal(
      'hidden until you answer',
    );
    expect(cells.slice(1).map((cell) => cell.textContent!.trim())).to.deep.equal(['·', '·', '·']);
    expect(findHidden(element, besideSliderHint(hiddenThrough(element, 1)))).to.deep.equal([]);
  });

  it('ask="deltas-all" asks every unit of a layer before Step goes on', async () => {
    const element = await mount({ ask: 'deltas-all', sizes: '2 2 2', y: '1 0' });
    expect(element.answers.map((a) => a.question)).to.deep.equal([
      'delta-2-1',
      'delta-2-2',
      'delta-1-1',
      'delta-1-2',
    ]);
    const { deltas } = reference(element);
    await answer(element, String(deltas[1][0]));
    expect(focused(element)).to.equal('input#answer-delta-2-2');
    expect(stepButton(element).getAttribute('aria-disabled')).to.equal('true');
    await answer(element, String(deltas[1][1]));
    expect(focused(element)).to.equal('button#step');
    expect($$(element, '.answer-done')).to.have.length(2);
  });

  it('draws new numbers with "Try new numbers", hidden again, and asks from the output', async () => {
    const element = await mount(ASKED);
    await answer(element, String(expected(element).output));
    await pressStep(element);
    const before = element.weights;
    $<HTMLButtonElement>(element, '#exercise-try-new').click();
    await element.updateComplete;
    expect(element.weights).to.not.deep.equal(before);
    expect(element.score).to.deep.equal({ correct: 0, firstTry: 0, answered: 0, possible: 2 });
    expect(element.deltas).to.deep.equal([null, null]);
    expect($$(element, '.delta')).to.have.length(0);
    expect(focused(element)).to.equal('input#answer-delta-2-1');
    expect(findHidden(element, besideSliderHint(hiddenThrough(element, 2)))).to.deep.equal([]);
    expect(element.answers[0].expected).to.equal(reference(element).deltas[1][0]);
    expect((await answer(element, String(element.answers[0].expected))).correct).to.equal(true);
  });

  it('asks again from the output with resetExercise()', async () => {
    const element = await mount(ASKED);
    await answer(element, String(expected(element).output));
    await pressStep(element);
    element.resetExercise();
    await element.updateComplete;
    expect(element.deltas).to.deep.equal([null, null]);
    expect($$(element, '.delta')).to.have.length(0);
    expect(findHidden(element, hiddenThrough(element, 2))).to.deep.equal([]);
  });

  it('reads a German decimal comma', async () => {
    const element = await mount(ASKED, 'de');
    expect(findHidden(element, hiddenThrough(element, 2), 'de')).to.deep.equal([]);
    const { output } = expected(element);
    const typed = output.toFixed(4).replace('.', ',');
    const detail = await answer(element, typed);
    expect(detail).to.include({ given: typed, correct: true });
    expect($(element, '.answer-done').textContent).to.contain(
      `= ${formatNumber(output).replace('.', ',')} ✓`,
    );
  });

  it('works on a right-to-left page at 320 px', async () => {
    const element = await mount(ASKED, 'ar', 'width: 320px');
    expect(findHidden(element, hiddenThrough(element, 2), 'ar')).to.deep.equal([]);
    const field = $<HTMLInputElement>(element, '.answer input');
    expect(getComputedStyle(field).direction).to.equal('ltr');
    expect((await answer(element, String(expected(element).output))).correct).to.equal(true);
    expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
  });

  it('is reached by Tab, and answered and stepped by keys alone', async () => {
    const { element, stops } = await tabStops<LayerDelta>(
      html`<layer-delta ask="deltas"></layer-delta>`,
    );
    const names = stops.map(accessibleName);
    const field = names.indexOf('Predict δ of output unit 1');
    // Step and Run wait but stay in the Tab order, before the field.
    expect(names.slice(0, field + 2), names.join(' | ')).to.deep.equal([
      '◀ Step backward',
      'Run to input',
      'Predict δ of output unit 1',
      'Check',
    ]);
    (stops[field] as HTMLElement).focus();
    await sendKeys({ type: String(reference(element).deltas[1][0]) });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)).to.equal('button#step');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await element.updateComplete;
    expect(focused(element)).to.equal('input#answer-delta-1-1');
  });

  it('passes axe with the field, a verdict and the score line', async () => {
    const element = await mount(ASKED);
    expect(await axeProblems(element)).to.deep.equal([]);
    await answer(element, '1');
    expect(await axeProblems(element)).to.deep.equal([]);
  });

  it('fits a 320 px column with the field open', async () => {
    await setViewport({ width: 360, height: 800 });
    const element = await mount({ ...ASKED, sizes: '3 4 4 2' }, 'en', 'width: 320px');
    await answer(element, '3');
    const right = element.getBoundingClientRect().right + 1;
    for (const node of $$(element, '.controls *, .asking, .asking *, .layer-panel .formula'))
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(right);
    await setViewport({ width: 800, height: 600 });
  });
});
