/**
 * Where an embed page's parameters come from: the one place that reads them.
 *
 * - `embed.html?el=graph-backprop&expr=...` and `embed-standalone.html?...`: the page's URL.
 *   `el` names the element and `lang` the language of the figure and the page's notes; every
 *   other parameter is one of the element's attributes.
 * - A page that carries its own parameters (the SCORM package's index.html, written by the
 *   builder) holds them in `<script type="application/json" id="backprop-embed-config">`, a
 *   data block the browser never runs (so the page's script hash and CSP stay the same). Such a
 *   page ignores its URL: an LMS adds launch parameters of its own, which are not ours to read.
 */

import { canonical, catalogueLanguage, directionOf } from '../internal/i18n.js';

/**
 * The parameters the page reads for itself; the rest are the element's attributes. `pass` is
 * the pass mark of a figure that asks, for a course platform (see passMark).
 */
export const PAGE_PARAMETERS = ['el', 'lang', 'pass'] as const;

/** The share of questions right (in percent) a reader needs to pass while `pass` is absent. */
export const DEFAULT_PASS_MARK = 80;

/** The id of the data block a page with baked-in parameters carries. */
export const EMBED_CONFIG_ID = 'backprop-embed-config';

export interface EmbedConfig {
  /** The same query string an embed URL carries: `el=...&attribute=value`. */
  query: string;
  /** Report to a SCORM 1.2 LMS (the page is a SCORM package's launch page). */
  scorm?: boolean;
}

function bakedConfig(doc: Document): EmbedConfig | undefined {
  const block = doc.getElementById(EMBED_CONFIG_ID);
  if (!block?.textContent) return undefined;
  try {
    const parsed: unknown = JSON.parse(block.textContent);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { query, scorm } = parsed as Record<string, unknown>;
    if (typeof query !== 'string') return undefined;
    return { query, scorm: scorm === true };
  } catch {
    return undefined;
  }
}

/** The page's parameters: its baked-in configuration if it has one, else its URL's query. */
export function embedConfig(doc: Document = document, search = location.search): EmbedConfig {
  return bakedConfig(doc) ?? { query: search, scorm: false };
}

/** The text of the data block that bakes `config` into a page (`<` escaped, so it cannot end the block). */
export function configBlock(config: EmbedConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${EMBED_CONFIG_ID}">${json}</script>`;
}

/** What the page speaks: its `lang` and `dir`, and the catalogue its texts come from. */
export interface PageLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The catalogue language (`es` for `es-MX`; `en` for a language with no catalogue). */
  catalogue: string;
}

/**
 * The language the `lang` parameter asks for, resolved as the elements resolve it: a region
 * falls back to its base (`es-MX` reads `es`), and a language with no catalogue, a malformed
 * tag or none at all falls back to English without a note. The page is then marked as what it
 * shows: `lang=he` (no catalogue) gives an English, left-to-right page, not English text
 * labelled Hebrew; `lang=es-MX` keeps its region (same catalogue, and the author's choice).
 */
export function pageLanguage(query: string): PageLanguage {
  const asked = canonical(new URLSearchParams(query).get('lang'));
  const catalogue = catalogueLanguage(asked);
  const base = (tag: string) => tag.split('-')[0].toLowerCase();
  const lang = asked && base(asked) === base(catalogue) ? asked : catalogue;
  return { lang, dir: directionOf(lang), catalogue };
}

/**
 * The pass mark the `pass` parameter asks for: a percentage from 0 to 100. Absent, it is
 * DEFAULT_PASS_MARK; unreadable, the same, and `refused` holds the text for the page's note.
 */
export function passMark(query: string): { value: number; refused?: string } {
  const text = new URLSearchParams(query).get('pass');
  const value = text?.trim() ? Number(text) : NaN;
  // NaN and ±Infinity fail both comparisons; an absent parameter is not refused.
  return value >= 0 && value <= 100
    ? { value }
    : { value: DEFAULT_PASS_MARK, refused: text ?? undefined };
}
