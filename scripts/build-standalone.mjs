// dist/embed-standalone.html: the embed page as one file that needs nothing else. Its script
// (all four elements, KaTeX, its CSS and the fonts it needs as data: URLs) is built by
// vite.dist.config.ts's `standalone` mode and written inline into demo/embed.html's markup,
// under a Content-Security-Policy meta tag that allows exactly that script by its hash.
// Run by scripts/build.mjs; `node scripts/build-standalone.mjs` rebuilds just this file.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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

export async function buildStandalone({ customLogger } = {}) {
  await build({ configFile: 'vite.dist.config.ts', mode: 'standalone', customLogger });
  const code = inlineSafe(readFileSync(`${OUT_DIR}/standalone.js`, 'utf8'));
  rmSync(OUT_DIR, { recursive: true, force: true });
  const hash = `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;

  const template = readFileSync(TEMPLATE, 'utf8');
  if (!template.includes(SOURCE_SCRIPT)) {
    throw new Error(`build-standalone: ${TEMPLATE} no longer loads /src/embed/embed.ts`);
  }
  const page = template.replace(
    SOURCE_SCRIPT,
    () =>
      `<meta http-equiv="Content-Security-Policy" content="${standalonePolicy(hash)}" />\n` +
      `    <script type="module">${code}</script>`,
  );
  writeFileSync(STANDALONE_FILE, page);
  const bytes = Buffer.byteLength(page);
  return { bytes, gzipBytes: gzipSync(page, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytes, gzipBytes } = await buildStandalone();
  const kB = (n) => `${(n / 1000).toFixed(0)} kB`;
  console.log(`build: ${STANDALONE_FILE} ${kB(bytes)} (${kB(gzipBytes)} gzip)`);
}
