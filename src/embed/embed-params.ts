/**
 * Where an embed page's parameters come from: the one place that reads them.
 *
 * - `embed.html?el=graph-backprop&expr=...` and `embed-standalone.html?...`: the page's URL.
 * - A page that carries its own parameters (the SCORM package's index.html, written by the
 *   builder) holds them in `<script type="application/json" id="backprop-embed-config">`, a
 *   data block the browser never runs (so the page's script hash and CSP stay the same). Such a
 *   page ignores its URL: an LMS adds launch parameters of its own, which are not ours to read.
 */

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
