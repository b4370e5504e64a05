import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { graphBackpropMessages } from '../../../src/elements/graph-backprop/messages.js';
import { narrationMessages } from '../../../src/elements/graph-backprop/narration.messages.js';
import { expressionBoxMessages } from '../../../src/elements/graph-backprop/views/expression-box.messages.js';
import { forwardCaptionMessages } from '../../../src/elements/graph-backprop/views/forward-caption.messages.js';
import { panelMessages } from '../../../src/elements/graph-backprop/views/panel.messages.js';
import { stepCaptionMessages } from '../../../src/elements/graph-backprop/views/step-caption.messages.js';
import { addMessages } from '../../../src/internal/i18n.js';
import { loadTex } from '../../../src/internal/tex.js';
import { readerTexts } from '../../conformance/reader-text.js';
import { minusAndNextLeft } from '../../conformance/rtl.js';
import { settle } from '../../conformance/settle.js';
import { addTestLanguage, wordsAsMarks } from '../../conformance/test-language.js';
import { $ } from '../../conformance/shadow.js';

/** A test language: every key of the element, plus the shared spoken minus, every word marked. */
addTestLanguage(
  {
    ...graphBackpropMessages,
    // The English of the views and the narration loaded on first use lives beside them.
    ...narrationMessages,
    ...panelMessages,
    ...forwardCaptionMessages,
    ...stepCaptionMessages,
    ...expressionBoxMessages,
    'number.minus': 'minus {value}',
  },
  wordsAsMarks(1),
);

/**
 * Words that are not ours to translate: the author's expression (its variable names, function
 * names and text), the example expressions, the rule letters u and v, node ids, exponents (1e−5) and the marked words.
 */
const notOurs = (expr: string) => (text: string) =>
  text
    .split(expr)
    .join(' ')
    .replace(/\d+e[−-]?\d+/g, ' ')
    .replace(/\b(?:w|x|b|y|h|u|v|n\d+|ĉŝ|sigmoid|bce|relu|log)\b/g, ' ');

