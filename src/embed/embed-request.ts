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

/** The query string that reproduces `attributes` on `tag` (used by the embed builder). */
export function embedQuery(tag: ElementTag, attributes: [string, string][]): string {
  const params = new URLSearchParams({ el: tag });
  for (const [name, value] of attributes) params.append(name, value);
  return params.toString();
}
