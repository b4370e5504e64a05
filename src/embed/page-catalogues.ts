import { directionOf, type Message, type Messages } from '../internal/i18n.js';

/**
 * The single-file embed page carries each language's messages as a JSON data block
 * (`<script type="application/json" id="backprop-messages-de">`) instead of inside its script:
 * the browser never runs a data block, so the page's script, its hash and its CSP stay the same
 * whichever blocks a copy keeps. A SCORM package keeps only its own language's block (English is
 * in the script), 6.5 to 8.9 kB gzip less per language left out. A block holds the language's
 * parts by name, each part its texts in the order of that part's keys (`{ "shared": ["…", …],
 * "graph-backprop": […] }`, null for a text the language lacks); the keys are written once, in
 * a block of their own (`id="backprop-message-keys"`, `{ "shared": ["embed.noscript", …] }`),
 * not once per language, and a key that begins with its part's name without it
 * (`"graph-backprop": [".step", …]`). In that build each part's file, src/i18n/<lang>/<part>.ts, is replaced
 * by a module reading its part from the blocks (scripts/build-standalone.mjs).
 */

const BLOCK_ID_PREFIX = 'backprop-messages-';
/** Not a language's block: its id does not start with BLOCK_ID_PREFIX. */
const KEYS_ID = 'backprop-message-keys';

/** A language's parts as a data block holds them: each part's texts in its keys' order. */
export type CatalogueParts = Readonly<Record<string, readonly (Message | null)[]>>;

/** Each part's keys, as the keys block holds them. */
export type CatalogueKeys = Readonly<Record<string, readonly string[]>>;

/** A data block's JSON by id, or undefined when the page has none or it cannot be read. */
function blockData(doc: Document, id: string): Record<string, unknown> | undefined {
  const text = doc.getElementById(id)?.textContent;
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A key as the keys block holds it: `.step` for `graph-backprop.step` in that part's list. */
const shortKey = (part: string, key: string): string =>
  key.startsWith(`${part}.`) ? key.slice(part.length) : key;

/** A part's keys and texts paired again; a text the language lacks (null) is left out. */
function paired(part: string, keys: unknown, texts: unknown): Messages {
  if (!Array.isArray(keys) || !Array.isArray(texts)) return {};
  const messages: Record<string, Message> = {};
  keys.forEach((key: unknown, i) => {
    const text: unknown = texts[i];
    if (typeof key === 'string' && (typeof text === 'string' || (typeof text === 'object' && text)))
      messages[key.startsWith('.') ? part + key : key] = text as Message;
  });
  return messages;
}

/**
 * One part of `lang`'s messages from the page's data blocks; none (so English) when the page
 * has no block for it.
 */
export function catalogueFromPage(lang: string, part: string, doc: Document = document): Messages {
  const texts = blockData(doc, `${BLOCK_ID_PREFIX}${lang}`)?.[part];
  return texts ? paired(part, blockData(doc, KEYS_ID)?.[part], texts) : {};
}

/** `<` escaped, so nothing in a block can end it. */
const blockJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** Each part's keys over every language's `parts` (each language's own part files by name). */
export function catalogueKeys(
  languages: readonly Readonly<Record<string, Messages>>[],
): CatalogueKeys {
  const keys: Record<string, Set<string>> = {};
  for (const parts of languages)
    for (const [part, messages] of Object.entries(parts))
      for (const key of Object.keys(messages)) (keys[part] ??= new Set()).add(key);
  return Object.fromEntries(Object.entries(keys).map(([part, set]) => [part, [...set]]));
}

/** The block of every part's keys, which every language's block needs. */
export function keysBlock(keys: CatalogueKeys): string {
  const written = Object.fromEntries(
    Object.entries(keys).map(([part, list]) => [
      part,
      list.map((key) => {
        // A written key starting with "." is read as its part's: no whole key may.
        if (key.startsWith('.'))
          throw new Error(`page-catalogues: the key "${key}" starts with "."`);
        return shortKey(part, key);
      }),
    ]),
  );
  return `<script type="application/json" id="${KEYS_ID}">${blockJson(written)}</script>`;
}

/** The data block holding a language's `parts` (its messages by part), in `keys`' order. */
export function catalogueBlock(
  lang: string,
  parts: Readonly<Record<string, Messages>>,
  keys: CatalogueKeys,
): string {
  const texts: CatalogueParts = Object.fromEntries(
    Object.entries(parts).map(([part, messages]) => [
      part,
      (keys[part] ?? []).map((key) => messages[key] ?? null),
    ]),
  );
  return `<script type="application/json" id="${BLOCK_ID_PREFIX}${lang}">${blockJson(texts)}</script>`;
}

const BLOCK =
  /[ \t]*<script type="application\/json" id="backprop-messages-([\w-]+)">[^<]*<\/script>\n?/g;

const KEYS_BLOCK =
  /[ \t]*<script type="application\/json" id="backprop-message-keys">([^<]*)<\/script>\n?/;

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
  const keys = KEYS_BLOCK.exec(html)?.[1];
  if (match && keys) {
    const parts = JSON.parse(match[0].replace(/^[^>]*>|<\/script>\n?$/g, '')) as CatalogueParts;
    const text = paired('shared', (JSON.parse(keys) as CatalogueKeys).shared, parts.shared)[
      'embed.noscript'
    ];
    if (typeof text === 'string') noscript = text;
  }
  const escaped = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let page = html
    .replace(BLOCK, (block, blockLang: string) => (blockLang === shown ? block : ''))
    // An English page reads no block, nor the keys that go with them.
    .replace(KEYS_BLOCK, (block) => (match ? block : ''))
    .replace(/<html\b[^>]*>/, `<html lang="${shown}" dir="${directionOf(shown)}">`);
  if (noscript) {
    page = page.replace(
      /<noscript>[^<]*<\/noscript>/,
      () => `<noscript>${escaped(noscript)}</noscript>`,
    );
  }
  return page;
}
