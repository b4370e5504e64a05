import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/neuron-backprop/define.js';
import type { NeuronBackprop } from '../../../src/elements/neuron-backprop/neuron-backprop.js';
import type { AnswerDetail } from '../../../src/internal/exercise/exercise-element.js';
import { axeProblems } from '../../conformance/axe.js';
import { answer, verdict } from '../../conformance/exercise-reader.js';
import { findHidden } from '../../conformance/hidden-values.js';
import { $, $$ } from '../../conformance/shadow.js';

/** The lesson's neuron, x 1.5, w 0.8, b −0.4, y 1, written out independently. */
const A = 1 / (1 + Math.exp(-(0.8 * 1.5 - 0.4)));
const DLDA = -1 / A;
const DADZ = A * (1 - A);
const GRADIENT = (A - 1) * 1.5;

async function mount(ask: string, lang = 'en'): Promise<NeuronBackprop> {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <neuron-backprop x="1.5" w="0.8" b="-0.4" y="1" ask=${ask}></neuron-backprop>
    </div>`,
  );
  const element = wrapper.querySelector('neuron-backprop')!;
  await element.updateComplete;
  return element;
}

const focused = (element: Element): string => {
  const active = element.shadowRoot!.activeElement;
  return active ? `${active.localName}#${active.id}` : 'nothing';
};

const hiddenNow = (element: NeuronBackprop, ids: string[]): number[] =>
  element.answers.filter((a) => ids.includes(a.question)).map((a) => a.expected);

