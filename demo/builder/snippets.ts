import { embedQuery } from '../../src/embed/embed-request.js';
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

function elementTag(tag: ElementTag, attributes: Attributes): string {
  const parts = attributes.map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  return `<${tag}${parts.join('')}></${tag}>`;
}

/** One script tag (once per page) and the element. */
export function scriptSnippet(tag: ElementTag, attributes: Attributes, base: string): string {
  const script = `<script type="module" src="${escapeAttribute(folderUrl(base))}backprop-elements.js"></script>`;
  return `${script}\n${elementTag(tag, attributes)}`;
}

export function embedUrl(tag: ElementTag, attributes: Attributes, base: string): string {
  return `${folderUrl(base)}embed.html?${embedQuery(tag, attributes)}`;
}

/**
 * An iframe for pages that strip script tags, plus an optional script that fits the iframe to
 * its content: the embed page posts `{ type: 'backprop-elements:height', height }` to its parent.
 * Where scripts are stripped, the iframe keeps its fixed height.
 */
export function iframeSnippet(
  tag: ElementTag,
  attributes: Attributes,
  base: string,
  height: number,
): string {
  const src = embedUrl(tag, attributes, base);
  let origin: string;
  try {
    origin = new URL(src, location.href).origin;
  } catch {
    origin = '';
  }
  const iframe = [
    `<iframe src="${escapeAttribute(src)}"`,
    `  title="${tag}: an interactive figure" width="100%" height="${Math.round(height)}"`,
    `  loading="lazy" frameborder="0" data-backprop-embed></iframe>`,
  ].join('\n');
  const resize = [
    '<script>',
    "  addEventListener('message', (event) => {",
    `    if (event.origin !== ${JSON.stringify(origin)}) return;`,
    "    if (event.data?.type !== 'backprop-elements:height') return;",
    "    for (const frame of document.querySelectorAll('iframe[data-backprop-embed]')) {",
    '      if (frame.contentWindow === event.source) frame.height = String(event.data.height);',
    '    }',
    '  });',
    '</script>',
  ].join('\n');
  return `${iframe}\n${resize}`;
}
