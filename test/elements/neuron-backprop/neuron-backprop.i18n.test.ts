import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/neuron-backprop/define.js';
import type { NeuronBackprop } from '../../../src/elements/neuron-backprop/neuron-backprop.js';
import { neuronBackpropMessages } from '../../../src/elements/neuron-backprop/messages.js';
// What the live region says arrives with its sentences, after the first render: have it now.
import { neuronBackpropSpokenMessages } from '../../../src/elements/neuron-backprop/narration.messages.js';
import { loadTex } from '../../../src/internal/tex.js';
import { readerTexts } from '../../conformance/reader-text.js';
import { minusAndNextLeft } from '../../conformance/rtl.js';
import { settle } from '../../conformance/settle.js';
import { addTestLanguage, wordsAsMarks } from '../../conformance/test-language.js';
import { $ } from '../../conformance/shadow.js';

/**
 * A test language: every key of the element, plus the shared spoken minus, every word of two
 * letters or more marked; the symbols x, w, b, y, z, a, L and the "d" of "d L by d a" stay, being
 * maths.
 */
addTestLanguage(
  { ...neuronBackpropMessages, ...neuronBackpropSpokenMessages, 'number.minus': 'minus {value}' },
  wordsAsMarks(2),
);

const textOf = (element: NeuronBackprop, selector: string): string =>
  $(element, selector).textContent!.replace(/\s+/g, ' ').trim();

/** Maths the element writes as plain text: the rule under z, "wx + b". */
const MATHS = new Set(['wx']);

/** Texts holding a Latin word of two letters or more that is not maths. */
const english = (texts: string[]): string[] =>
  texts.filter((text) => (text.match(/[A-Za-z]{2,}/g) ?? []).some((word) => !MATHS.has(word)));

describe('<neuron-backprop> in the reader’s language', () => {
  before(() => loadTex());

  it('shows and speaks no English in a language whose catalogue has every key', async () => {
    const element = await fixture<NeuronBackprop>(
      html`<neuron-backprop lang="eo" x="1.5" w="0.8" b="-0.4" y="1"></neuron-backprop>`,
    );
    await settle(element);
    expect(english(readerTexts(element))).to.deep.equal([]);
    // Each kind of narration, and the panel after a step, in the test language too.
    $<HTMLInputElement>(element, '#slider-w').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(element.announcement).to.contain('ĉŝ');
    expect(english([element.announcement])).to.deep.equal([]);
    $<HTMLButtonElement>(element, 'button.step').click();
    await settle(element);
    expect(english([element.announcement])).to.deep.equal([]);
    $<HTMLButtonElement>(element, 'button.node[data-name="b"]').click();
    await settle(element);
    expect(english([element.announcement])).to.deep.equal([]);
    $<HTMLButtonElement>(element, 'button.reset').click();
    await settle(element);
    expect(english([element.announcement])).to.deep.equal([]);
    expect(english(readerTexts(element))).to.deep.equal([]);
  });

  it('re-renders when lang changes at runtime', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><neuron-backprop></neuron-backprop></div>`,
    );
    const element = wrapper.querySelector('neuron-backprop') as NeuronBackprop;
    await settle(element);
    expect(textOf(element, 'button.step')).to.equal('Gradient step');
    expect(textOf(element, '.slider[data-name="x"] .role')).to.equal('input');
    wrapper.setAttribute('lang', 'eo');
    await settle(element);
    expect(textOf(element, 'button.step')).to.equal('ĉŝ ĉŝ');
    expect(textOf(element, '.slider[data-name="x"] .role')).to.equal('ĉŝ');
    wrapper.setAttribute('lang', 'en-GB');
    await settle(element);
    expect(textOf(element, 'button.step')).to.equal('Gradient step');
  });

  it('writes numbers the German way in text, in formulas and in words', async () => {
    const element = await fixture<NeuronBackprop>(
      html`<neuron-backprop lang="de" x="1.5" w="0.5" b="-0.4" y="1"></neuron-backprop>`,
    );
    await settle(element);
    expect(textOf(element, '.slider[data-name="w"] .readout')).to.equal('0,5');
    expect(textOf(element, 'button.node[data-name="x"] .value')).to.equal('1,5');
    expect($(element, '#slider-b').getAttribute('aria-valuetext')).to.contain('0,4');
    expect(textOf(element, '.stage-a .value')).to.match(/^0,\d+$/);
    // In KaTeX: the product's last factor, x = 1.5, as 1{,}5.
    expect($(element, '.product .katex-html').textContent).to.contain('1,5');
    expect($(element, '.product .katex-mathml annotation').textContent).to.contain('1{,}5');
    expect(textOf(element, '.step-panel')).to.contain('\u22120,5 ×');
  });

  it('keeps formulas and numbers left to right on a right-to-left page, labels right to left', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <neuron-backprop x="1.5" w="-1" b="-0.4" y="1"></neuron-backprop>
      </div>`,
    );
    const element = wrapper.querySelector('neuron-backprop') as NeuronBackprop;
    await settle(element);
    expect(getComputedStyle(element).direction, 'the host follows the page').to.equal('rtl');
    for (const selector of ['[part~="diagram"]', '[part~="formula"]', 'svg.plot', '.katex']) {
      expect(getComputedStyle($(element, selector)).direction, selector).to.equal('ltr');
    }
    for (const selector of ['.hint', '.legend', '.controls', '.step-panel']) {
      expect(getComputedStyle($(element, selector)).direction, selector).to.equal('rtl');
    }
    // A number in right-to-left prose: isolated, and drawn with its minus sign first.
    const readout = $(element, '.slider[data-name="w"] .readout');
    expect(getComputedStyle(readout).direction).to.equal('ltr');
    expect(readout.textContent!.trim()).to.equal('\u22121');
    const [minus, digit] = minusAndNextLeft(readout);
    expect(minus).to.be.below(digit);
    const slope = $(element, '.legend .slope');
    expect(getComputedStyle(slope).direction).to.equal('ltr');
  });
});
