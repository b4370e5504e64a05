import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, posix } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** The module that resolves KaTeX's fonts as `new URL('./fonts/', import.meta.url)`. */
const FONT_RESOLVER = 'src/internal/tex-fonts.ts';

/** KaTeX's 20 woff2 files (only woff2: every browser we support reads it). */
export function katexWoff2Files(): { name: string; path: string }[] {
  const fontsDir = dirname(require.resolve('katex/dist/fonts/KaTeX_Main-Regular.woff2'));
  return readdirSync(fontsDir)
    .filter((name) => name.endsWith('.woff2'))
    .sort()
    .map((name) => ({ name, path: `${fontsDir}/${name}` }));
}

/**
 * Writes KaTeX's woff2 files into `fonts/` beside whichever output chunk ended up holding
 * src/internal/tex-fonts.ts, because that module resolves the fonts from its own URL after
 * bundling. Fails the build if no chunk holds it (the fonts would have nowhere to go), unless
 * `optional` (a build whose entries never show a formula).
 */
export function katexFontsBesideResolver(options: { optional?: boolean } = {}): Plugin {
  return {
    name: 'katex-fonts-beside-resolver',
    apply: 'build',
    generateBundle(_output, bundle) {
      const holders = Object.values(bundle).filter(
        (item) =>
          item.type === 'chunk' &&
          Object.keys(item.modules).some((id) => id.replace(/\\/g, '/').endsWith(FONT_RESOLVER)),
      );
      if (holders.length === 0) {
        if (options.optional) return;
        this.error(`no output chunk contains ${FONT_RESOLVER}; KaTeX's fonts have nowhere to go`);
      }
      const folders = new Set(holders.map((chunk) => posix.dirname(chunk.fileName)));
      for (const folder of folders) {
        for (const font of katexWoff2Files()) {
          this.emitFile({
            type: 'asset',
            fileName: posix.join(folder, 'fonts', font.name),
            source: readFileSync(font.path),
          });
        }
      }
    },
  };
}

const KATEX_CSS_INLINE = /(^|\/)katex\/dist\/katex(\.min)?\.css\?inline$/;
const KATEX_CSS_MODULE = '\0katex-css';

/**
 * Serves `katex/dist/katex.min.css?inline` as its plain text. Left to Vite, a build inlines every
 * url() of that CSS, 60 font files as base64 (1.4 MB); tex-fonts.ts only reads the file names
 * from it and registers the woff2 files that sit beside the bundle. The woff and ttf fallbacks
 * are dropped from the text: every supported browser reads woff2. `withoutFontFaces`: no
 * @font-face rules at all, for a build that registers its faces itself (the single-file page,
 * its fonts inlined as data: URLs: a file URL there could never load).
 */
export function katexCssAsText({ withoutFontFaces = false } = {}): Plugin {
  return {
    name: 'katex-css-as-text',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return KATEX_CSS_INLINE.test(id) ? KATEX_CSS_MODULE : undefined;
    },
    load(id) {
      if (id !== KATEX_CSS_MODULE) return undefined;
      const css = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8').replace(
        /,url\([^)]*\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g,
        '',
      );
      const text = withoutFontFaces ? css.replace(/@font-face\s*{[^}]*}/g, '') : css;
      if (withoutFontFaces && text.length > css.length - 1000) {
        this.error("katex-css-as-text: no @font-face rules found in KaTeX's CSS to leave out");
      }
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
