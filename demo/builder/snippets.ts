import { embedQuery } from '../../src/embed/embed-request.js';
import { directionOf } from '../../src/internal/i18n.js';
import { EMBED_FRAME_ATTRIBUTE, parentResizeScript } from '../../src/embed/parent-resize.js';
import type { ElementTag } from '../../src/element-tags.js';

/** The snippets an author copies from the embed builder; pure text, tested on its own. */

export type Attributes = [name: string, value: string][];

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `base` with exactly one trailing slash, so `${base}file` works whatever the author typed. */
export function folderUrl(base: string): string {
  return base.trim().replace(/\/*$/, '/');
}

/**
 * The element's `lang` (and `dir` for a right-to-left language, whose labels follow the
 * element's direction); none for English, which the element speaks on a page without `lang`.
 */
function languageAttributes(lang: string): Attributes {
  if (lang === 'en') return [];
  return directionOf(lang) === 'rtl'
    ? [
        ['lang', lang],
        ['dir', 'rtl'],
      ]
    : [['lang', lang]];
}

function elementTag(tag: ElementTag, attributes: Attributes): string {
  const parts = attributes.map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  return `<${tag}${parts.join('')}></${tag}>`;
}

/** One script tag (once per page) and the element, in `lang`. */
export function scriptSnippet(
  tag: ElementTag,
  attributes: Attributes,
  base: string,
  lang = 'en',
): string {
  const script = `<script type="module" src="${escapeAttribute(folderUrl(base))}backprop-elements.js"></script>`;
  return `${script}\n${elementTag(tag, [...languageAttributes(lang), ...attributes])}`;
}

/**
 * The two embed pages: embed.html loads the package's files beside it (its host must send CORS
 * headers when the frame is sandboxed); embed-standalone.html is one file that needs nothing.
 */
export type EmbedPage = 'embed.html' | 'embed-standalone.html';

export function embedUrl(
  tag: ElementTag,
  attributes: Attributes,
  base: string,
  page: EmbedPage = 'embed.html',
  lang = 'en',
  pass?: number,
): string {
  return `${folderUrl(base)}${page}?${embedQuery(tag, attributes, lang, pass)}`;
}

/**
 * An iframe for pages that strip script tags, plus an optional script that fits the iframe to
 * its content: the embed page posts `{ type: 'backprop-elements:height', height }` (and Canvas's
 * `lti.frameResize`) to its parent. Where scripts are stripped, the iframe keeps the height given
 * here, which should be the figure's own (the builder passes the height it measures live).
 */
export function iframeSnippet(
  tag: ElementTag,
  attributes: Attributes,
  base: string,
  height: number,
  page: EmbedPage = 'embed.html',
  lang = 'en',
  pass?: number,
): string {
  const src = embedUrl(tag, attributes, base, page, lang, pass);
  let origin: string;
  try {
    origin = new URL(src, location.href).origin;
  } catch {
    origin = '';
  }
  const iframe = [
    `<iframe src="${escapeAttribute(src)}"`,
    `  title="${tag}: an interactive figure" width="100%" height="${Math.round(height)}"`,
    // The single file needs nothing from its host, so it can run fully sandboxed.
    page === 'embed-standalone.html'
      ? `  sandbox="allow-scripts" loading="lazy" frameborder="0" ${EMBED_FRAME_ATTRIBUTE}></iframe>`
      : `  loading="lazy" frameborder="0" ${EMBED_FRAME_ATTRIBUTE}></iframe>`,
  ].join('\n');
  return `${iframe}\n${parentResizeScript(origin)}`;
}
