import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/chain-rule-gears/define.js';
import type { ChainRuleGears } from '../../../src/elements/chain-rule-gears/chain-rule-gears.js';
import { chainRuleGearsMessages } from '../../../src/elements/chain-rule-gears/messages.js';
import { loadTex } from '../../../src/internal/tex.js';
import { readerTexts } from '../../conformance/reader-text.js';
import { minusAndNextLeft } from '../../conformance/rtl.js';
import { settle } from '../../conformance/settle.js';
import { addTestLanguage, wordsAsMarks } from '../../conformance/test-language.js';
import { $ } from '../../conformance/shadow.js';

/** A test language: every key of the element, plus the shared spoken minus, every word marked. */
addTestLanguage({ ...chainRuleGearsMessages, 'number.minus': 'minus {value}' }, wordsAsMarks(1));

describe('<chain-rule-gears> in the reader’s language', () => {
  before(() => loadTex());

  it('shows and speaks no English in a language whose catalogue has every key', async () => {
    const element = await fixture<ChainRuleGears>(
      html`<chain-rule-gears lang="eo" ratios="2 -3 0" input="-0.5"></chain-rule-gears>`,
    );
    await settle(element);
    // A reader's move fills the live region with the narration.
    $<SVGGElement>(element, '[role="slider"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(element.announcement, 'narration in the test language').to.contain('ĉŝ');
    const english = readerTexts(element).filter((text) => /[A-Za-z]/.test(text));
    expect(english).to.deep.equal([]);
  });

  it('shows the author’s labels and units exactly as given', async () => {
    const element = await fixture<ChainRuleGears>(
      html`<chain-rule-gears
        lang="eo"
        ratios="2 3"
        labels="Hebel, Rad A, Rad B"
        units="mm, rad"
      ></chain-rule-gears>`,
    );
    await settle(element);
    const names = [...element.shadowRoot!.querySelectorAll('.readout .name')].map(
      (node) => node.textContent,
    );
    expect(names).to.deep.equal(['Hebel', 'Rad A', 'Rad B']);
    expect($(element, '.readout[data-stage="2"] .amount').textContent!.trim()).to.equal(
      '+6\u00a0rad',
    );
  });

  it('re-renders when lang changes at runtime', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><chain-rule-gears ratios="2 3"></chain-rule-gears></div>`,
    );
    const element = wrapper.querySelector('chain-rule-gears') as ChainRuleGears;
    await settle(element);
    const button = (): string => $(element, 'button').textContent!.replace(/\s+/g, ' ').trim();
    expect(button()).to.equal('Reset lever to 1 cm');
    wrapper.setAttribute('lang', 'eo');
    await settle(element);
    expect(button()).to.equal('ĉŝ ĉŝ ĉŝ 1 ĉŝ');
    expect($(element, '.readout .name').textContent).to.equal('ĉŝ');
    wrapper.setAttribute('lang', 'en-GB');
    await settle(element);
    expect(button()).to.equal('Reset lever to 1 cm');
  });

  it('writes numbers the German way in text and in formulas', async () => {
    const element = await fixture<ChainRuleGears>(
      html`<chain-rule-gears lang="de" ratios="1.5 -2" input="0.5"></chain-rule-gears>`,
    );
    await settle(element);
    const amounts = [...element.shadowRoot!.querySelectorAll('.readout .amount')].map((node) =>
      node.textContent!.trim(),
    );
    expect(amounts).to.deep.equal(['+0,5\u00a0cm', '+0,75°', '\u22121,5°']);
    expect($(element, 'button').textContent).to.contain('0,5');
    const factor = $(element, '.factor[data-stage="1"] .num .katex-html');
    expect(factor.textContent).to.equal('1,5');
    expect($(element, '.total .num .katex-html').textContent).to.equal('\u22123');
    const slider = $(element, '[role="slider"]');
    expect(slider.getAttribute('aria-valuetext')).to.contain('0,5');
  });

  it('keeps formulas and numbers left to right on a right-to-left page, labels right to left', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <chain-rule-gears ratios="2 -3" input="-1"></chain-rule-gears>
      </div>`,
    );
    const element = wrapper.querySelector('chain-rule-gears') as ChainRuleGears;
    await settle(element);
    expect(getComputedStyle(element).direction, 'the host follows the page').to.equal('rtl');
    for (const part of ['diagram', 'formula']) {
      expect(getComputedStyle($(element, `[part~="${part}"]`)).direction, part).to.equal('ltr');
    }
    const lever = $(element, '.readout[data-stage="0"] .amount .ltr');
    expect(getComputedStyle(lever).direction).to.equal('ltr');
    expect(lever.textContent!.trim()).to.equal('\u22121');
    // Drawn in order: the minus sign sits left of the digit.
    const [minus, digit] = minusAndNextLeft(lever);
    expect(minus).to.be.below(digit);
    for (const prose of ['.formula-title', '.summary', '.readout .name']) {
      expect(getComputedStyle($(element, prose)).direction, prose).to.equal('rtl');
    }
    expect(getComputedStyle($(element, '.summary strong')).direction).to.equal('ltr');
  });
});
