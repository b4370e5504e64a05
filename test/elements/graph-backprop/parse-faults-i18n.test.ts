import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { messagesOf } from '../../../src/internal/i18n.js';
import { settle } from '../../conformance/settle.js';
import { $ } from '../../conformance/shadow.js';

/**
 * Why an expression cannot be read (the expression engine's parse faults) is said in the page's
 * language, like every word around it: the note and the one `error` event of a refused `expr`,
 * and the expression box. The words are a catalogue part of their own, fetched with the first
 * refusal in that language; a file of its own, so they have not arrived when its test starts.
 */

/** Phrases of the engine's English that must not show on a page in another language. */
const ENGLISH = [
  'unexpected',
  'character',
  'expected',
  'unknown function',
  'did you mean',
  ' takes ',
  'ends too early',
  ' at ',
];

const englishIn = (text: string): string[] => ENGLISH.filter((words) => text.includes(words));

// Any run of spaces (French puts a no-break space before ? and :) as one space.
const flat = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const note = (element: GraphBackprop): string =>
  flat(element.shadowRoot!.querySelector('[part~="error"]'));

/** Waits until `ready` (words arrive in chunks of their own), then for the element to settle. */
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

describe('<graph-backprop> parse faults in the reader’s language', () => {
  it('refuses an expression in German: the note and one error event, in German by updateComplete', async () => {
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
    for (const [index, [expr, message]] of refusals.entries()) {
      element.setAttribute('expr', expr);
      await element.updateComplete;
      expect(errors, `${expr}: one error event, already in German`).to.deep.equal(
        refusals.slice(0, index + 1).map(([, said]) => ({ attribute: 'expr', message: said })),
      );
      expect(note(element)).to.contain(message);
      expect(englishIn(note(element)), note(element)).to.deep.equal([]);
      expect(element.expr, 'the expression drawn stays').to.equal('w*x');
    }
  });

  it('says the note again in the new language when the page switches to French', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="de"><graph-backprop expr="sine(w)"></graph-backprop></div>`,
    );
    const element = page.querySelector('graph-backprop') as GraphBackprop;
    await settled(element, () => note(element).includes('unbekannte Funktion'));
    page.setAttribute('lang', 'fr');
    await settled(element, () => note(element).includes('fonction inconnue'));
    await element.updateComplete;
    expect(note(element)).to.contain("fonction inconnue 'sine', vouliez-vous dire 'sin' ?");
    expect(englishIn(note(element)), note(element)).to.deep.equal([]);
  });

  it('refuses a values name that reads as a broken number in German, and a selected one in Japanese', async () => {
    const de = await fixture<GraphBackprop>(
      html`<graph-backprop lang="de" expr="x*y" values="x=3"></graph-backprop>`,
    );
    await settle(de);
    const errors: { attribute: string; message: string }[] = [];
    de.addEventListener('error', (event) => errors.push((event as CustomEvent).detail));
    de.setAttribute('values', 'NaN=2, y=4');
    await de.updateComplete;
    const message =
      'einer der Namen liest sich wie eine fehlerhafte Zahl; x*y hat keine Variable mit diesem Namen';
    expect(errors).to.deep.equal([{ attribute: 'values', message }]);
    expect(note(de)).to.contain(message);
    expect(de.values, 'the values in use stay').to.deep.equal({ x: 3, y: 1 });

    const ja = await fixture<GraphBackprop>(
      html`<graph-backprop lang="ja" expr="x*y" selected="Infinity"></graph-backprop>`,
    );
    await settled(ja, () => note(ja).includes('有限でない値'));
    expect(note(ja)).to.contain('（実際は有限でない値）');
    expect(note(ja)).not.to.match(/a value|finite|Infinity|infinite/);
  });

  it('says in the expression box, in French and in Hindi, why a draft does not parse', async () => {
    const fr = await fixture<GraphBackprop>(
      html`<graph-backprop lang="fr" editable expr="w*x"></graph-backprop>`,
    );
    await settle(fr);
    await typeInto(fr, 'w*x + sigmod(w)');
    await fr.updateComplete;
    const frBox = flat($(fr, '.parse-error'));
    expect(frBox).to.contain("fonction inconnue 'sigmod', vouliez-vous dire 'sigmoid' ?");
    expect(englishIn(frBox), frBox).to.deep.equal([]);

    const hi = await fixture<GraphBackprop>(
      html`<graph-backprop lang="hi" editable expr="w*x"></graph-backprop>`,
    );
    await settle(hi);
    await typeInto(hi, 'w*(x + 1');
    await hi.updateComplete;
    const expected = messagesOf('hi')['graph-backprop-faults.unclosedEnd'] as string;
    expect(expected, 'the Hindi words are here').to.be.a('string');
    const hiBox = flat($(hi, '.parse-error'));
    expect(hiBox).to.contain(expected.replace('{at}', '8').replace('{opened}', '2'));
    expect(englishIn(hiBox), hiBox).to.deep.equal([]);
  });
});
