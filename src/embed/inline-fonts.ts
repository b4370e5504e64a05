/**
 * KaTeX's font faces from data: URLs, for the single-file embed page. tex-fonts.ts registers
 * each face only if the document has none of that family, style and weight yet, so faces added
 * here first are the ones used, and no font file is ever fetched.
 */
import { INLINE_FONTS } from 'virtual:katex-inline-fonts';

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
}
