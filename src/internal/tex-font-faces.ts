import { fontBaseUrl } from './tex-fonts.js';

/**
 * KaTeX's font faces, registered on the document once.
 * Chromium ignores @font-face inside shadow roots, so the faces must live on the document.
 * Fonts are files (tex-fonts.ts says where), never inlined into the bundle; a FontFace added to
 * document.fonts is fetched only when a formula first uses it. Needed only once KaTeX's CSS is
 * here, so it comes with KaTeX (tex-typeset.ts).
 */

interface FaceRule {
  family: string;
  style: string;
  weight: string;
  file: string;
}

const FONT_FACE = /@font-face\s*{([^}]*)}/g;

/** Reads family, style, weight and the woff2 file name from each @font-face rule of KaTeX's CSS. */
export function readFontFaces(css: string): FaceRule[] {
  const faces: FaceRule[] = [];
  for (const match of css.matchAll(FONT_FACE)) {
    const body = match[1];
    // KaTeX's CSS quotes some names ("KaTeX_SansSerif"); the face must be registered unquoted.
    const family = /font-family:\s*([^;]+)/
      .exec(body)?.[1]
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2');
    const file = /url\(["']?(?:[^)"']*\/)?([^/)"']+\.woff2)["']?\)/.exec(body)?.[1];
    if (!family || !file) continue;
    faces.push({
      family,
      file,
      style: /font-style:\s*([^;]+)/.exec(body)?.[1].trim() ?? 'normal',
      weight: /font-weight:\s*([^;]+)/.exec(body)?.[1].trim() ?? '400',
    });
  }
  return faces;
}

/** KaTeX's CSS without its @font-face rules, for the stylesheet adopted inside shadow roots. */
export function withoutFontFaces(css: string): string {
  return css.replace(FONT_FACE, '');
}

let registered = false;

/** Adds KaTeX's faces to document.fonts, once per page however many elements or copies load. */
export function registerFontFaces(css: string): void {
  if (registered || typeof document === 'undefined' || !('fonts' in document)) return;
  registered = true;
  const known = new Set<string>();
  document.fonts.forEach((face) => known.add(`${face.family}|${face.style}|${face.weight}`));
  const base = fontBaseUrl();
  for (const face of readFontFaces(css)) {
    const key = `${face.family}|${face.style}|${face.weight}`;
    if (known.has(key)) continue;
    const url = new URL(face.file, base).href;
    const fontFace = new FontFace(face.family, `url("${url}") format("woff2")`, {
      style: face.style,
      weight: face.weight,
      display: 'block',
    });
    document.fonts.add(fontFace);
  }
}
