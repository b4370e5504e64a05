import { directionOf, type Messages } from '../internal/i18n.js';

/**
 * The single-file embed page carries each language's messages as a JSON data block
 * (`<script type="application/json" id="backprop-messages-de">`) instead of inside its script:
 * the browser never runs a data block, so the page's script, its hash and its CSP stay the same
 * whichever blocks a copy keeps. A SCORM package keeps only its own language's block (English is
 * in the script), about 8 kB gzip less per language left out. A block holds the language's
 * parts by name (`{ "shared": {…}, "graph-backprop": {…} }`); in that build each part's file,
 * src/i18n/<lang>/<part>.ts, is replaced by a module reading its part from the block
 * (scripts/build-standalone.mjs).
 */

const BLOCK_ID_PREFIX = 'backprop-messages-';

/** The parts of a language, by name, as a data block holds them. */
export type CatalogueParts = Readonly<Record<string, Messages>>;

/**
 * One part of `lang`'s messages from the page's data block; none (so English) when the page
 * has no block for it.
 */
export function catalogueFromPage(lang: string, part: string, doc: Document = document): Messages {
  const text = doc.getElementById(`${BLOCK_ID_PREFIX}${lang}`)?.textContent;
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    const messages: unknown =
      typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, unknown>)[part]
        : undefined;
    return typeof messages === 'object' && messages !== null ? (messages as Messages) : {};
  } catch {
    return {};
  }
}

/** The data block holding a language's `parts` (`<` escaped, so nothing in it can end the block). */
export function catalogueBlock(lang: string, parts: CatalogueParts): string {
  const json = JSON.stringify(parts).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${BLOCK_ID_PREFIX}${lang}">${json}</script>`;
}

const BLOCK =
  /[ \t]*<script type="application\/json" id="backprop-messages-([\w-]+)">[^<]*<\/script>\n?/g;

/** The languages whose blocks a page carries. */
export function cataloguesIn(html: string): string[] {
  return [...html.matchAll(BLOCK)].map((match) => match[1]);
}

/**
 * The page speaking one language only: the other languages' blocks removed, `<html>` marked
 * with the language and its direction, and the `<noscript>` text (shown where scripts are off,
 * so nothing can translate it later) in that language. `lang` is a catalogue language; for one
 * the page has no block for, the page is English.
 */
export function pageInLanguage(html: string, lang: string): string {
  const match = [...html.matchAll(BLOCK)].find((block) => block[1] === lang);
  const shown = match ? lang : 'en';
  let noscript: string | undefined;
  if (match) {
    const parts = JSON.parse(match[0].replace(/^[^>]*>|<\/script>\n?$/g, '')) as CatalogueParts;
    const text = parts.shared?.['embed.noscript'];
    if (typeof text === 'string') noscript = text;
  }
  const escaped = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let page = html
    .replace(BLOCK, (block, blockLang: string) => (blockLang === shown ? block : ''))
    .replace(/<html\b[^>]*>/, `<html lang="${shown}" dir="${directionOf(shown)}">`);
  if (noscript) {
    page = page.replace(
      /<noscript>[^<]*<\/noscript>/,
      () => `<noscript>${escaped(noscript)}</noscript>`,
    );
  }
  return page;
}
