/**
 * Where KaTeX's font files are: `./fonts/*.woff2` beside this module, which the builds write
 * there (scripts/katex-fonts-plugin.ts), or where a page says. This module is part of the script
 * tag's entry, so its URL is the entry's; reading and registering the faces comes with KaTeX
 * (tex-font-faces.ts).
 */

let fontBase: URL | undefined;

/** Where the woff2 files are: beside this module unless a page says otherwise. */
export function setFontBase(url: string | URL): void {
  fontBase = new URL(url, document.baseURI);
}

function defaultFontBase(): URL {
  const base = new URL('./fonts/', import.meta.url);
  // Vite's dev server drops the trailing slash; without it files resolve one folder too high.
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

/** The folder the woff2 files are fetched from. */
export function fontBaseUrl(): URL {
  return fontBase ?? defaultFontBase();
}
