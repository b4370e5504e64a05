/**
 * The script an author puts on the page that holds the iframes, so each frame fits its figure.
 * It is text to paste (the builder shows it, the README prints it), kept here once.
 *
 * A frame sandboxed with `allow-scripts` alone (what Canvas keeps) has an opaque origin: its
 * messages arrive with `event.origin === "null"`, which any sandboxed frame on the page could
 * send. So the script trusts the sender, not the origin: it resizes only the iframe whose
 * `contentWindow` is `event.source`, and accepts the origin "null" only because of that match.
 * Heights are clamped, so a misbehaving frame cannot make the page enormous.
 */

/** The attribute that marks the iframes the script may resize. */
export const EMBED_FRAME_ATTRIBUTE = 'data-backprop-embed';

/** Tallest height the script will set, in CSS pixels (layer-delta at 320 px is about 1,000). */
export const MAX_FRAME_HEIGHT = 5000;

/** The `<script>` element, allowing messages from `origin` (the embed page's) and from sandboxed frames. */
export function parentResizeScript(origin: string): string {
  return [
    '<script>',
    '  // Fits each backprop-elements iframe to its figure. A sandboxed frame posts with origin',
    '  // "null", so a message counts only if it comes from one of these iframes itself.',
    "  addEventListener('message', (event) => {",
    `    if (event.origin !== ${JSON.stringify(origin)} && event.origin !== 'null') return;`,
    "    if (!event.data || event.data.type !== 'backprop-elements:height') return;",
    '    const height = Number(event.data.height);',
    '    if (!Number.isFinite(height) || height <= 0) return;',
    `    for (const frame of document.querySelectorAll('iframe[${EMBED_FRAME_ATTRIBUTE}]')) {`,
    '      if (frame.contentWindow === event.source) {',
    `        frame.height = String(Math.min(Math.ceil(height), ${MAX_FRAME_HEIGHT}));`,
    '      }',
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}