describe('<neuron-backprop ask>: predict, then check', () => {
  it('shows the factors and the gradient without ask (the scan finds them)', async () => {
    const element = await mount('');
    const found = findHidden(element, [DLDA, DADZ, GRADIENT]);
    for (const value of [DLDA, DADZ, GRADIENT])
      expect(
        found.some((line) => line.includes(`(${value})`)),
        String(value),
      ).to.equal(true);
  });

  it('ask="factors" hides each factor and the gradient until answered', async () => {
    const element = await mount('factors');
    expect(element.answers.map((a) => a.question)).to.deep.equal([
      'factor-1',
      'factor-2',
      'factor-3',
    ]);
    expect(element.answers[0].expected).to.be.closeTo(DLDA, 1e-12);
    // ∂z/∂w is x itself, on its slider by design; the others are nowhere.
    expect(findHidden(element, [DLDA, DADZ, GRADIENT])).to.deep.equal([]);
    expect($$(element, '.factor-value .answer-pending')).to.have.length(3);
    expect($$(element, '.answer')).to.have.length(1);
    expect($(element, '.answer label').textContent).to.equal('Predict ∂L/∂a');
    expect(element.gradients).to.equal(null);
    expect($<HTMLButtonElement>(element, 'button.step').disabled).to.equal(true);
    expect($(element, '.tangent')).to.equal(null);
    // A slider moved by keys: the narration leaves the gradient out, the new numbers stay hidden.
    $<HTMLInputElement>(element, '#slider-w').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.announcement).to.not.contain('radient');
    const moved = hiddenNow(element, ['factor-1', 'factor-2']);
    expect(findHidden(element, [...moved, element.a - 1])).to.deep.equal([]);
  });

  it('takes the factors in turn, with a hint for a, and then shows the gradient', async () => {
    const element = await mount('factors');
    const first = await answer(element, '-1/0.69');
    expect(first).to.include({ question: 'factor-1', correct: true, attempt: 1 });
    expect(focused(element), 'focus moves to the next question').to.equal('input#answer-factor-2');
    expect($(element, '.factor[data-factor="1"] .factor-value').textContent).to.contain('1.449');
    expect(findHidden(element, [DADZ, GRADIENT])).to.deep.equal([]);

    const wrong = await answer(element, '0.69');
    expect(wrong).to.include({ question: 'factor-2', correct: false, attempt: 1 });
    expect(verdict(element)).to.equal(
      'Not yet. That is a itself; the slope of the sigmoid is a(1 − a).',
    );
    expect(focused(element), 'focus stays in the field').to.equal('input#answer-factor-2');
    const second = await answer(element, '0.5');
    expect(second.attempt).to.equal(2);
    expect(verdict(element)).to.equal('Not yet. Use the rule: ∂a/∂z = 0.69 × (1 − 0.69).');
    expect((await answer(element, '0.69*0.31')).correct).to.equal(true);
    expect(element.gradients).to.equal(null);

    expect((await answer(element, '1.5')).correct).to.equal(true);
    expect(element.gradients!.w).to.be.closeTo(GRADIENT, 1e-12);
    expect(element.score).to.deep.equal({ correct: 3, firstTry: 2, answered: 3, possible: 3 });
    expect($(element, '.exercise-score').textContent).to.contain(
      '3 of 3 questions right, 2 on the first try',
    );
    expect($<HTMLButtonElement>(element, 'button.step').disabled).to.equal(false);
    expect($(element, '.agree').textContent).to.contain('−0.465');
    expect(focused(element)).to.equal('button#exercise-try-new');
  });

  it('ask="gradient" shows the factors, hides only ∂L/∂w, names a missing factor', async () => {
    const element = await mount('gradient');
    expect(findHidden(element, [GRADIENT])).to.deep.equal([]);
    expect($$(element, '.factor-value .answer-pending')).to.have.length(0);
    expect($(element, '.answer label').textContent).to.equal('Predict ∂L/∂w');
    await answer(element, '-1.449*0.2139');
    expect(verdict(element)).to.equal('Not yet. A factor is missing: multiply by ∂z/∂w too.');
    expect(element.announcement).to.equal(verdict(element));
    await answer(element, '-1.449+0.2139+1.5');
    expect(verdict(element)).to.equal(
      'Not yet. Use the rule: ∂L/∂w = ∂L/∂a × ∂a/∂z × ∂z/∂w = (−1.449) × 0.214 × 1.5.',
    );
    const right = await answer(element, '(0.69-1)*1.5');
    expect(right).to.deep.equal({
      question: 'gradient',
      given: '(0.69-1)*1.5',
      expected: element.answers[0].expected,
      correct: true,
      attempt: 3,
      revealed: false,
    });
    expect(right.expected).to.be.closeTo(GRADIENT, 1e-12);
    expect(element.announcement).to.equal('Right: (−1.449) × 0.214 × 1.5 = −0.465 ✓');
    expect($(element, '.answer-done').textContent!.trim()).to.equal(element.announcement);
    expect(element.gradients!.w).to.be.closeTo(GRADIENT, 1e-12);
  });

  it('reveals for no credit, and Try new numbers asks again with fresh values', async () => {
    const element = await mount('gradient');
    await answer(element, '1');
    await answer(element, '2');
    const event = oneEvent(element, 'answer');
    $$<HTMLButtonElement>(element, '.answer button')[1].click();
    const { detail } = (await event) as CustomEvent<AnswerDetail>;
    expect(detail).to.include({ revealed: true, correct: false, attempt: 2 });
    await element.updateComplete;
    expect(element.score).to.deep.equal({ correct: 0, firstTry: 0, answered: 1, possible: 1 });
    $<HTMLButtonElement>(element, '#exercise-try-new').click();
    await element.updateComplete;
    expect(element.values).to.not.deep.equal({ x: 1.5, w: 0.8, b: -0.4, y: 1 });
    expect(element.score.answered).to.equal(0);
    expect(element.gradients).to.equal(null);
    expect(findHidden(element, hiddenNow(element, ['gradient']))).to.deep.equal([]);
    expect(focused(element)).to.equal('input#answer-gradient');
  });

  it('reads a German decimal comma', async () => {
    const element = await mount('gradient', 'de');
    expect(findHidden(element, [GRADIENT], 'de')).to.deep.equal([]);
    const detail = await answer(element, '-0,465');
    expect(detail).to.include({ given: '-0,465', correct: true });
    expect($(element, '.answer-done').textContent).to.contain('= −0,465 ✓');
  });

  it('passes axe with the field and a verdict', async () => {
    const element = await mount('factors gradient');
    expect(await axeProblems(element)).to.deep.equal([]);
    await answer(element, '3');
    expect(await axeProblems(element)).to.deep.equal([]);
  });

  it('fits a 320 px column with the field open', async () => {
    await setViewport({ width: 360, height: 800 });
    const wrapper = await fixture(
      html`<div style="width: 320px">
        <neuron-backprop ask="factors"></neuron-backprop>
      </div>`,
    );
    const element = wrapper.querySelector('neuron-backprop')!;
    await element.updateComplete;
    await answer(element, '3');
    const right = wrapper.getBoundingClientRect().right + 1;
    for (const node of $$(element, '.answer, .answer *, .exercise, .exercise *'))
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(right);
    await setViewport({ width: 800, height: 600 });
  });
});
