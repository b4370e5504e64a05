import { waitUntil } from '@open-wc/testing';
import type { Messages } from '../../src/internal/i18n.js';
import { openFrame } from './frame.js';

/**
 * The classic script carries every language inline (its build writes each part's keys once and
 * each language as a list of texts): an element in each shipped language shows that language's
 * words, plural forms included. Needs `npm run build:dist` first (part of `npm test`).
 */
const LANGUAGES = ['es', 'de', 'fr', 'pt-BR', 'zh-CN', 'ja', 'hi', 'ar'];

async function messagesOf(lang: string): Promise<Messages> {
  const module = (await import(`../../src/i18n/${lang}/layer-delta.ts`)) as { messages: Messages };
  return module.messages;
}

function textOf(element: Element): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('the classic script in every language', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows each language its own words', async () => {
    frame = await openFrame('/test/distribution/csp/classic.html');
    const doc = frame.contentDocument!;
    for (const lang of LANGUAGES) {
      const element = doc.createElement('layer-delta');
      element.setAttribute('lang', lang);
      doc.body.append(element);
      const messages = await messagesOf(lang);
      const words = [messages['layer-delta.step'], messages['layer-delta.reset']] as string[];
      await waitUntil(
        () => words.every((word) => textOf(element).includes(word)),
        `<layer-delta lang="${lang}"> never showed ${words.join(' / ')}: ${textOf(element).slice(0, 200)}`,
        { timeout: 5000 },
      );
    }
  });
});
