/**
 * KaTeX's font faces for the single-file embed page, registered before any formula.
 * tex-fonts.ts registers each face only if the document has none of that family, style and
 * weight yet, so once every face is here it adds none and resolves no file URL. That matters
 * beyond saving requests: a page shown from a blob:, srcdoc or data: URL (as some platforms
 * show uploaded HTML) has no base its `./fonts/` could resolve against.
 */
import { setFontBase } from '../internal/tex-fonts.js';
import { INLINE_FONTS, OTHER_FACES } from 'virtual:katex-inline-fonts';

/**
 * Where tex-fonts.ts would point a face it does not find registered. It resolves that URL even
 * though no file is ever wanted, and the default base, this module's own URL, is about:srcdoc or
 * a blob: on such pages, which cannot be a base. A face named with quotes in KaTeX's CSS
 * ("KaTeX_SansSerif") never matches a registered one there, so this is reached. Nothing is
 * fetched from it: the page's CSP allows fonts from data: only, and .invalid never resolves.
 */
const INERT_FONT_BASE = 'https://katex-fonts.invalid/';

export function registerInlineFonts(): void {
  if (!('fonts' in document)) return;
  setFontBase(/^(https?|file):/.test(document.baseURI) ? document.baseURI : INERT_FONT_BASE);
  for (const face of INLINE_FONTS) {
    document.fonts.add(
      new FontFace(face.family, `url("${face.src}") format("woff2")`, {
        style: face.style,
        weight: face.weight,
        display: 'block',
      }),
    );
  }
  // The faces the elements never ask for: a copy installed on the reader's system, if any; else
  // the browser's fallback. Nothing is fetched.
  for (const face of OTHER_FACES) {
    const local = `${face.family.replace(/^KaTeX_/, 'KaTeX ')}`;
    document.fonts.add(
      new FontFace(face.family, `local("${local}")`, { style: face.style, weight: face.weight }),
    );
  }
}
