import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/chain-rule-gears/define.js';
import type {
  ChainRuleGears,
  ChainRuleGearsDetail,
} from '../../../src/elements/chain-rule-gears/chain-rule-gears.js';
import type { AnswerDetail } from '../../../src/internal/exercise/exercise-element.js';
import { axeProblems } from '../../conformance/axe.js';
import { answer, verdict } from '../../conformance/exercise-reader.js';
import { findHidden } from '../../conformance/hidden-values.js';
import { accessibleName, tabStops } from '../../conformance/keyboard.js';
import { $, $$ } from '../../conformance/shadow.js';
import { mount } from './gears-page.js';

/** Ratios whose product, −3.75, appears nowhere else on the figure. */
const ASKED = { ask: 'product', ratios: '1.5 -2.5', input: '1', units: 'cm, °, °' };
const PRODUCT = -3.75;

const field = (element: ChainRuleGears): HTMLInputElement =>
  $<HTMLInputElement>(element, '#answer-product');
const focused = (element: ChainRuleGears): string => {
  const active = element.shadowRoot!.activeElement;
  return active ? `${active.localName}#${active.id}` : 'nothing';
};

describe('<chain-rule-gears ask="product">: predict, then check', () => {
  it('finds the product on the figure without ask (the scan works)', async () => {
    const element = await mount({ ...ASKED, ask: '' });
    expect(findHidden(element, [PRODUCT])).to.not.deep.equal([]);
  });

  it('hides the product everywhere until it is answered, the ratios stay', async () => {
    const element = await mount(ASKED);
    expect(findHidden(element, [PRODUCT])).to.deep.equal([]);
    expect(element.product).to.equal(null);
    expect(element.outputs).to.deep.equal([1.5, null]);
    expect($$(element, '.factor .num').map((n) => n.textContent)).to.have.length(2);
    expect($(element, '.column.total .answer-pending')).to.exist;
    expect(field(element).labels![0].textContent).to.contain('Predict d gear 2 / d lever');
    // The lever moved by keys: the narration, the slider's value text and events keep it hidden.
    const handle = $<SVGGElement>(element, '.handle');
    handle.focus();
    const change = oneEvent(element, 'change');
    await sendKeys({ press: 'ArrowRight' });
    const { detail } = (await change) as CustomEvent<ChainRuleGearsDetail>;
    await element.updateComplete;
    expect(detail.product).to.equal(null);
    expect(detail.outputs[1]).to.equal(null);
    expect(element.announcement).to.contain('gear 1');
    expect(findHidden(element, [PRODUCT, PRODUCT * 1.1])).to.deep.equal([]);
    expect(element.answers).to.deep.equal([{ question: 'product', expected: PRODUCT }]);
  });

  it('takes a right answer typed as arithmetic, shows the working and moves focus on', async () => {
    const element = await mount(ASKED);
    const detail = await answer(element, '1.5*-2.5');
    expect(detail).to.deep.equal({
      question: 'product',
      given: '1.5*-2.5',
      expected: PRODUCT,
      correct: true,
      attempt: 1,
      revealed: false,
    });
    expect($(element, '.answer-done').textContent).to.contain('(−2.5) × 1.5 = −3.75 ✓');
    expect(element.announcement).to.equal('Right: (−2.5) × 1.5 = −3.75 ✓');
    expect(element.product).to.equal(PRODUCT);
    expect(element.score).to.deep.equal({ correct: 1, firstTry: 1, answered: 1, possible: 1 });
    expect($(element, '.exercise-score').textContent).to.contain(
      '1 of 1 question right, 1 on the first try',
    );
    expect(focused(element)).to.equal('button#exercise-try-new');
    expect($(element, '.summary').textContent).to.contain('−3.75°');
  });

  it('names the mistake first, gives the rule next, then takes the right answer', async () => {
    const element = await mount(ASKED);
    const first = await answer(element, '1.5 + -2.5');
    expect(first).to.include({ correct: false, attempt: 1, revealed: false });
    expect(verdict(element)).to.equal(
      'Not yet. The effects multiply along the chain: each gear turns its ratio times what drove it.',
    );
    expect(element.announcement).to.equal(verdict(element));
    expect(focused(element), 'focus stays in the field').to.equal('input#answer-product');
    expect(field(element).getAttribute('aria-invalid')).to.equal('true');
    expect($$(element, '.answer button')).to.have.length(1);
    expect(findHidden(element, [PRODUCT])).to.deep.equal([]);

    await answer(element, '3.75');
    expect(verdict(element)).to.equal('Not yet: check the sign.');

    await answer(element, '2');
    expect(verdict(element)).to.equal(
      'Not yet. Multiply the ratios along the chain: (−2.5) × 1.5.',
    );
    expect($$(element, '.answer button').map((b) => b.textContent!.trim())).to.deep.equal([
      'Check',
      'Show answer',
    ]);
    expect(findHidden(element, [PRODUCT])).to.deep.equal([]);

    const right = await answer(element, '-3.75');
    expect(right).to.include({ correct: true, attempt: 4 });
    expect(element.score).to.deep.equal({ correct: 1, firstTry: 0, answered: 1, possible: 1 });
  });

  it('shows the answer for no credit after "Show answer"', async () => {
    const element = await mount(ASKED);
    await answer(element, '1');
    await answer(element, '2');
    const reveal = $$<HTMLButtonElement>(element, '.answer button')[1];
    const event = oneEvent(element, 'answer');
    reveal.click();
    const { detail } = (await event) as CustomEvent<AnswerDetail>;
    await element.updateComplete;
    expect(detail).to.deep.equal({
      question: 'product',
      given: '',
      expected: PRODUCT,
      correct: false,
      attempt: 2,
      revealed: true,
    });
    expect($(element, '.answer-done').textContent!.trim()).to.equal(
      'The answer: (−2.5) × 1.5 = −3.75',
    );
    expect(element.score).to.deep.equal({ correct: 0, firstTry: 0, answered: 1, possible: 1 });
    expect(element.product).to.equal(PRODUCT);
    expect(focused(element)).to.equal('button#exercise-try-new');
  });

  it('runs out after `attempts` wrong tries and shows the answer', async () => {
    const element = await mount({ ...ASKED, attempts: '1' });
    const detail = await answer(element, '5');
    expect(detail).to.include({ correct: false, attempt: 1, revealed: true });
    expect(element.announcement).to.equal('No attempts left. The answer: (−2.5) × 1.5 = −3.75');
    expect(element.product).to.equal(PRODUCT);
  });

  it('accepts an answer within `tolerance` and refuses text it cannot read', async () => {
    const element = await mount({ ...ASKED, tolerance: '0.02' });
    const input = field(element);
    input.focus();
    await sendKeys({ type: 'x*2' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(verdict(element)).to.contain("'x' is a name");
    expect(element.score.answered).to.equal(0);
    expect((await answer(element, '-3.7')).correct).to.equal(true);
  });

  it('reads a German decimal comma', async () => {
    const wrapper = await fixture(
      html`<div lang="de">
        <chain-rule-gears ask="product" ratios="1.5 -2.5"></chain-rule-gears>
      </div>`,
    );
    const element = wrapper.querySelector('chain-rule-gears')!;
    await element.updateComplete;
    expect(findHidden(element, [PRODUCT], 'de')).to.deep.equal([]);
    expect($(element, '.answer button').textContent!.trim()).to.equal('Prüfen');
    const detail = await answer(element, '-3,75');
    expect(detail).to.include({ given: '-3,75', correct: true });
    expect($(element, '.answer-done').textContent).to.contain('= −3,75 ✓');
  });

  it('draws new ratios with "Try new numbers", hidden again, and resets the score', async () => {
    const element = await mount(ASKED);
    await answer(element, '-3.75');
    $<HTMLButtonElement>(element, '#exercise-try-new').click();
    await element.updateComplete;
    const ratios = [...element.ratios];
    expect(ratios).to.have.length(2);
    expect(ratios).to.not.deep.equal([1.5, -2.5]);
    const product = ratios[0] * ratios[1];
    expect(element.answers).to.deep.equal([{ question: 'product', expected: product }]);
    expect(element.product).to.equal(null);
    expect(element.score).to.deep.equal({ correct: 0, firstTry: 0, answered: 0, possible: 1 });
    expect(focused(element)).to.equal('input#answer-product');
    if (Math.abs(product) !== 1) expect(findHidden(element, [product])).to.deep.equal([]);
    expect((await answer(element, String(product))).correct).to.equal(true);
  });

  it('asks again with resetExercise(), and shows everything once ask is removed', async () => {
    const element = await mount(ASKED);
    await answer(element, '-3.75');
    element.resetExercise();
    await element.updateComplete;
    expect(element.product).to.equal(null);
    expect(element.score.answered).to.equal(0);
    element.removeAttribute('ask');
    await element.updateComplete;
    expect(element.product).to.equal(PRODUCT);
    expect($(element, '.answer')).to.equal(null);
    expect($(element, '.exercise')).to.equal(null);
  });

  it('refuses an unknown question with a note and an error event', async () => {
    const element = await mount(ASKED);
    const error = oneEvent(element, 'error');
    element.setAttribute('ask', 'gradient');
    const { detail } = (await error) as CustomEvent<{ attribute: string; message: string }>;
    expect(detail.attribute).to.equal('ask');
    expect(detail.message).to.contain("'product'");
    await element.updateComplete;
    expect([...element.ask]).to.deep.equal(['product']);
  });

  it('is reached by Tab, and answered by keys alone', async () => {
    const { element, stops } = await tabStops<ChainRuleGears>(
      html`<chain-rule-gears ask="product" ratios="1.5 -2.5"></chain-rule-gears>`,
    );
    const names = stops.map(accessibleName);
    const field = names.indexOf('Predict d gear 2 / d lever, the derivative of the whole chain');
    expect(field, names.join(' | ')).to.be.above(-1);
    expect(names.slice(field + 1)).to.deep.equal([
      'Check',
      'Reset lever to 1\u00a0cm',
      'Try new numbers',
    ]);
    (stops[field] as HTMLElement).focus();
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)).to.equal('input#answer-product');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '-3.75' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)).to.equal('button#exercise-try-new');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element), 'Try new numbers asks again').to.equal('input#answer-product');
  });

  it('says each verdict in its one live region, not in a second one', async () => {
    const element = await mount(ASKED);
    await answer(element, '2');
    const live = $$(element, '[aria-live], [role="status"], [role="alert"]');
    expect(live).to.have.length(1);
    expect(live[0].textContent!.trim()).to.equal(verdict(element));
  });

  it('works on a right-to-left page', async () => {
    const wrapper = await fixture(
      html`<div lang="ar" dir="rtl" style="width: 320px">
        <chain-rule-gears ask="product" ratios="1.5 -2.5"></chain-rule-gears>
      </div>`,
    );
    const element = wrapper.querySelector('chain-rule-gears')!;
    await element.updateComplete;
    expect(findHidden(element, [PRODUCT], 'ar')).to.deep.equal([]);
    expect(getComputedStyle(field(element)).direction).to.equal('ltr');
    expect((await answer(element, '-3.75')).correct).to.equal(true);
    expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
  });

  it('passes axe with the field, a verdict and the score line', async () => {
    const element = await mount(ASKED);
    expect(await axeProblems(element)).to.deep.equal([]);
    await answer(element, '1');
    expect(await axeProblems(element)).to.deep.equal([]);
  });

  it('fits a 320 px column with the field open', async () => {
    await setViewport({ width: 360, height: 800 });
    const wrapper = await fixture(
      html`<div style="width: 320px">
        <chain-rule-gears ask="product" ratios="1.5 -2.5 2 0.5"></chain-rule-gears>
      </div>`,
    );
    const element = wrapper.querySelector('chain-rule-gears')!;
    await element.updateComplete;
    await answer(element, '1');
    expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
    for (const node of $$(element, '.answer, .answer *, .exercise, .exercise *')) {
      const box = node.getBoundingClientRect();
      expect(box.right, node.className).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    }
    await setViewport({ width: 800, height: 600 });
  });
});
