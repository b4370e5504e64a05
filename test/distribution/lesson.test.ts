import { expect, waitUntil } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import { askKindsOf } from '../../src/internal/exercise/exercise-settings.js';
// The classes here, whose settings askKindsOf reads (the frame's are its own module copies).
import '../../src/all.js';
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

  it('has one "predict first" moment in each section whose figures can ask', async () => {
    const frame = await openFrame('/demo/index.html', 900);
    await waitForFormula(frame, 'chain-rule-gears');
    const page = frame.contentDocument!;
    const canAsk = (element: Element) =>
      askKindsOf(customElements.get(element.localName)).length > 0;
    const sections = [...page.querySelectorAll('main > section')].filter((section) =>
      [...section.querySelectorAll(ELEMENT_TAGS.join(','))].some(canAsk),
    );
    expect(sections.map((section) => section.id)).to.include.members(['chain', 'neuron']);
    for (const section of sections) {
      const moments = section.querySelectorAll('.predict');
      expect(moments, `one moment in #${section.id}`).to.have.length(1);
      const asking = [...moments[0].querySelectorAll(ELEMENT_TAGS.join(','))];
      expect(asking, `one figure in #${section.id}'s moment`).to.have.length(1);
      const [figure] = asking as (HTMLElement & { ask: string[]; score: { possible: number } })[];
      expect(figure.ask.length, `#${section.id}'s figure asks`).to.be.greaterThan(0);
      // Its questions come with the exercise code, fetched after the figure's first paint: on a
      // busy machine that takes more than waitUntil's default second.
      await waitUntil(() => figure.score.possible > 0, `#${section.id}'s figure asks nothing`, {
        timeout: 10000,
      });
      expect(
        moments[0].querySelector('p')!.textContent,
        'a sentence inviting a prediction',
      ).to.match(/\b(predict|work out|decide)\b/i);
    }
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
      await waitUntil(
        () => (figure as HTMLElement & { language: string }).language === 'ar',
        `${tag} did not speak Arabic`,
        { timeout: 5000 },
      );
    }
    expect(frame.contentWindow!.location.search).to.equal('?lang=ar');
  });
});
