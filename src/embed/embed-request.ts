import { isElementTag, type ElementTag } from '../element-tags.js';

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

export function readEmbedRequest(
  search: string,
  observedAttributes: (tag: ElementTag) => readonly string[] | undefined,
): EmbedRequest {
  const params = new URLSearchParams(search);
  const tag = params.get('el');
  if (!tag)
    return { ok: false, message: 'Name an element with ?el=, for example ?el=graph-backprop.' };
  if (!isElementTag(tag)) return { ok: false, message: `Unknown element "${tag}".` };
  const known = observedAttributes(tag);
  if (!known) return { ok: false, message: `The element "${tag}" is not available here.` };
  const allowed = new Set(known);
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (name === 'el') continue;
    if (allowed.has(name) && value.length <= MAX_VALUE_LENGTH) attributes.push([name, value]);
    else ignored.push(name);
  }
  return { ok: true, tag, attributes, ignored };
}

/** Edit distance, small strings only: enough to guess which parameter a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, substitution));
    }
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
 * with the likely intended name, and the parameters the element does read. Empty when none.
 */
export function ignoredParametersNote(
  tag: ElementTag,
  ignored: readonly string[],
  known: readonly string[],
): string {
  if (ignored.length === 0) return '';
  const reasons = [...new Set(ignored)].map((name) => {
    if (known.includes(name)) {
      return `"${name}" was ignored: its value is longer than ${MAX_VALUE_LENGTH.toLocaleString('en')} characters.`;
    }
    const guess = closest(name, known);
    return guess
      ? `"${name}" is not a parameter of ${tag}; did you mean "${guess}"?`
      : `"${name}" is not a parameter of ${tag}.`;
  });
  return `${reasons.join(' ')} The parameters are: el, ${known.join(', ')}.`;
}

/** The query string that reproduces `attributes` on `tag` (used by the embed builder). */
export function embedQuery(tag: ElementTag, attributes: [string, string][]): string {
  const params = new URLSearchParams({ el: tag });
  for (const [name, value] of attributes) params.append(name, value);
  return params.toString();
}
