import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChunkingContext } from 'rolldown';
import { defineConfig, type UserConfig } from 'vite';
import { elementChunkDependencies } from './scripts/chunk-dependencies-plugin.js';
import { elementNamespacesDropped } from './scripts/element-namespaces-plugin.js';
import { decorateHelper } from './scripts/decorate-helper-plugin.js';
import { classicCatalogues } from './scripts/classic-catalogues-plugin.js';
import { katexCssAsText, katexFontsBesideResolver } from './scripts/katex-fonts-plugin.js';
import { katexInlineFonts } from './scripts/katex-inline-fonts-plugin.js';
import { katexCompactTables } from './scripts/katex-tables-plugin.js';
import { litTrimmed } from './scripts/lit-trim-plugin.js';
import { minifyLitLiterals } from './scripts/minify-lit-literals.js';
import { importsMadeStatic } from './scripts/imports-made-static-plugin.js';
import { TERSER_CHECKS, terserChunks } from './scripts/terser-plugin.js';
import { registersOnLoad, REGISTERS } from './scripts/npm-side-effects.mjs';

/**
 * The package's builds, one per mode (scripts/build.mjs runs them in turn):
 * - `script`: dist/backprop-elements.js, the one-script-tag ES module: Lit, the base class and
 *   a loader that fetches each element's chunk (chunks/) when its tag first appears; KaTeX is a
 *   chunk whose download starts beside the first element's;
 * - `embed`: dist/embed.js, the iframe page's logic, importing the loader from the entry above;
 * - `classic`: dist/backprop-elements.classic.js, a non-module script for pages that cannot load
 *   modules; an IIFE cannot import lazily, so KaTeX is inlined, and every import() of the
 *   sources is made static (scripts/imports-made-static-plugin.ts); English only, each other
 *   language a classic script written beside it (scripts/classic-catalogues-plugin.ts);
 * - `npm`: dist/npm/, one file per package entry, lit and katex left as imports;
 * - `standalone`: one script with all four elements, KaTeX and its needed fonts as data: URLs,
 *   which scripts/build-standalone.mjs inlines into dist/embed-standalone.html (its imports made
 *   static too).
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

/**
 * The script-tag bundles (module and classic) are built the same way but for their format: a
 * decorator helper for what the classes decorate (scripts/decorate-helper-plugin.ts), Lit with
 * two rewrites that only drop bytes (scripts/lit-trim-plugin.ts), and each chunk through
 * terser's compression before the bundler's minifier (scripts/terser-plugin.ts).
 */