describe('<graph-backprop> in the reader’s language', () => {
  before(() => loadTex());

  it('shows and speaks no English in a language whose catalogue has every key', async () => {
    const expr = 'bce(sigmoid(w*x + b), y)';
    for (const selected of ['w', 'n5']) {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop
          lang="eo"
          editable
          expr=${expr}
          values="x=2, w=-1, b=0.5, y=1"
          selected=${selected}
        ></graph-backprop>`,
      );
      await settle(element);
      element.step = 2;
      await settle(element);
      $<SVGGElement>(element, '.node[data-name="w"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
      expect(element.announcement, 'narration in the test language').to.contain('ĉŝ');
      const english = readerTexts(element)
        .map(notOurs(expr))
        .filter((text) => /[A-Za-z]/.test(text));
      expect(english, `with ${selected} open`).to.deep.equal([]);
      // The op's description comes from our catalogue, not the core's English table.
      if (selected === 'n5') expect($(element, '.description').textContent).to.contain('ĉŝ');
    }
  });

  it('shows and speaks no English in forward mode, stepped to the end', async () => {
    const expr = 'bce(sigmoid(w*x + b), y)';
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop
        lang="eo"
        editable
        mode="forward"
        wrt="x"
        expr=${expr}
        values="x=2, w=-1, b=0.5, y=1"
        selected="n5"
      ></graph-backprop>`,
    );
    await settle(element);
    const step = $<HTMLButtonElement>(element, 'button.step');
    const said: string[] = [];
    while (step.getAttribute('aria-disabled') !== 'true') {
      step.click();
      await settle(element);
      said.push(element.announcement);
    }
    expect(element.step).to.equal(element.totalSteps);
    expect(
      said.every((sentence) => sentence.includes('ĉŝ')),
      'narration in the test language',
    ).to.be.true;
    const english = [...readerTexts(element), ...said]
      .map(notOurs(expr))
      .filter((text) => /[A-Za-z]/.test(text));
    expect(english).to.deep.equal([]);
    // The end of the pass is on show: its summary and the tally, translated.
    expect($(element, '.forward-done').textContent).to.contain('ĉŝ');
    expect($(element, '.tally').textContent).to.contain('ĉŝ');
    expect($(element, 'button.step').textContent).to.contain('ĉŝ');
  });

  it('keeps the parser’s reason inside a translated sentence', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop lang="eo" editable expr="w*x"></graph-backprop>`,
    );
    await settle(element);
    const field = $<HTMLInputElement>(element, '#expression-input');
    field.focus();
    field.select();
    await sendKeys({ type: 'w*x +* 2' });
    await settle(element);
    const note = $(element, '.parse-error p').textContent!;
    expect(note.startsWith('ĉŝ ĉŝ ĉŝ ĉŝ: '), note).to.be.true;
  });

  it('names its nodes in the words a page gives English with addMessages', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    await settle(element);
    const product = (): string =>
      element.shadowRoot!.querySelector('.node[data-id="n2"]')!.getAttribute('aria-label')!;
    expect(product()).to.contain('the multiply node');
    try {
      addMessages('en', { 'graph-backprop.kind.mul': 'product' });
      await settle(element);
      expect(product()).to.contain('the product,');
    } finally {
      addMessages('en', { 'graph-backprop.kind.mul': 'multiply node' });
    }
  });

  it('re-renders when lang changes at runtime', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop></div>`,
    );
    const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
    await settle(element);
    const step = (): string => $(element, 'button.step').textContent!.replace(/\s+/g, ' ').trim();
    expect(step()).to.equal('Step ◂');
    wrapper.setAttribute('lang', 'eo');
    await settle(element);
    expect(step()).to.equal('ĉŝ ◂');
    expect($(element, '.counter').textContent).to.equal('ĉŝ 0 ĉŝ 1');
    wrapper.setAttribute('lang', 'en-GB');
    await settle(element);
    expect(step()).to.equal('Step ◂');
  });

  it('reads as a fresh element after its values move and its language changes', async () => {
    // The drawing keeps what a change leaves alone (names, widths, the formula's expression):
    // none of it may outlive the numbers or the language it was made for.
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <graph-backprop expr="tanh(w*x + b) - 2" values="w=2, x=-1, b=0.5"></graph-backprop>
      </div>`,
    );
    const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
    await settle(element);
    $<SVGGElement>(element, '.node[data-name="x"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    element.step = 2;
    await settle(element);
    wrapper.setAttribute('lang', 'eo');
    await settle(element);
    const fresh = await fixture<GraphBackprop>(
      html`<graph-backprop
        lang="eo"
        expr="tanh(w*x + b) - 2"
        values="w=2, x=-0.8, b=0.5"
      ></graph-backprop>`,
    );
    fresh.step = 2;
    await settle(fresh);
    // The live region differs by design: only the element that was changed has narrated.
    const seen = (of: GraphBackprop): string[] => readerTexts(of, '.katex, [role="status"]');
    const formula = (of: GraphBackprop): string =>
      of.shadowRoot!.querySelector('[part="formula"] .katex-mathml')?.textContent ?? '';
    expect(seen(element)).to.deep.equal(seen(fresh));
    expect(formula(element)).to.equal(formula(fresh));
  });

  it('writes numbers the German way in text and formulas, and takes a typed 0,5', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop
        lang="de"
        expr="w*x"
        values="w=0.5, x=-1.5"
        selected="w"
      ></graph-backprop>`,
    );
    await settle(element);
    const values = [...element.shadowRoot!.querySelectorAll('.node-value')].map((node) =>
      node.textContent!.trim(),
    );
    expect(values).to.deep.equal(['0,5', '\u22121,5', '\u22120,75']);
    const annotations = [...element.shadowRoot!.querySelectorAll('annotation')].map(
      (node) => node.textContent!,
    );
    expect(annotations.some((text) => text.includes('-0{,}75'))).to.be.true;
    expect($(element, '.node[data-name="x"]').getAttribute('aria-valuetext')).to.contain('1,5');
    const field = $<HTMLInputElement>(element, '#value-input');
    expect(field.value).to.equal('0,5');
    field.focus();
    field.select();
    await sendKeys({ type: '2,5' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.values.w).to.equal(2.5);
    expect(element.value).to.equal(-3.75);
  });

  it('keeps formulas, numbers and the diagram left to right on a right-to-left page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <graph-backprop expr="w*x" values="w=-1, x=2"></graph-backprop>
      </div>`,
    );
    const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
    await settle(element);
    element.step = 1;
    await settle(element);
    expect(getComputedStyle(element).direction, 'the host follows the page').to.equal('rtl');
    for (const part of ['diagram', 'formula']) {
      expect(getComputedStyle($(element, `[part~="${part}"]`)).direction, part).to.equal('ltr');
    }
    expect(getComputedStyle($(element, '.caption .hint')).direction).to.equal('rtl');
    expect(getComputedStyle($(element, '.counter')).direction).to.equal('rtl');
    const value = $<SVGTextElement>(element, '.node[data-name="w"] + .node-text .node-value');
    expect(value.textContent).to.equal('\u22121');
    expect(getComputedStyle(value).direction).to.equal('ltr');
    // Drawn in order: the minus sign sits left of the digit.
    const [minus, digit] = minusAndNextLeft(value);
    expect(minus).to.be.below(digit);
  });
});
