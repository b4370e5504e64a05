// `npm run build:dist`: the package's files in dist/ (see vite.dist.config.ts for the bundles):
//   backprop-elements.js (+ chunks/, fonts/)  one script tag, ES module; elements and KaTeX lazily
//   backprop-elements.classic.js               non-module script, KaTeX inlined, English only
//   backprop-elements.classic.<lang>.js        each other language's messages for it, fetched
//                                              beside it when a page needs that language
//   embed.html + embed.js                      one element from URL parameters, for iframes
//   embed-standalone.html                      the same page as one file needing nothing else
//                                              (scripts/build-standalone.mjs)
//   npm/                                       the package entries, lit and katex left as imports;
//                                              fails when a chunk registering messages is not
//                                              named in package.json's sideEffects
//   types/                                     TypeScript declarations
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build, createLogger } from 'vite';
import { buildStandalone, STANDALONE_FILE } from './build-standalone.mjs';
import { checkNpmSideEffects } from './npm-side-effects.mjs';

const started = Date.now();

for (const path of ['dist/chunks', 'dist/fonts', 'dist/npm', 'dist/types']) {
  rmSync(path, { recursive: true, force: true });
}
for (const file of [
  'backprop-elements.js',
  'backprop-elements.classic.js',
  'embed.js',
  'embed.html',
  'embed-standalone.html',
]) {
  rmSync(`dist/${file}`, { force: true });
}
// A language the build no longer ships must not leave its classic file behind.
for (const file of existsSync('dist') ? readdirSync('dist') : []) {
  if (/^backprop-elements\.classic\.[\w-]+\.js$/.test(file)) rmSync(`dist/${file}`);
}
mkdirSync('dist', { recursive: true });

// tex-fonts.ts resolves `new URL('./fonts/', import.meta.url)` at run time on purpose; Vite warns
// that the folder does not exist at build time. Every other warning is shown.
const logger = createLogger('warn');
const isExpected = (message) => message.includes('new URL("./fonts/", import.meta.url)');
const { warn, warnOnce, info } = logger;
logger.warn = (message, options) => isExpected(message) || warn(message, options);
logger.warnOnce = (message, options) => isExpected(message) || warnOnce(message, options);
logger.info = (message, options) => isExpected(message) || info(message, options);

/**
 * embed.js translates the embed page's own notes with a copy of the catalogue code (the script
 * tag's entry does not export it), but fetches each language's shared part from the very chunk
 * the elements use (dist/chunks/de.shared-<hash>.js), so a German embed downloads it once and
 * the module is shared. Built after the script-tag build, whose chunk names it reads.
 */
function catalogueChunksOfTheScriptTag() {
  const chunks = readdirSync('dist/chunks');
  return {
    name: 'backprop-shared-catalogue-chunks',
    enforce: 'pre',
    resolveId(source, importer) {
      // src/i18n/<part>.ts imports './<lang>/<part>.js'.
      const [, lang, part] = source.match(/^\.\/([\w-]+)\/([\w-]+)\.js$/) ?? [];
      if (!lang || !importer || !/[\\/]src[\\/]i18n[\\/][\w-]+\.ts$/.test(importer)) return null;
      const file = chunks.find(
        (name) => name.startsWith(`${lang}.${part}-`) && /-[\w-]{8}\.js$/.test(name),
      );
      if (!file)
        throw new Error(`build: no chunk for the ${lang} ${part} catalogue in dist/chunks`);
      return { id: `./chunks/${file}`, external: true };
    },
  };
}

for (const mode of ['script', 'embed', 'classic', 'npm']) {
  const plugins = mode === 'embed' ? [catalogueChunksOfTheScriptTag()] : [];
  await build({ configFile: 'vite.dist.config.ts', mode, customLogger: logger, plugins });
}

// An npm chunk that registers messages must be one package.json's `sideEffects` names, or an
// app's bundler drops it and shows message keys.
try {
  checkNpmSideEffects();
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exit(1);
}

const types = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (types.status !== 0) {
  console.error('build: TypeScript declarations failed');
  process.exit(1);
}

// dist/embed.html is demo/embed.html pointing at the built embed.js instead of the sources.
const embedSource = readFileSync('demo/embed.html', 'utf8');
const embedBuilt = embedSource.replace(
  '<script type="module" src="/src/embed/embed.ts"></script>',
  '<link rel="modulepreload" href="./backprop-elements.js" />\n    <script type="module" src="./embed.js"></script>',
);
if (embedBuilt === embedSource) {
  console.error(
    'build: demo/embed.html no longer loads /src/embed/embed.ts; update scripts/build.mjs',
  );
  process.exit(1);
}
writeFileSync('dist/embed.html', embedBuilt);

const standalone = await buildStandalone({ customLogger: logger });
const kB = (bytes) => `${Math.round(bytes / 1000)} kB`;
console.log(`build: ${STANDALONE_FILE} ${kB(standalone.bytes)} (${kB(standalone.gzipBytes)} gzip)`);

console.log(`build: dist/ written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
