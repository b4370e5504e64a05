import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/all.js';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import {
  catalogueLanguage,
  loadCatalogue,
  messagesOf,
  SHIPPED_LANGUAGES,
  type Message,
} from '../../src/internal/i18n.js';

/**
 * Each shipped language, with its real catalogue, on every element: no English sentence is left
 * in what a reader sees or hears. English is recognised by its message texts: every run of at
 * least two words (or one word of six letters or more) between placeholders, found in the
 * element's text but in no message of the language under test (where a word is the same in
 * both languages, such as German "Gradient", it is not English left over).
 */

const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : (Object.values(message).filter(Boolean) as string[]);

function englishRuns(): string[] {
  const runs = new Set<string>();
  for (const message of Object.values(messagesOf('en'))) {
    for (const text of forms(message)) {
      for (const run of text.split(/\{\w+\}|[()'":;.,!?·→←=+−×/]/)) {
        const words = run
          .trim()
          .split(/\s+/)
          .filter((word) => /^[A-Za-z][a-z-]*$/.test(word));
        const phrase = words.join(' ');
        if (words.length >= 2 || (words.length === 1 && words[0].length >= 6)) runs.add(phrase);
      }
    }
  }
  return [...runs];
}

function readerText(element: Element): string {
  const root = element.shadowRoot!;
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.katex, style')) continue;
    out.push(node.textContent!);
  }
  for (const node of root.querySelectorAll('*')) {
    for (const name of [
      'aria-label',
      'aria-valuetext',
      'aria-description',
      'title',
      'placeholder',
    ]) {
      const value = node.getAttribute(name);
      if (value) out.push(value);
    }
  }
  return out.join('\n').replace(/\s+/g, ' ');
}

const languages = SHIPPED_LANGUAGES.filter((lang) => lang !== 'en');

describe('shipped languages: no English left on any element', () => {
  it('ships eight languages besides English, each resolving to itself', () => {
    expect(languages).to.deep.equal(['es', 'de', 'fr', 'pt-BR', 'zh-CN', 'ja', 'hi', 'ar']);
    for (const lang of languages) expect(catalogueLanguage(lang)).to.equal(lang);
  });

  for (const lang of languages) {
    for (const tag of ELEMENT_TAGS) {
      it(`${lang}: <${tag}>`, async () => {
        await loadCatalogue(lang, tag);
        const own = Object.values(messagesOf(lang)).flatMap(forms).join('\n');
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            ${staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`}
          </div>`,
        );
        const element = wrapper.firstElementChild as HTMLElement & {
          language: string;
          updateComplete: Promise<unknown>;
        };
        await waitUntil(() => element.language === lang, `${tag} never switched to ${lang}`);
        await element.updateComplete;
        const text = readerText(element);
        const left = englishRuns().filter(
          (run) => new RegExp(`\\b${run}\\b`).test(text) && !own.includes(run),
        );
        expect(left, `English left in <${tag} lang="${lang}">`).to.deep.equal([]);
      });
    }
  }
});