const bundlePlugins = () => [
  katexCssAsText(),
  katexCompactTables(),
  decorateHelper(),
  litTrimmed(),
  minifyLitLiterals(),
  katexFontsBesideResolver(),
  terserChunks(),
];
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
    // The loader learns each element chunk's imports, to ask for them in one round trip: after
    // the element chunks' unread namespaces (and their helper's file) are taken out.
    plugins: [
      ...bundlePlugins(),
      elementNamespacesDropped(elementOf),
      elementChunkDependencies(elementOf),
    ],
    build: {
      ...bundleOutput,
      lib: { entry: { 'backprop-elements': 'src/autoload.ts' }, formats: ['es'] },
      rollupOptions: {
        checks: TERSER_CHECKS,
        // Lets the bundler leave what the entry and the element chunks both use (the catalogue
        // bookkeeping) in the entry, instead of in a chunk the first load must also fetch.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) =>
            `chunks/${elementOf(chunk.facadeModuleId) ?? catalogueOf(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
          // Vite's library mode keeps whitespace in ES output; a script-tag file wants all of it gone.
          minify: true,
          // The minifier keeps `/* @__PURE__ */` marks for a later bundler; nothing bundles these
          // files again.
          comments: { annotation: false },
          codeSplitting: {
            includeDependenciesRecursively: false,
            // What one element alone reaches goes in its chunk, even from src/internal/ (a
            // parser only it reads); what several use is shared or placed by the bundler.
            groups: [
              {
                debugName: 'element or shared',
                name: (id: string, context: ChunkingContext) =>
                  elementGroup(id, context) ?? (isShared(id) ? 'shared' : networkMath(id)),
              },
            ],
          },
        },
      },
    },
  };
}

/**
 * What the elements use and the entry does not: Lit, the base class and src/internal/ besides
 * the catalogue bookkeeping and the font base, which the entry itself needs (a module only one
 * element reaches goes in that element's chunk instead: see `elementGroup`). One chunk rather
 * than the handful of small ones the bundler would make by which elements share what: each file
 * costs a page a request and compresses worse alone, and the small ones (text fitting, styles
 * through CSSOM, message parts) weigh less than a kilobyte together.
 */
/**
 * src/internal/ modules that are not in the shared chunk: what the entry itself needs (the
 * catalogue bookkeeping, the font base, the loader's note) and what runs only once KaTeX is here
 * and comes with it (tex-typeset.ts, with the number slots and the font faces).
 */
const NOT_SHARED =
  /\/src\/internal\/(i18n|tex-fonts|loader-messages|tex-typeset|tex-slots|tex-font-faces|problem-notes)\.ts$/;

function isShared(id: string): boolean {
  const path = id.replace(/\\/g, '/');
  // `guard`, which several elements use to redraw only what a change reaches, is a few hundred
  // bytes: in the shared chunk rather than a file of its own fetched before their first paint.
  if (/\/node_modules\/(lit|lit-html)\/directives\/guard\.js$/.test(path)) return true;
  // A directive one element alone uses (neuron-backprop's `live`, layer-delta's `keyed`) goes
  // with that element.
  if (/\/node_modules\/(lit|lit-html)\/directives\//.test(path)) return false;
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return true;
  // Helpers the compiler adds (decorate, written by decorate-helper-plugin.ts; the bundler's
  // own runtime, which makes namespace objects, never reaches this test: the bundler places it
  // itself).
  if (/@oxc-project[+/]runtime|^\0?rolldown\/runtime/.test(path)) return true;
  // The core's smallest modules several elements use (the logistic function, the numeric
  // gradient check), a few hundred bytes: here rather than in files of their own, each a request
  // and a gzip header for every page that shows one of those elements.
  if (/\/src\/core\/(scalar-math|gradcheck)\.ts$/.test(path)) return true;
  // The exercise base every element extends (the rest of the exercise code loads on first ask).
  if (
    /\/src\/internal\/exercise\/(exercise-element|exercise-settings|pending-mark|messages)\.ts$/.test(
      path,
    )
  )
    return true;
  return /\/src\/internal\/[\w-]+\.ts$/.test(path) && !NOT_SHARED.test(path);
}

/**
 * The seeded random numbers and the softmax that layer-delta and train-network both use (and no
 * other element): one chunk for the two pages rather than two files each, and none for the rest.
 */
function networkMath(id: string): string | null {
  return /\/src\/core\/(random|softmax)\.ts$/.test(id.replace(/\\/g, '/')) ? 'network-math' : null;
}

/**
 * The element whose chunk a module belongs in: the one element whose define.ts reaches it
 * through static imports (its own files and the parts of the core it alone uses), provided no
 * other element's views loaded on first use reach it too (else a page showing that other
 * element would fetch this one's chunk for it: a lit directive helper, the gradient check).
 * Without this, what an element shares with its views loaded on first use (graph-backprop's node
 * names, its queries, the op table) would become another chunk, fetched after the element's by
 * every page that shows it. Null for a module no element or several reach (the automatic
 * chunking places those).
 */
function elementGroup(id: string, context: ChunkingContext): string | null {
  const owners = elementsReaching(id, context, false);
  if (owners.size !== 1) return null;
  const reaching = elementsReaching(id, context, true);
  return reaching.size === 1 ? [...owners][0] : null;
}

/**
 * The elements whose define.ts reaches `id` through static imports, or also through the views
 * they import on first use (`lazily`). What the shared code imports on first use (the exercise
 * runtime) makes no element a user: every element would be.
 */
function elementsReaching(id: string, context: ChunkingContext, lazily: boolean): Set<string> {
  const owners = new Set<string>();
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const tag = elementOf(current);
    if (tag) owners.add(tag);
    else queue.push(...importersUsing(current, context));
    if (!tag && lazily) {
      const later = context.getModuleInfo(current)?.dynamicImporters ?? [];
      queue.push(...later.filter((importer) => !isShared(importer)));
    }
  }
  return owners;
}

const isCoreBarrel = (id: string): boolean => /[\\/]src[\\/]core[\\/]index\.ts$/.test(id);
/** The core's training/index.ts only re-exports its modules, for the core's index to re-export. */
const isTrainingBarrel = (id: string): boolean =>
  /[\\/]src[\\/]core[\\/]training[\\/]index\.ts$/.test(id);

/**
 * The modules that import `id`. Elements import the core through its index, which would make
 * every core module look used by every element: through the index, only the modules importing
 * one of `id`'s own exports count.
 */
function importersUsing(
  id: string,
  context: ChunkingContext,
  exported = exportedNames(id, context),
): string[] {
  const info = context.getModuleInfo(id);
  if (!info) return [];
  return info.importers.flatMap((importer) => {
    // Seen through, so a training module only the views loaded on first use import (one
    // example's pass, for the panels) is not taken for one the element's first paint uses.
    if (isTrainingBarrel(importer)) return importersUsing(importer, context, exported);
    if (!isCoreBarrel(importer)) return [importer];
    return (context.getModuleInfo(importer)?.importers ?? []).filter((user) =>
      namesImportedFromCore(context.getModuleInfo(user)?.code ?? '').some((name) =>
        exported.has(name),
      ),
    );
  });
}

/**
 * The names a module exports, those of its `export * from` lines included (the bundler lists
 * each such line as `*`): the core's training/index.ts re-exports its modules that way.
 */
function exportedNames(
  id: string,
  context: ChunkingContext,
  seen = new Set<string>(),
): Set<string> {
  const info = context.getModuleInfo(id);
  if (!info || seen.has(id)) return new Set();
  seen.add(id);
  const names = new Set(info.exports.filter((name) => name !== '*'));
  if (info.exports.includes('*')) {
    for (const imported of info.importedIds)
      for (const name of exportedNames(imported, context, seen)) names.add(name);
  }
  return names;
}

/** The names a module's code imports from the core's index (`import { a, b as c } from '…/core/index.js'`). */
function namesImportedFromCore(code: string): string[] {
  return [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][./]*core\/index\.(?:js|ts)['"]/g)]
    .flatMap((match) => match[1].split(','))
    .map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)[0]
        .replace(/^type\s+/, ''),
    )
    .filter(Boolean);
}

/** An element's chunk is named after its tag (chunks/graph-backprop-<hash>.js), not "define". */
function elementOf(moduleId: string | null): string | undefined {
  return moduleId?.replace(/\\/g, '/').match(/\/elements\/([\w-]+)\/define\.ts$/)?.[1];
}

/**
 * A language's catalogue part is named after both (chunks/de.graph-backprop-<hash>.js,
 * chunks/de.shared-<hash>.js), so which words a page fetched reads off its requests.
 */
export function catalogueOf(moduleId: string | null): string | undefined {
  const match = moduleId?.replace(/\\/g, '/').match(/\/src\/i18n\/([\w-]+)\/([\w-]+)\.ts$/);
  return match ? `${match[1]}.${match[2]}` : undefined;
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
    plugins: [terserChunks()],
    build: {
      ...bundleOutput,
      lib: { entry: { embed: 'src/embed/embed.ts' }, formats: ['es'] },
      rollupOptions: {
        checks: TERSER_CHECKS,
        external: isScriptTagEntry,
        output: {
          entryFileNames: '[name].js',
          paths: (id) => (isScriptTagEntry(id) ? './backprop-elements.js' : id),
          minify: true,
          comments: { annotation: false },
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
    // KaTeX stays an import on demand here (its wrapper costs about 1.5 kB gzip): a site that
    // includes the script on every page, or a page with only <train-network> (which typesets
    // when a panel opens), would otherwise evaluate all of KaTeX at load. The standalone page
    // always shows a figure, and most typeset on their first paint: there it runs at load.
    plugins: [
      classicCatalogues(),
      importsMadeStatic({ staysLazy: /^katex(\/|$)/ }),
      ...bundlePlugins(),
    ],
    build: {
      ...bundleOutput,
      lib: {
        entry: 'src/all.ts',
        formats: ['iife'],
        name: 'BackpropElements',
        fileName: () => 'backprop-elements.classic.js',
      },
      rollupOptions: {
        checks: TERSER_CHECKS,
        output: { intro: CLASSIC_SCRIPT_URL, minify: true },
      },
    },
  };
}

/** Where the standalone build's one script is written before it goes into the HTML file. */
export const STANDALONE_OUT_DIR = 'dist/.standalone';

function standaloneBuild(): UserConfig {
  return {
    ...shared,
    // Its faces are registered from data: URLs (src/embed/inline-fonts.ts): KaTeX's @font-face
    // rules, which name files beside the script, would be dead text.
    plugins: [
      importsMadeStatic(),
      katexCssAsText({ withoutFontFaces: true }),
      katexCompactTables(),
      decorateHelper(),
      litTrimmed(),
      minifyLitLiterals(),
      katexInlineFonts(),
      terserChunks(),
    ],
    build: {
      ...bundleOutput,
      outDir: STANDALONE_OUT_DIR,
      emptyOutDir: true,
      lib: { entry: { standalone: 'src/embed/standalone.ts' }, formats: ['es'] },
      rollupOptions: {
        checks: TERSER_CHECKS,
        // One file: KaTeX's dynamic import is inlined rather than split into a chunk to fetch.
        output: {
          entryFileNames: '[name].js',
          codeSplitting: false,
          minify: true,
          comments: { annotation: false },
        },
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
  const entrySources = new Set(
    Object.values(entry).map((path) => resolve(path).replace(/\\/g, '/')),
  );
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
        // Lets a module that registers messages be a chunk of its own (below). An entry may then
        // hold code that chunks import from it (core.js, the core); its exports stay its own.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) =>
            `chunks/${catalogueOf(chunk.facadeModuleId) ?? '[name]'}${registers(chunk.moduleIds) ? `.${REGISTERS}` : ''}-[hash].js`,
          // A module that registers messages when it loads is a chunk of its own, marked in its
          // name so package.json's `sideEffects` keeps it (scripts/npm-side-effects.mjs): the code
          // beside it stays side-effect free, and an app drops an element it does not use.
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              {
                debugName: 'registers on load',
                name: (id: string) =>
                  registersOnLoad(id) && !entrySources.has(id.replace(/\\/g, '/'))
                    ? registrationName(id)
                    : null,
              },
            ],
          },
        },
      },
    },
  };
}

const registers = (moduleIds: readonly string[]): boolean =>
  moduleIds.some((id) => registersOnLoad(id));

/**
 * A registering module's chunk name, from its path under src/: `graph-backprop.messages`,
 * `graph-backprop.questions.messages` (views/ left out), `internal.attributes`.
 */
function registrationName(id: string): string {
  const path = id
    .replace(/\\/g, '/')
    .replace(/^.*\/src\//, '')
    .replace(/\.ts$/, '');
  return path
    .split('/')
    .filter((folder) => folder !== 'elements' && folder !== 'views')
    .join('.');
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
