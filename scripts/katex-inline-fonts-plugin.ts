import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { readFontFaces } from '../src/internal/tex-font-faces.js';

const require = createRequire(import.meta.url);

const VIRTUAL_ID = 'virtual:katex-inline-fonts';
const RESOLVED_ID = '\0katex-inline-fonts';

/**
 * The KaTeX faces the elements' formulas use: upright text (\text, numbers, operator names,
 * \mathrm, the symbols \cdot \odot \le \approx \leftarrow), math italic (variables, Greek
 * letters), sans-serif (the transpose mark \mathsf T), and the four sizes of stretchy
 * delimiters and radicals (\left( \right) around fractions, \big, \sum, cases, \sqrt: a
 * reader's expression can nest them to any height). Every formula is written by the elements
 * (a reader's expression becomes TeX through the parser, names are ASCII), and none asks for bold
 * (\mathbf, \boldsymbol), italic text (\mathit, \textit) or an AMS symbol, so those faces stay
 * out with calligraphic, Fraktur, script and typewriter (about 150 kB of base64 saved). The
 * standalone test checks every glyph of every element's formulas is drawn in a face listed here.
 */
export const NEEDED_FACES = [
  'KaTeX_Main-Regular.woff2',
  'KaTeX_Math-Italic.woff2',
  'KaTeX_SansSerif-Regular.woff2',
  'KaTeX_Size1-Regular.woff2',
  'KaTeX_Size2-Regular.woff2',
  'KaTeX_Size3-Regular.woff2',
  'KaTeX_Size4-Regular.woff2',
];

/** KaTeX's faces with bare family names: its CSS quotes one ("KaTeX_SansSerif"), FontFace wants none. */
function bareFaces(css: string) {
  return readFontFaces(css).map((face) => ({
    ...face,
    family: face.family.replace(/^(["'])(.*)\1$/, '$2'),
  }));
}

/**
 * `import { INLINE_FONTS } from 'virtual:katex-inline-fonts'`: the needed faces of KaTeX's CSS
 * with their woff2 files as data: URLs, for the single-file embed page.
 */
export function katexInlineFonts(): Plugin {
  return {
    name: 'katex-inline-fonts',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const css = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');
      const faces = bareFaces(css).filter((face) => NEEDED_FACES.includes(face.file));
      if (faces.length !== NEEDED_FACES.length) {
        this.error(`KaTeX's CSS no longer declares every face in NEEDED_FACES`);
      }
      const fonts = faces.map(({ family, style, weight, file }) => {
        const data = readFileSync(require.resolve(`katex/dist/fonts/${file}`));
        return { family, style, weight, src: `data:font/woff2;base64,${data.toString('base64')}` };
      });
      return `export const INLINE_FONTS = ${JSON.stringify(fonts)};`;
    },
  };
}
