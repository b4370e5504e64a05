import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import { openFrame, waitForFormula } from './frame.js';

/** The demo lesson as a reader opens it: on a phone, and with the figures' language picker. */
describe('the lesson page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('does not scroll sideways at 320 px', async () => {
    const frame = await openFrame('/demo/index.html', 320);
    for (const tag of ELEMENT_TAGS) await waitForFormula(frame, tag);
    const page = frame.contentDocument!;
    await waitUntil(() => page.querySelector('#playground-output table'), 'playground filled');
    const root = page.documentElement;
    expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
  });

  it('switches every figure to the language picked, and back', async () => {
    const frame = await openFrame('/demo/index.html', 900);
    await waitForFormula(frame, 'chain-rule-gears');
    const page = frame.contentDocument!;
    const picker = page.querySelector<HTMLSelectElement>('#figure-language')!;
    expect([...picker.options].map((option) => option.value)).to.deep.equal([
      'en',
      'es',
      'de',
      'fr',
      'pt-BR',
      'zh-CN',
      'ja',
      'hi',
      'ar',
    ]);
    picker.value = 'ar';
    picker.dispatchEvent(new Event('change'));
    for (const tag of ELEMENT_TAGS) {
      const figure = page.querySelector(tag)!;
      expect(figure.getAttribute('lang'), tag).to.equal('ar');
      expect(figure.getAttribute('dir'), tag).to.equal('rtl');
      await waitUntil(() => (figure as HTMLElement & { language: string }).language === 'ar');
    }
    expect(frame.contentWindow!.location.search).to.equal('?lang=ar');
  });
});
