import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { settle } from '../../conformance/settle.js';
import { $ } from '../../conformance/shadow.js';

/**
 * The expression engine's reasons why a graph cannot be computed read in the page's language,
 * like every word around them: the note under the diagram and the live region.
 */

/** Phrases of the engine's English that must not show on a page in another language. */
const ENGLISH = [
  'division by zero',
  'needs a',
  'positive input',
  'too large',
  'gradient of',
  'infinite slope',
  ' at 0',
];

const englishIn = (text: string): string[] => ENGLISH.filter((words) => text.includes(words));

// Any run of spaces (French puts a no-break space before ? and :) as one space.
const flat = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until the element's words in its language (and those fetched on demand) have arrived. */
async function settled(element: GraphBackprop, ready: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !ready(); i++) await settle(element);
  await settle(element);
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

  it('names the op whose slope is infinite in Chinese and in Spanish', async () => {
    const zh = await fixture<GraphBackprop>(
      html`<graph-backprop lang="zh-CN" expr="sqrt(x)" values="x=0"></graph-backprop>`,
    );
    await settled(zh, () => flat($(zh, '.domain')).includes('无法计算'));
    const zhNote = flat($(zh, '.domain'));
    expect(zhNote).to.contain('sqrt 在 0 处的斜率为无穷大');
    expect(englishIn(zhNote), zhNote).to.deep.equal([]);

    const es = await fixture<GraphBackprop>(
      html`<graph-backprop lang="es" expr="x^0.5" values="x=0"></graph-backprop>`,
    );
    await settled(es, () => flat($(es, '.domain')).includes('No se puede calcular'));
    const esNote = flat($(es, '.domain'));
    expect(esNote).to.contain('pow tiene pendiente infinita en 0 (una potencia entre 0 y 1)');
    expect(englishIn(esNote), esNote).to.deep.equal([]);
  });
});
