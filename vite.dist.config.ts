import { readdirSync, existsSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { elementChunkDependencies } from './scripts/chunk-dependencies-plugin.js';
import { katexCssAsText, katexFontsBesideResolver } from './scripts/katex-fonts-plugin.js';
import { katexInlineFonts } from './scripts/katex-inline-fonts-plugin.js';
import { minifyLitLiterals } from './scripts/minify-lit-literals.js';

/**
 * The package's builds, one per mode (scripts/build.mjs runs them in turn):
 * - `script`: dist/backprop-elements.js, the one-script-tag ES module: Lit, the base class and
 *   a loader that fetches each element's chunk (chunks/) when its tag first appears; KaTeX is a
 *   chunk whose download starts beside the first element's;
 * - `embed`: dist/embed.js, the iframe page's logic, importing the loader from the entry above;
 * - `classic`: dist/backprop-elements.classic.js, a non-module script for pages that cannot load
 *   modules; an IIFE cannot import lazily, so KaTeX is inlined;
 * - `npm`: dist/npm/, one file per package entry, lit and katex left as imports;
 * - `standalone`: one script with all four elements, KaTeX and its needed fonts as data: URLs,
 *   which scripts/build-standalone.mjs inlines into dist/embed-standalone.html.
 * Each build writes KaTeX's woff2 files into fonts/ beside the chunk that resolves them.
 */

/** Element folders that have a registering entry (define.ts); picked up as they land. */
export function elementTags(): string[] {
  if (!existsSync('src/elements')) return [];
  return readdirSync('src/elements', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((tag) => existsSync(`src/elements/${tag}/define.ts`))
    .sort();
}

/** lit and katex stay imports in the npm build; KaTeX's CSS text is inlined (it is read as a string). */
function isPeerImport(id: string): boolean {
  if (id.includes('.css')) return false;
  return /^(lit|@lit\/|@lit-labs\/|katex)(\/|$)/.test(id);
}

const shared: UserConfig = {
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
};

/** The script-tag bundles (module and classic) are built the same way but for their format. */
const bundlePlugins = () => [katexCssAsText(), minifyLitLiterals(), katexFontsBesideResolver()];
const bundleOutput = {
  outDir: 'dist',
  emptyOutDir: false,
  minify: true,
  target: 'es2022',
  reportCompressedSize: false,
} as const;

function scriptTagBuild(): UserConfig {
  return {
    ...shared,
    // The loader learns each element chunk's imports, to ask for them in one round trip.
    plugins: [...bundlePlugins(), elementChunkDependencies(elementOf)],
    build: {
      ...bundleOutput,
      lib: { entry: { 'backprop-elements': 'src/autoload.ts' }, formats: ['es'] },
      rollupOptions: {
        // Lets the bundler move what the entry and the element chunks share (Lit and the base
        // class) into the entry itself, instead of into separate chunks a page must also fetch.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) =>
            `chunks/${elementOf(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
          // Vite's library mode keeps whitespace in ES output; a script-tag file wants all of it gone.
          minify: true,
        },
      },
    },
  };
}

/** An element's chunk is named after its tag (chunks/graph-backprop-<hash>.js), not "define". */
function elementOf(moduleId: string | null): string | undefined {
  return moduleId?.replace(/\\/g, '/').match(/\/elements\/([\w-]+)\/define\.ts$/)?.[1];
}

/** The script-tag entry's source, as embed.ts imports it (`../autoload.js`) or Vite resolves it. */
const isScriptTagEntry = (id: string): boolean => /(^|[/\\])autoload\.(ts|js)$/.test(id);

/**
 * dist/embed.js imports the loader from the script-tag entry beside it rather than bundling a
 * second copy, so an embed page fetches the same files (and the same cache entries) as a post.
 */
function embedBuild(): UserConfig {
  return {
    ...shared,
    build: {
      ...bundleOutput,
      lib: { entry: { embed: 'src/embed/embed.ts' }, formats: ['es'] },
      rollupOptions: {
        external: isScriptTagEntry,
        output: {
          entryFileNames: '[name].js',
          paths: (id) => (isScriptTagEntry(id) ? './backprop-elements.js' : id),
          minify: true,
        },
      },
    },
  };
}

/**
 * A classic script has no import.meta.url; the fonts resolve from the script's own URL instead,
 * captured while the script runs (document.currentScript is null once it has finished).
 */
const CLASSIC_SCRIPT_URL = `var __backpropScriptUrl = (document.currentScript && document.currentScript.src) || document.baseURI;`;

function classicBuild(): UserConfig {
  return {
    ...shared,
    define: { 'import.meta.url': '__backpropScriptUrl' },
    plugins: bundlePlugins(),
    build: {
      ...bundleOutput,
      lib: {
        entry: 'src/all.ts',
        formats: ['iife'],
        name: 'BackpropElements',
        fileName: () => 'backprop-elements.classic.js',
      },
      rollupOptions: { output: { intro: CLASSIC_SCRIPT_URL, minify: true } },
    },
  };
}

/** Where the standalone build's one script is written before it goes into the HTML file. */
export const STANDALONE_OUT_DIR = 'dist/.standalone';

function standaloneBuild(): UserConfig {
  return {
    ...shared,
    plugins: [katexCssAsText(), minifyLitLiterals(), katexInlineFonts()],
    build: {
      ...bundleOutput,
      outDir: STANDALONE_OUT_DIR,
      emptyOutDir: true,
      lib: { entry: { standalone: 'src/embed/standalone.ts' }, formats: ['es'] },
      rollupOptions: {
        // One file: KaTeX's dynamic import is inlined rather than split into a chunk to fetch.
        output: { entryFileNames: '[name].js', codeSplitting: false, minify: true },
      },
    },
  };
}

function npmBuild(): UserConfig {
  const entry: Record<string, string> = {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    all: 'src/all.ts',
  };
  for (const tag of elementTags()) entry[tag] = `src/elements/${tag}/define.ts`;
  return {
    ...shared,
    plugins: [katexCssAsText(), minifyLitLiterals(), katexFontsBesideResolver({ optional: true })],
    build: {
      outDir: 'dist/npm',
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry, formats: ['es'] },
      rollupOptions: {
        external: isPeerImport,
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'script') return scriptTagBuild();
  if (mode === 'embed') return embedBuild();
  if (mode === 'classic') return classicBuild();
  if (mode === 'npm') return npmBuild();
  if (mode === 'standalone') return standaloneBuild();
  throw new Error(
    `vite.dist.config.ts: unknown mode "${mode}" (script, embed, classic, npm or standalone)`,
  );
});
