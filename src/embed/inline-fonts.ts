/**
 * KaTeX's font faces for the single-file embed page, registered before any formula, from data:
 * URLs, so no font file is ever fetched.
 *
 * tex-font-faces.ts registers KaTeX's faces once per page, as files beside the bundle. Here that is
 * done already, so it is told its work is done (`registerFontFaces('')` with no faces sets its
 * once-per-page flag) and adds nothing: no file URL the page's CSP would refuse, and no URL to
 * resolve at all, which a page shown from a blob:, srcdoc or data: URL (as some platforms show
 * uploaded HTML) could not do against its own address.
 */
import { registerFontFaces } from '../internal/tex-font-faces.js';
import { setFontBase } from '../internal/tex-fonts.js';
import { INLINE_FONTS } from 'virtual:katex-inline-fonts';

/**
 * A base for tex-fonts.ts's font URL, which it computes even with no face to register; its
 * default, this module's URL, cannot be a base on about:srcdoc or blob: pages. Nothing is ever
 * fetched from it.
 */
const INERT_FONT_BASE = 'https://katex-fonts.invalid/';

export function registerInlineFonts(): void {
  if (!('fonts' in document)) return;
  for (const face of INLINE_FONTS) {
    document.fonts.add(
      new FontFace(face.family, `url("${face.src}") format("woff2")`, {
        style: face.style,
        weight: face.weight,
        display: 'block',
      }),
    );
  }
  setFontBase(INERT_FONT_BASE);
  registerFontFaces('');
}
