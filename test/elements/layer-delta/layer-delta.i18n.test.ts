import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/layer-delta/define.js';
// The cost panel's English arrives with its code, after the first render: have it now.
import '../../../src/elements/layer-delta/views/efficiency.messages.js';
// So does what the live region says.
import '../../../src/elements/layer-delta/spoken.messages.js';
// And the readout line's, under the drawing.
import '../../../src/elements/layer-delta/views/readout.messages.js';
// And the fields', which come with the reader's code.
import '../../../src/elements/layer-delta/views/fields.messages.js';
// And what a step brings on screen, with the same code.
import '../../../src/elements/layer-delta/steps.messages.js';
// And the notes for weights that do not fit and numbers too large, fetched when first needed.
import '../../../src/elements/layer-delta/refusals.messages.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { addMessages, messagesOf } from '../../../src/internal/i18n.js';
import { readerTexts } from '../../conformance/reader-text.js';
import { minusAndNextLeft } from '../../conformance/rtl.js';
import { addTestLanguage, placeholdersInMarks } from '../../conformance/test-language.js';
import { bringToFront } from '../../conformance/page-state.js';
import { stepAll } from './step-all.js';
import { $ } from '../../conformance/shadow.js';

/**
 * A test language whose every message is a mark around its placeholders: shown text is then
 * marks, numbers and symbols only, and any English word left is a string the catalogue missed.
 */
const addLanguage = (): void => addTestLanguage(messagesOf('en'), placeholdersInMarks);

/** Every visible text and accessible name or description, outside the typeset formulas. */
const wordsShown = (element: LayerDelta): string[] =>
  // Two letters in a row are a word; single letters are symbols (x, y, a, w, z, f, L, k, M).
  readerTexts(element, '[part~="formula"]').filter((text) => /[A-Za-z]{2,}/.test(text));

beforeEach(bringToFront);

describe('<layer-delta> in the reader’s language', () => {
  before(addLanguage);

  it('shows no English in its text, names and descriptions with a full catalogue', async () => {
    for (const sizes of ['2 3 1', '4 16 16 2']) {
      const element = await fixture<LayerDelta>(
        html`<layer-delta lang="eo" sizes=${sizes}></layer-delta>`,
      );
      await element.updateComplete;
      expect(wordsShown(element), `${sizes}, before a step`).to.deep.equal([]);
      $<HTMLButtonElement>(element, 'button.step').click();
      await element.updateComplete;
      // The layer picker's hidden layer, with its "not computed yet" note.
      $<HTMLButtonElement>(element, '.layer-picker button').click();
      await element.updateComplete;
      $<SVGElement>(element, '[data-unit="1 0"]').focus();
      await element.updateComplete;
      expect(wordsShown(element), `${sizes}, mid-pass`).to.deep.equal([]);
      await stepAll(element);
      expect(wordsShown(element), `${sizes}, done`).to.deep.equal([]);
      expect(element.announcement).to.match(/⟦/);
      expect(element.announcement).to.not.match(/[A-Za-z]{2,}/);
    }
  });

  it('shows its own refused-value notes in the reader’s language', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta lang="eo"></layer-delta>`);
    element.x = [1, 2, 3];
    element.weights = [[[1]]];
    await element.updateComplete;
    const note = $(element, '[part~="error"]').textContent!;
    expect(note.replace(/\b(x|weights)\b/g, '')).to.not.match(/[A-Za-z]{2,}/);
  });

  it('re-renders when lang changes at runtime', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><layer-delta></layer-delta></div>`,
    );
    const element = wrapper.querySelector('layer-delta') as LayerDelta;
    await element.updateComplete;
    expect($(element, 'button.step').textContent).to.contain('Step backward');
    wrapper.setAttribute('lang', 'eo');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect($(element, 'button.step').textContent!.trim()).to.equal('◀ ⟦⟧');
    expect(wordsShown(element)).to.deep.equal([]);
  });

  it('names its units in the words a page gives English with addMessages', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
    await element.updateComplete;
    const options = (): string[] =>
      [...element.shadowRoot!.querySelectorAll('.weight-editor option')].map((option) =>
        option.textContent!.trim(),
      );
    expect(options()).to.include('hidden 1 unit 1');
    try {
      addMessages('en', { 'layer-delta.unit': '{layer}, neuron {number}' });
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(options()).to.include('hidden 1, neuron 1');
    } finally {
      addMessages('en', { 'layer-delta.unit': '{layer} unit {number}' });
    }
  });

  it('fits long column headings between their neighbours (German "Ausgabe", "Verlust")', async () => {
    const element = await fixture<LayerDelta>(
      html`<layer-delta
        lang="de"
        sizes="2 3 2 1"
        x="0.5 -1"
        y="1"
        style="width: 860px"
      ></layer-delta>`,
    );
    await element.updateComplete;
    const boxes = [...element.shadowRoot!.querySelectorAll<SVGTextElement>('.heading')].map(
      (heading) => ({ text: heading.textContent, box: heading.getBoundingClientRect() }),
    );
    expect(boxes.map((b) => b.text)).to.include.members(['Ausgabe', 'Verlust']);
    for (let i = 1; i < boxes.length; i++) {
      const gap = boxes[i].box.left - boxes[i - 1].box.right;
      expect(gap, `space between ${boxes[i - 1].text} and ${boxes[i].text}`).to.be.at.least(4);
    }
  });

  it('writes numbers the German way and reads 0,5 typed by a German reader', async () => {
    const element = await fixture<LayerDelta>(
      html`<layer-delta lang="de" x="0.5 -1.25"></layer-delta>`,
    );
    await element.updateComplete;
    const [x1, x2] = Array.from(
      element.shadowRoot!.querySelectorAll<HTMLInputElement>('.vectors input'),
    );
    expect(x1.value).to.equal('0,5');
    expect(x2.value).to.equal('-1,25');
    const values = Array.from(element.shadowRoot!.querySelectorAll('svg.diagram .value'));
    expect(values[0].textContent).to.equal('0,5');
    expect(values[1].textContent).to.equal('−1,25');
    x2.focus();
    x2.select();
    await sendKeys({ type: '0,25' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.x).to.deep.equal([0.5, 0.25]);
    const weight = $<HTMLInputElement>(element, '.weight-input');
    weight.focus();
    weight.select();
    await sendKeys({ type: '-1,5' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.weights[1][0][0]).to.equal(-1.5);
  });

  it('keeps formulas, the drawing and numbers left to right on an Arabic page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar"><layer-delta></layer-delta></div>`,
    );
    const element = wrapper.querySelector('layer-delta') as LayerDelta;
    await element.updateComplete;
    await stepAll(element);
    for (const part of element.shadowRoot!.querySelectorAll('[part~="formula"], [part~="diagram"]'))
      expect(getComputedStyle(part).direction).to.equal('ltr');
    expect(getComputedStyle($(element, '.readout')).direction, 'labels follow the page').to.equal(
      'rtl',
    );
    // The second input unit holds −1: its readout shows the minus before the digit.
    $<SVGElement>(element, '[data-unit="0 1"]').focus();
    await element.updateComplete;
    const number = Array.from(element.shadowRoot!.querySelectorAll('.readout .ltr')).find(
      (span) => span.textContent === '−1',
    )!;
    expect(number, 'the number is isolated').to.exist;
    const [minus, digit] = minusAndNextLeft(number);
    expect(minus, 'minus drawn left of the digit').to.be.below(digit);
  });
});
