// `npm run size`: raw and gzip bytes of every file the build wrote to dist/ (dist/site aside),
// checked against budgets. The headline budget is the script tag's first load: the entry plus
// every chunk it imports statically (lit, the core, the elements), without the KaTeX chunks it
// imports lazily when a formula first needs them. Exits 1 when any budget is passed.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const DIST = 'dist';
const KB = 1000;

/** Budgets in gzip bytes; a file's budget is the first pattern its path matches. */
const FILE_BUDGETS = [
  [/^backprop-elements\.classic\.js$/, 135 * KB, 'classic script: first load plus KaTeX, inlined'],
  [/^chunks\/katex-[\w-]+\.js$/, 90 * KB, 'KaTeX, loaded lazily'],
  [/^chunks\/_katex-css[\w-]*\.js$/, 6 * KB, "KaTeX's CSS text, loaded lazily"],
  [/^embed\.js$/, 3 * KB, 'embed page logic'],
  [/^embed\.html$/, 1 * KB, 'embed page'],
  [/^fonts\/KaTeX_[\w-]+\.woff2$/, 30 * KB, 'one KaTeX font'],
  [/^npm\//, 40 * KB, 'npm build file'],
  [/^types\//, 20 * KB, 'declarations'],
];
// The goal is 30 kB; the four elements measure 48 kB today (see the size report in the README),
// so the budget guards against growth while the per-element split that would reach 30 kB is open.
const FIRST_LOAD_BUDGET = 50 * KB;
const ENTRY = 'backprop-elements.js';

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === join(DIST, 'site') ? [] : filesUnder(path);
    return [path];
  });
}

function measure(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The entry and every chunk it reaches through static imports (dynamic imports excluded). */
function staticClosure(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const [imports] = parse(readFileSync(join(DIST, file), 'utf8'));
    for (const item of imports) {
      const isStatic = item.d === -1;
      if (!isStatic || !item.n?.startsWith('.')) continue;
      queue.push(posix.normalize(posix.join(posix.dirname(file), item.n)));
    }
  }
  return [...seen];
}

function format(bytes) {
  return bytes >= KB ? `${(bytes / KB).toFixed(1)} kB` : `${bytes} B`;
}

if (!existsSync(join(DIST, ENTRY))) {
  console.error(`size: ${DIST}/${ENTRY} is missing; run \`npm run build:dist\` first.`);
  process.exit(1);
}
await init;

const rows = [];
const failures = [];
let fonts = { count: 0, raw: 0, gzip: 0 };
for (const path of filesUnder(DIST).sort()) {
  const name = relative(DIST, path).split('\\').join('/');
  const size = measure(path);
  const rule = FILE_BUDGETS.find(([pattern]) => pattern.test(name));
  const budget = rule?.[1];
  if (budget !== undefined && size.gzip > budget) {
    failures.push(
      `${name}: ${format(size.gzip)} gzip is over its ${format(budget)} budget (${rule[2]})`,
    );
  }
  if (name.startsWith('fonts/')) {
    fonts = { count: fonts.count + 1, raw: fonts.raw + size.raw, gzip: fonts.gzip + size.gzip };
  }
  // One line per font or declaration file would drown the table; they are summed below.
  if (name.startsWith('fonts/') || name.startsWith('types/') || name.includes('/fonts/')) continue;
  rows.push({ name, ...size, budget: name === ENTRY ? FIRST_LOAD_BUDGET : budget });
}

const firstLoad = staticClosure(ENTRY);
const firstLoadGzip = firstLoad.reduce((sum, file) => sum + measure(join(DIST, file)).gzip, 0);
const firstLoadRaw = firstLoad.reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0);
if (firstLoadGzip > FIRST_LOAD_BUDGET) {
  failures.push(
    `script-tag first load (${firstLoad.join(' + ')}): ${format(firstLoadGzip)} gzip is over its ${format(FIRST_LOAD_BUDGET)} budget`,
  );
}

const width = Math.max(...rows.map((row) => row.name.length), 44);
console.log(
  `${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  budget (gzip)`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(width)}  ${format(row.raw).padStart(10)}  ${format(row.gzip).padStart(10)}  ${row.budget ? format(row.budget) : ''}`,
  );
}
console.log(
  `${`fonts/ (${fonts.count} woff2, fetched only when used)`.padEnd(width)}  ${format(fonts.raw).padStart(10)}  ${format(fonts.gzip).padStart(10)}`,
);
console.log(
  `script-tag first load: ${format(firstLoadRaw)} raw, ${format(firstLoadGzip)} gzip (budget ${format(FIRST_LOAD_BUDGET)}) = ${firstLoad.join(' + ')}`,
);

if (failures.length > 0) {
  for (const failure of failures) console.error(`size budget exceeded: ${failure}`);
  process.exit(1);
}
console.log('size: every output is within its budget');
