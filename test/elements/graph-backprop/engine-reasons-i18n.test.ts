import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { messagesOf } from '../../../src/internal/i18n.js';
import { settle } from '../../conformance/settle.js';
import { $ } from '../../conformance/shadow.js';

/**
 * The expression engine's reasons (why a graph cannot be computed, why text is not an
 * expression) read in the page's language, like every word around them: the note under the
 * diagram, the live region, the note and `error` event of a refused `expr`, and the expression box.
 */

/** Phrases of the engine's English that must not show on a page in another language. */
const ENGLISH = [
  'division by zero',
  'needs a',
  'positive input',
  'too large',
  'gradient of',
  'unexpected',
  'character',
  'expected',
  'unknown function',
  'did you mean',
  ' takes ',
  ' at ',
];

const englishIn = (text: string): string[] => ENGLISH.filter((words) => text.includes(words));

// Any run of spaces (French puts a no-break space before ? and :) as one space.
const flat = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the element's words in `lang` (and those fetched on demand) have arrived. */
async function settled(element: GraphBackprop, ready: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !ready(); i++) await settle(element);
  await settle(element);
}

async function typeInto(element: GraphBackprop, text: string): Promise<void> {
  const field = $<HTMLInputElement>(element, '#expression-input');
  field.focus();
  field.select();
  await sendKeys({ type: text });
  await settled(element, () => element.shadowRoot!.querySelector('.parse-error') !== null);
}

describe('<graph-backprop> engine reasons in the reader’s language', () => {
  it('says why a graph cannot be computed in German, in the note and the live region', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop lang="de" expr="log(x) + 1" values="x=-1"></graph-backprop>`,
    );
    await settled(element, () => flat($(element, '.domain')).includes('Nicht berechenbar'));
    const note = flat($(element, '.domain'));
    expect(note).to.contain('log braucht eine positive Eingabe');
    expect(englishIn(note), note).to.deep.equal([]);

    $<SVGGElement>(element, '.node[data-name="x"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(element, () => element.announcement.includes('Nicht berechenbar'));
    const said = element.announcement;
    expect(said).to.contain('Nicht berechenbar: log braucht eine positive Eingabe.');
    expect(englishIn(said), said).to.deep.equal([]);
  });

  it('names the variable whose gradient overflows in Japanese, and divides by zero in Arabic', async () => {
    const ja = await fixture<GraphBackprop>(
      html`<graph-backprop lang="ja" expr="x*1e308*10" values="x=0"></graph-backprop>`,
    );
    await settled(ja, () => flat($(ja, '.domain')).includes('計算できません'));
    const jaNote = flat($(ja, '.domain'));
    expect(jaNote).to.contain('「x」の勾配が大きすぎて数として扱えません');
    expect(englishIn(jaNote), jaNote).to.deep.equal([]);

    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar">
        <graph-backprop expr="x/y" values="x=1, y=0"></graph-backprop>
      </div>`,
    );
    const ar = wrapper.querySelector('graph-backprop') as GraphBackprop;
    await settled(ar, () => flat($(ar, '.domain')).includes('تعذّر الحساب'));
    const arNote = flat($(ar, '.domain'));
    expect(arNote).to.contain('قسمة على صفر');
    expect(englishIn(arNote), arNote).to.deep.equal([]);
  });

  it('refuses an expression that does not parse in German: note and error event', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop lang="de" expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    await settle(element);
    const errors: { attribute: string; message: string }[] = [];
    element.addEventListener('error', (event) => errors.push((event as CustomEvent).detail));
    const refusals: [string, string][] = [
      ['w*x $ 2', "der Ausdruck lässt sich nicht lesen: unerwartetes Zeichen '$' an Position 4"],
      [
        'sine(w)',
        "der Ausdruck lässt sich nicht lesen: unbekannte Funktion 'sine', ist 'sin' gemeint?",
      ],
      ['sin(w, x)', "der Ausdruck lässt sich nicht lesen: 'sin' nimmt 1 Argument, erhalten: 2"],
      [
        'w*',
        "der Ausdruck lässt sich nicht lesen: der Ausdruck endet zu früh: an Position 2 wird eine Zahl, ein Name oder '(' erwartet",
      ],
    ];
    for (const [expr, message] of refusals) {
      element.setAttribute('expr', expr);
      await settled(element, () => errors.length > 0 && errors.at(-1)!.message === message);
      expect(errors.at(-1), expr).to.deep.equal({ attribute: 'expr', message });
      const note = flat(element.shadowRoot!.querySelector('[part~="error"]'));
      expect(note).to.contain(message);
      expect(englishIn(note), note).to.deep.equal([]);
    }
  });

  it('says in the expression box, in French and in Hindi, why a draft does not parse', async () => {
    const fr = await fixture<GraphBackprop>(
      html`<graph-backprop lang="fr" editable expr="w*x"></graph-backprop>`,
    );
    await settle(fr);
    await typeInto(fr, 'w*x + sigmod(w)');
    await settled(fr, () => flat($(fr, '.parse-error')).includes('fonction inconnue'));
    const frBox = flat($(fr, '.parse-error'));
    expect(frBox).to.contain("fonction inconnue 'sigmod', vouliez-vous dire 'sigmoid' ?");
    expect(englishIn(frBox), frBox).to.deep.equal([]);

    const hi = await fixture<GraphBackprop>(
      html`<graph-backprop lang="hi" editable expr="w*x"></graph-backprop>`,
    );
    await settle(hi);
    await typeInto(hi, 'w*(x + 1');
    const expected = messagesOf('hi')['graph-backprop.fault.unclosedEnd'] as string;
    expect(expected, 'the Hindi words are here').to.be.a('string');
    const hiBox = flat($(hi, '.parse-error'));
    expect(hiBox).to.contain(expected.replace('{at}', '8').replace('{opened}', '2'));
    expect(englishIn(hiBox), hiBox).to.deep.equal([]);
  });
});
