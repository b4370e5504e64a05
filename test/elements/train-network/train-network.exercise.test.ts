import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/train-network/define.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';
import type { AnswerDetail } from '../../../src/internal/exercise/exercise-element.js';
import { axeProblems } from '../../conformance/axe.js';
import { answer, verdict } from '../../conformance/exercise-reader.js';
import { findHidden } from '../../conformance/hidden-values.js';
import { bringToFront, resetPageState } from '../../conformance/page-state.js';
import { settle } from '../../conformance/settle.js';
import { $, $$ } from '../../conformance/shadow.js';

beforeEach(bringToFront);
afterEach(resetPageState);

/**
 * Every point is the same, x₁ = 0.5, x₂ = −0.25 of class 1, so whichever example the mini-batch starts
 * with, ∂L/∂w of the first connection into the output is known without the element's code: a tanh
 * hidden layer of two units, a sigmoid output, δ = a − y.
 */
const SAME_POINTS = `points="${'0.5 -0.25 1; '.repeat(5)}0.5 -0.25 1"`;
const NETWORK = `${SAME_POINTS} sizes="2" activation="tanh" features="x1 x2" batch-size="1" learning-rate="0.1"`;

const X = [0.5, -0.25];

/** a of hidden unit 1 for the point. */
const hiddenA = (element: TrainNetwork, j: number): number => {
  const row = element.weights[0][j];
  return Math.tanh(row[0] * X[0] + row[1] * X[1] + element.biases[0][j]);
};

/** ∂L/∂w of hidden unit 1 → the output for the point of class 1, written out here. */
function expectedGradient(element: TrainNetwork): { gradient: number; updated: number } {
  const second = element.weights[1];
  const b2 = element.biases[1];
  const hidden = [hiddenA(element, 0), hiddenA(element, 1)];
  const z = second[0][0] * hidden[0] + second[0][1] * hidden[1] + b2[0];
  const delta = 1 / (1 + Math.exp(-z)) - 1;
  const gradient = delta * hidden[0];
  return { gradient, updated: second[0][0] - 0.1 * gradient };
}

async function mount(attributes: string, lang = 'en'): Promise<TrainNetwork> {
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const element = document.createElement('train-network');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g))
    element.setAttribute(name, value);
  host.append(element);
  await settle(element);
  // The question's words, the field and the panel arrive on demand.
  for (let k = 0; k < 50 && !element.shadowRoot!.querySelector('.panel'); k++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await settle(element);
  return element;
}

const focused = (element: Element): string => {
  const active = element.shadowRoot!.activeElement;
  return active ? `${active.localName}#${active.id}` : 'nothing';
};

