import { isElementTag, type ElementTag } from '../element-tags.js';
import { translate, type MessageParams } from '../internal/i18n.js';
import { PAGE_PARAMETERS } from './embed-params.js';
import './messages.js';

/**
 * What an embed URL asks for, read without touching the DOM:
 * `embed.html?el=graph-backprop&expr=relu(w*x%2Bb)&values=x%3D1` names one tag and its attributes.
 * Only attributes the tag observes are kept, so a URL cannot set `onclick`, `style` or anything
 * else an element does not read; everything else is listed as ignored.
 */
export type EmbedRequest =
  | { ok: true; tag: ElementTag; attributes: [string, string][]; ignored: string[] }
  | { ok: false; message: string };

/** Longest attribute value accepted from a URL; the elements have their own, smaller limits. */
const MAX_VALUE_LENGTH = 2000;

/** Fills a message of src/embed/messages.ts in one language. */
export type Say = (key: string, params?: MessageParams) => string;

/**
 * The embed messages in `lang` (a catalogue language), numbers in its style with Latin digits,
 * as the elements write them.
 */
export function sayIn(lang: string): Say {
  let numbers: Intl.NumberFormat;
  try {
    numbers = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
  } catch {
    numbers = new Intl.NumberFormat('en');
  }
  return (key, params) => translate(lang, key, params, (value) => numbers.format(value));
}

const inEnglish = sayIn('en');

export function readEmbedRequest(
  search: string,
  observedAttributes: (tag: ElementTag) => readonly string[] | undefined,
  say: Say = inEnglish,
): EmbedRequest {
  const params = new URLSearchParams(search);
  const tag = params.get('el');
  if (!tag) return { ok: false, message: say('embed.noElement', { example: 'graph-backprop' }) };
  if (!isElementTag(tag)) return { ok: false, message: say('embed.unknownElement', { tag }) };
  const known = observedAttributes(tag);
  if (!known) return { ok: false, message: say('embed.unavailable', { tag }) };
  const allowed = new Set(known);
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  for (const [name, value] of params) {
    // The page's own parameters (the element, the language) are not the element's attributes.
    if ((PAGE_PARAMETERS as readonly string[]).includes(name)) continue;
    if (allowed.has(name) && value.length <= MAX_VALUE_LENGTH) attributes.push([name, value]);
    else ignored.push(name);
  }
  return { ok: true, tag, attributes, ignored };
}

/**
 * Edit distance, small strings only: enough to guess which parameter a typo meant. Swapping two
 * neighbouring letters (`lnag` for `lang`) counts as one edit, as it is one slip of the fingers.
 */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(previous[j] + 1, row[j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, before[j - 2] + 1);
      }
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/** The known name a misspelt one most likely meant, if any is close enough. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const d =
      candidate.startsWith(name) || name.startsWith(candidate) ? 1 : distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The note a reader sees when the URL holds parameters the page did not use: each one named,
 * with the likely intended name, and the parameters the page reads (its own and the element's).
 * Empty when none.
 */
export function ignoredParametersNote(
  tag: ElementTag,
  ignored: readonly string[],
  known: readonly string[],
  say: Say = inEnglish,
): string {
  if (ignored.length === 0) return '';
  const all = [...PAGE_PARAMETERS, ...known];
  const reasons = [...new Set(ignored)].map((name) => {
    if (known.includes(name)) return say('embed.tooLong', { name, count: MAX_VALUE_LENGTH });
    const guess = closest(name, all);
    return guess
      ? say('embed.notParameterGuess', { name, tag, guess })
      : say('embed.notParameter', { name, tag });
  });
  return [...reasons, say('embed.parameterList', { list: all.join(', ') })].join(' ');
}

/**
 * The query string that reproduces `attributes` on `tag` (used by the embed builder), in `lang`
 * (English, the default, needs no parameter), with the pass mark `pass` when one is given.
 */
export function embedQuery(
  tag: ElementTag,
  attributes: [string, string][],
  lang = 'en',
  pass?: number,
): string {
  const params = new URLSearchParams({ el: tag });
  for (const [name, value] of attributes) params.append(name, value);
  if (lang !== 'en') params.append('lang', lang);
  if (pass !== undefined) params.append('pass', String(pass));
  return params.toString();
}
