// dist/embed-standalone.html: the embed page as one file that needs nothing else. Its script
// (all four elements, KaTeX, its CSS and the fonts it needs as data: URLs) is built by
// vite.dist.config.ts's `standalone` mode and written inline into demo/embed.html's markup,
// under a Content-Security-Policy meta tag that allows exactly that script by its hash. Each
// language's messages are a JSON data block beside the script (src/embed/page-catalogues.ts),
// so a copy can drop the languages it does not speak without changing the script or its hash.
// Run by scripts/build.mjs; `node scripts/build-standalone.mjs` rebuilds just this file.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';

const OUT_DIR = 'dist/.standalone';
const TEMPLATE = 'demo/embed.html';
const SOURCE_SCRIPT = '<script type="module" src="/src/embed/embed.ts"></script>';
export const STANDALONE_FILE = 'dist/embed-standalone.html';

/**
 * Script text that cannot end or confuse its <script> element: `</script` becomes `<\/script`
 * (the same string, regex or comment to JavaScript). `<!--` would switch the HTML parser into a
 * mode where a later `<script` changes where the element ends; the build stops if it appears.
 */
function inlineSafe(code) {
  const safe = code.replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--/.test(safe)) {
    throw new Error('build-standalone: the bundle contains "<!--"; it cannot be inlined safely');
  }
  return safe;
}

/** The page's policy: nothing may load or run except the one inline script and data: fonts. */
export function standalonePolicy(scriptHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CATALOGUE_DIR = 'src/i18n';
const PAGE_CATALOGUES = resolve('src/embed/page-catalogues.ts');

/**
 * Each list of a part's languages (src/i18n/<part>.ts) becomes the same list reading each
 * language's part from the page's block, so no part's file is bundled.
 */
function cataloguesFromPage() {
  return {
    name: 'backprop-catalogues-from-page',
    enforce: 'pre',
    async load(id) {
      const file = id.replace(/\\/g, '/');
      const part = file.match(/\/src\/i18n\/([\w-]+)\.ts$/)?.[1];
      if (!part) return null;
      const { translations } = await tsImport(file, import.meta.url);
      const languages = Object.keys(translations).map((lang) => JSON.stringify(lang));
      return (
        `import { catalogueFromPage } from ${JSON.stringify(PAGE_CATALOGUES)};\n` +
        `const fromPage = (lang) => () => Promise.resolve({ messages: catalogueFromPage(lang, ${JSON.stringify(part)}) });\n` +
        `export const translations = { ${languages.map((lang) => `${lang}: fromPage(${lang})`).join(', ')} };\n`
      );
    },
  };
}

/**
 * The data blocks of every shipped language (a folder in src/i18n/), one a line, after the block
 * of each part's keys that they all share.
 */
async function catalogueBlocks() {
  const { catalogueBlock, catalogueKeys, keysBlock } = await tsImport(
    PAGE_CATALOGUES,
    import.meta.url,
  );
  const languages = readdirSync(CATALOGUE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const partsOf = new Map();
  for (const lang of languages) {
    const parts = {};
    for (const file of readdirSync(resolve(CATALOGUE_DIR, lang))
      .filter((name) => name.endsWith('.ts'))
      .sort()) {
      const { messages } = await tsImport(resolve(CATALOGUE_DIR, lang, file), import.meta.url);
      parts[file.replace(/\.ts$/, '')] = messages;
    }
    partsOf.set(lang, parts);
  }
  const keys = catalogueKeys([...partsOf.values()]);
  const blocks = [`    ${keysBlock(keys)}\n`];
  for (const [lang, parts] of partsOf) blocks.push(`    ${catalogueBlock(lang, parts, keys)}\n`);
  return blocks.join('');
}

export async function buildStandalone({ customLogger } = {}) {
  await build({
    configFile: 'vite.dist.config.ts',
    mode: 'standalone',
    customLogger,
    plugins: [cataloguesFromPage()],
  });
  const code = inlineSafe(readFileSync(`${OUT_DIR}/standalone.js`, 'utf8'));
  rmSync(OUT_DIR, { recursive: true, force: true });
  const hash = `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;

  const template = readFileSync(TEMPLATE, 'utf8');
  if (!template.includes(SOURCE_SCRIPT)) {
    throw new Error(`build-standalone: ${TEMPLATE} no longer loads /src/embed/embed.ts`);
  }
  if (!template.includes('</body>'))
    throw new Error(`build-standalone: ${TEMPLATE} has no </body>`);
  const blocks = await catalogueBlocks();
  const page = template
    .replace(
      SOURCE_SCRIPT,
      () =>
        `<meta http-equiv="Content-Security-Policy" content="${standalonePolicy(hash)}" />\n` +
        `    <script type="module">${code}</script>`,
    )
    .replace('</body>', () => `${blocks}  </body>`);
  writeFileSync(STANDALONE_FILE, page);
  const bytes = Buffer.byteLength(page);
  return { bytes, gzipBytes: gzipSync(page, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytes, gzipBytes } = await buildStandalone();
  const kB = (n) => `${(n / 1000).toFixed(0)} kB`;
  console.log(`build: ${STANDALONE_FILE} ${kB(bytes)} (${kB(gzipBytes)} gzip)`);
}