describe('<train-network ask="gradient">: predict, then check', () => {
  it('shows the gradient without ask (the scan finds it)', async () => {
    const element = await mount(NETWORK);
    $<HTMLButtonElement>(element, 'button.explain').click();
    for (let k = 0; k < 50 && !$$(element, '.panel .katex').length; k++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const { gradient } = expectedGradient(element);
    expect(findHidden(element, [gradient]).length).to.be.greaterThan(0);
    expect($(element, '.answer')).to.equal(null);
  });

  it('asks for the first connection into the output and hides every trace of its gradient', async () => {
    const element = await mount(`${NETWORK} ask="gradient"`);
    const { gradient, updated } = expectedGradient(element);
    expect(element.answers).to.have.length(1);
    expect(element.answers[0].question).to.equal('gradient');
    expect(element.answers[0].expected).to.be.closeTo(gradient, 1e-12);
    expect($(element, '.answer label').textContent).to.equal(
      'Predict ∂L/∂w of the weight from layer 1 unit 1 to output 1 for the first example alone',
    );
    expect(findHidden(element, [gradient, updated])).to.deep.equal([]);
    expect($$(element, '.panel .answer-pending')).to.have.length(3);
    // Training waits: Play and Step say they are unavailable and do nothing.
    const weights = JSON.stringify(element.weights);
    for (const name of ['play', 'step']) {
      const button = $<HTMLButtonElement>(element, `button.${name}`);
      expect(button.getAttribute('aria-disabled'), name).to.equal('true');
      button.click();
      await settle(element);
    }
    expect(element.epoch).to.equal(0);
    expect(JSON.stringify(element.weights)).to.equal(weights);
    expect(findHidden(element, [gradient, updated])).to.deep.equal([]);
  });

  it('ask set while training plays: training stops at the question', async () => {
    const element = await mount(NETWORK);
    element.play();
    await settle(element);
    element.setAttribute('ask', 'gradient');
    await settle(element);
    await settle(element);
    const epoch = element.epoch;
    const weights = JSON.stringify(element.weights);
    const { gradient } = expectedGradient(element);
    expect(element.answers[0].expected).to.be.closeTo(gradient, 1e-12);
    await settle(element);
    expect(element.epoch).to.equal(epoch);
    expect(JSON.stringify(element.weights)).to.equal(weights);
    expect($(element, 'button.play').getAttribute('aria-pressed')).to.equal('false');
  });

  it('right on the first try: the working shows, training may go on', async () => {
    const element = await mount(`${NETWORK} ask="gradient"`);
    const { gradient } = expectedGradient(element);
    const right = await answer(element, gradient.toFixed(5));
    expect(right).to.include({ question: 'gradient', correct: true, attempt: 1, revealed: false });
    expect(right.expected).to.be.closeTo(gradient, 1e-12);
    expect($(element, '.answer-done').textContent).to.contain('✓');
    expect(findHidden(element, [gradient]).length).to.be.greaterThan(0);
    expect(element.score).to.include({ correct: 1, firstTry: 1, answered: 1, possible: 1 });
    expect($<HTMLButtonElement>(element, 'button.step').getAttribute('aria-disabled')).to.equal(
      'false',
    );
    expect(focused(element)).to.equal('button#exercise-try-new');
  });

  it('wrong, then a named hint, then the rule with numbers, then right', async () => {
    const element = await mount(`${NETWORK} ask="gradient"`);
    const { gradient } = expectedGradient(element);
    const delta = gradient / hiddenA(element, 0);
    const wrong = await answer(element, delta.toFixed(5));
    expect(wrong).to.include({ correct: false, attempt: 1 });
    expect(verdict(element)).to.equal(
      'Not yet. Multiply δ of the unit fed by a of the unit feeding: a is missing.',
    );
    expect(focused(element), 'focus stays in the field').to.equal('input#answer-gradient');
    await answer(element, '12');
    expect(verdict(element)).to.match(/^Not yet\. Use the rule: ∂L\/∂w = δⱼ·aᵢ = .+ × .+\.$/);
    expect(findHidden(element, [gradient])).to.deep.equal([]);
    expect((await answer(element, gradient.toFixed(5))).correct).to.equal(true);
    expect(element.score).to.include({ correct: 1, firstTry: 0, answered: 1 });
  });

  it('names the other mistakes: δ left out, the sign turned', async () => {
    const element = await mount(`${NETWORK} ask="gradient"`);
    await answer(element, hiddenA(element, 0).toFixed(5));
    expect(verdict(element)).to.equal(
      'Not yet. Multiply a of the unit feeding by δ of the unit fed: δ is missing.',
    );
    element.resetExercise();
    await settle(element);
    await answer(element, (-expectedGradient(element).gradient).toFixed(5));
    expect(verdict(element)).to.equal('Not yet: check the sign.');
  });

  it('reveals for no credit, and Try new numbers trains on to a new question', async () => {
    const element = await mount(`${NETWORK} ask="gradient"`);
    await answer(element, '1');
    await answer(element, '2');
    const event = oneEvent(element, 'answer');
    $$<HTMLButtonElement>(element, '.answer button')[1].click();
    const { detail } = (await event) as CustomEvent<AnswerDetail>;
    expect(detail).to.include({ revealed: true, correct: false, attempt: 2 });
    await settle(element);
    expect(element.score).to.include({ correct: 0, answered: 1, possible: 1 });
    const before = element.answers[0].expected;
    const weights = JSON.stringify(element.weights);
    $<HTMLButtonElement>(element, '#exercise-try-new').click();
    await settle(element);
    expect(JSON.stringify(element.weights), 'training went on').to.not.equal(weights);
    const { gradient, updated } = expectedGradient(element);
    expect(element.answers[0].expected).to.be.closeTo(gradient, 1e-12);
    expect(gradient).to.not.be.closeTo(before, 1e-9);
    expect(element.score.answered).to.equal(0);
    expect(findHidden(element, [gradient, updated])).to.deep.equal([]);
    expect(focused(element)).to.equal('input#answer-gradient');
  });

  it("with regularisation, shows w in the panel while asked, in the page's number style", async () => {
    const element = await mount(
      `${NETWORK} regularization="l2" regularization-rate="0.1" ask="gradient"`,
      'de',
    );
    // A w of our own, so its German writing is known: 0,375.
    element.weights = [element.weights[0], [[0.375, -0.5]]];
    await settle(element);
    const formulas = (): string =>
      $$(element, '.panel .formula .katex-html')
        .map((node) => node.textContent ?? '')
        .join(' | ');
    for (let k = 0; k < 50 && !/w=0,375/.test(formulas()); k++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(formulas()).to.match(/w=0,375/);
    // The gradient (δ·a + λw) and the update stay hidden.
    const { expected } = element.answers[0];
    expect(expected).to.not.be.closeTo(0.375, 1e-6);
    expect(findHidden(element, [expected, 0.375 - 0.1 * expected], 'de')).to.deep.equal([]);
    expect($$(element, '.panel .answer-pending')).to.have.length(3);
  });

  it('train() from a script waits while the gradient is asked, as Play does', async () => {
    const element = await mount(`${NETWORK} ask="gradient"`);
    const weights = JSON.stringify(element.weights);
    const { expected } = element.answers[0];
    const detail = element.train(5);
    await settle(element);
    expect(detail.epoch).to.equal(0);
    expect(element.epoch).to.equal(0);
    expect(JSON.stringify(element.weights)).to.equal(weights);
    expect(element.answers[0].expected).to.equal(expected);
    // Once answered, training goes on.
    expect((await answer(element, expected.toFixed(5))).correct).to.equal(true);
    expect(element.train(2).epoch).to.equal(2);
    expect(JSON.stringify(element.weights)).to.not.equal(weights);
  });

  it('reads a German decimal comma', async () => {
    const element = await mount(`${NETWORK} ask="gradient"`, 'de');
    const { gradient } = expectedGradient(element);
    expect(findHidden(element, [gradient], 'de')).to.deep.equal([]);
    const typed = gradient.toFixed(4).replace('.', ',');
    const detail = await answer(element, typed);
    expect(detail).to.include({ given: typed, correct: true });
    expect($(element, '.answer-done').textContent).to.contain('✓');
  });

  it('passes axe with the field and a verdict', async () => {
    const element = await mount(`${NETWORK} ask="gradient"`);
    expect(await axeProblems(element)).to.deep.equal([]);
    await answer(element, '3');
    expect(await axeProblems(element)).to.deep.equal([]);
  });

  it('fits a 320 px column with the field open', async () => {
    await setViewport({ width: 360, height: 800 });
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const element = document.createElement('train-network');
    element.setAttribute('ask', 'gradient');
    host.append(element);
    await settle(element);
    for (let k = 0; k < 50 && !element.shadowRoot!.querySelector('.answer'); k++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await answer(element, '3');
    const right = host.getBoundingClientRect().right + 1;
    for (const node of $$(element, '.answer, .answer *, .exercise, .exercise *'))
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(right);
    await setViewport({ width: 800, height: 600 });
  });
});
