// `npm run size`: raw and gzip bytes of every file the build wrote to dist/ (dist/site aside),
// checked against budgets. The headline budgets are what a page loads before its figures render:
// the script tag's entry plus every chunk it imports statically, and that plus the element chunks
// the page's tags pull in, without KaTeX and the code that typesets with it (fetched beside the
// first element; the figure paints without them).
// Exits 1 when any budget is passed. It also writes the figures the README quotes into README.md
// (scripts/size-readme.mjs); with --check (as `npm test` runs it) it changes nothing and exits 1
// when the README's figures are not this build's. With --modules it also prints what the entry,
// the shared chunk and each element's chunk are made of (scripts/size-modules.mjs).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { printModules } from './size-modules.mjs';
import { formatBytes, readmeFigures, staleFigures, withFigures } from './size-readme.mjs';

const DIST = 'dist';
const KB = 1000;
/** chunks/<lang>.<part>-<hash>.js: a language's shared part or one element's part. */
const CATALOGUE_PART = /^chunks\/([a-z]{2}(?:-[A-Z]{2})?)\.([a-z-]+)-[\w-]{8}\.js$/;

/**
 * Budgets in gzip bytes; a file's budget is the first pattern its path matches. A budget is a
 * target, never raised to fit. Where a target is not met yet, a ceiling (the last figure the
 * project held, or room named for the fifth element) stops it growing further: over the target
 * is printed as such on every run, over the ceiling fails. See OVER_TARGET for why each is over.
 */
const FILE_BUDGETS = [
  // The classic script, for pages that cannot load modules: every element and KaTeX (run when
  // the first formula typesets) in one file, English only; each other language's messages are a
  // classic script beside it, fetched when a page needs that language.
  [
    /^backprop-elements\.classic\.js$/,
    { target: 210 * KB, ceiling: 270 * KB },
    'classic script: everything and KaTeX inlined, English only',
  ],
  // One language's messages for the classic script, every element's: what a page showing every
  // element fetches from the script tag in that language, so held to the same budget.
  [
    /^backprop-elements\.classic\.[\w-]+\.js$/,
    { target: 9 * KB, ceiling: 15 * KB },
    "one language's messages for the classic script (every element's), fetched when a page needs it",
  ],
  [
    /^embed-standalone\.html$/,
    { target: 400 * KB, ceiling: 406 * KB },
    'single-file embed page: code, KaTeX, fonts and languages inlined',
  ],
  [
    CATALOGUE_PART,
    9 * KB,
    "one part of a language's messages (shared, or one element's), fetched when a figure needs it",
  ],
  [/^chunks\/katex-[\w-]+\.js$/, 90 * KB, 'KaTeX, loaded lazily'],
  [/^chunks\/_katex-css[\w-]*\.js$/, 6 * KB, "KaTeX's CSS text, loaded lazily"],
  [/^embed\.js$/, 3 * KB, 'embed page logic'],
  [/^embed\.html$/, 1 * KB, 'embed page'],
  [/^fonts\/KaTeX_[\w-]+\.woff2$/, 30 * KB, 'one KaTeX font'],
  [/^npm\//, 40 * KB, 'npm build file'],
  [/^types\//, 20 * KB, 'declarations'],
];
// The script tag's first load is the loader and the catalogue bookkeeping: a page with no
// figure pays no more. A page with one figure adds the chunk every element shares (Lit, the
// base class, the theme) and that element's chunk; views a reader opens later (details panel,
// forward mode, expression box, cost panel) arrive after the figure paints and are not counted.
// A page with every element adds all their chunks. These are targets the pages are held to,
// never raised to fit what was built.
const FIRST_LOAD_BUDGET = 10 * KB;
// Ceilings: 40 kB is the figure a page was held to before the targets were set; the first four
// were held to 72 kB, and have 2 kB more for the exercises' code (loaded with the two elements
// that ask); every element (five) has the four's ceiling plus 18 kB for the fifth's chunk.
const ONE_ELEMENT_BUDGET = { target: 30 * KB, ceiling: 40 * KB };
const LESSON_FOUR_BUDGET = { target: 58 * KB, ceiling: 74 * KB };
const ALL_ELEMENTS_BUDGET = { target: 58 * KB, ceiling: 92 * KB };
// What a page in another language fetches besides: its shared part and the part of each element
// it shows. One element's are held to 9 kB, the target one language's single chunk had (9.7 to
// 11.1 kB) before the split. Every element's parts together compress apart, six files: 13.8 kB
// at most with graph-backprop's exercises, plus 1 kB named for layer-delta's exercise words.
const LANGUAGE_ONE_ELEMENT_BUDGET = 9 * KB;
const LANGUAGE_ALL_ELEMENTS_BUDGET = { target: 9 * KB, ceiling: 15 * KB };
/** The four elements the lesson introduces first, measured together as before a fifth arrived. */
const LESSON_FOUR = ['chain-rule-gears', 'neuron-backprop', 'graph-backprop', 'layer-delta'];

/**
 * Why a page or file is over its target, printed beside it: what stands in the way, measured
 * with `npm run size -- --modules`. (Figures gzip; each module's gzipped alone, so they add up
 * to more than its chunk.)
 */
const OVER_TARGET =
  'every page: the entry 2.6 kB and the shared chunk 14.3 (Lit about 8.4, base element 2.1, ' +
  'settings 1.3, theme 1.3, attributes 1.1, the exercise base 1.6, the pointer and key helpers ' +
  "0.9 that train-network does not use but the other four do); then graph-backprop's chunk " +
  '17.1, all of it code its first paint draws or computes with (what the chunk loses with each ' +
  'part taken out: the drawing 4.4, the core 3.7 (the expression reader 1.3, ops 0.9), the ' +
  'element and its model 3.6, the layout 2.2, its words 1.3 and the reasons a graph cannot be ' +
  "computed, worded in the page's language, 0.26, the values parser 0.3); the views " +
  "a reader opens later (details, forward mode, the expression box, the reader's code) are " +
  'chunks of their own already; languages: a page with every element fetches six parts, each ' +
  "compressed on its own; the classic script's language files hold every element's words (hi " +
  'and ar the largest)';
const ENTRY = 'backprop-elements.js';

/** The tags of src/element-tags.ts, the one list of elements (read as text: this is plain Node). */
const ELEMENT_TAGS = [
  ...readFileSync('src/element-tags.ts', 'utf8')
    .match(/ELEMENT_TAGS = \[([^\]]*)\]/)[1]
    .matchAll(/'([a-z-]+)'/g),
].map((match) => match[1]);

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === join(DIST, 'site') ? [] : filesUnder(path);
    return [path];
  });
}

const measured = new Map();
/** Raw and gzip bytes of a file, compressed once however many pages include it. */
function measure(path) {
  if (!measured.has(path)) {
    const bytes = readFileSync(path);
    measured.set(path, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return measured.get(path);
}

/** Relative imports of a dist file: `dynamic` picks import() calls, otherwise static imports. */
function importsOf(file, { dynamic }) {
  const source = readFileSync(join(DIST, file), 'utf8');
  const [imports] = parse(source);
  return (
    imports
      .filter((item) => item.d > -1 === dynamic)
      // The minifier writes import(`./x.js`) with backticks, which the lexer leaves unnamed.
      .map((item) => item.n ?? /^[`'"]([^`'"$]*)[`'"]$/.exec(source.slice(item.s, item.e))?.[1])
      .filter((name) => name?.startsWith('.'))
      .map((name) => posix.normalize(posix.join(posix.dirname(file), name)))
  );
}

/** The given files and every chunk they reach through static imports (dynamic imports excluded). */
function staticClosure(...files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file, { dynamic: false }));
  }
  return [...seen];
}

/**
 * The element chunks the entry imports on demand, by tag (chunks/<tag>-<hash>.js); the entry
 * also imports the shared chunk, KaTeX and the code that typesets with it (tex-typeset) that
 * way, to start them beside the first element.
 */
function elementChunks() {
  return importsOf(ENTRY, { dynamic: true })
    .map((file) => ({ file, tag: /^chunks\/([a-z]+(?:-[a-z]+)+)-[\w-]+\.js$/.exec(file)?.[1] }))
    .filter((chunk) => chunk.tag && !/^(katex|shared|tex-typeset)\b/.test(chunk.tag));
}

function gzipOf(files) {
  return files.reduce((sum, file) => sum + measure(join(DIST, file)).gzip, 0);
}

function rawOf(files) {
  return files.reduce((sum, file) => sum + measure(join(DIST, file)).raw, 0);
}

const format = formatBytes;

if (!existsSync(join(DIST, ENTRY))) {
  console.error(`size: ${DIST}/${ENTRY} is missing; run \`npm run build:dist\` first.`);
  process.exit(1);
}
await init;

const rows = [];
const failures = [];
/** Over the target but under the ceiling: printed on every run, not a failure. */
const overTarget = [];

/** A budget's target: a number, or the target of `{ target, ceiling }`. */
function targetOf(limits) {
  return typeof limits === 'number' ? limits : limits?.target;
}

/** Fails a figure over its ceiling (or over a plain budget); reports one over its target. */
function judge(what, gzip, limits) {
  const target = targetOf(limits);
  const ceiling = typeof limits === 'number' ? limits : limits.ceiling;
  if (gzip > ceiling) {
    failures.push(
      `budget exceeded: ${what}: ${format(gzip)} gzip is over its ${format(ceiling)} ${ceiling === target ? 'budget' : 'ceiling'}`,
    );
  } else if (gzip > target) {
    overTarget.push(
      `OVER TARGET: ${what}: ${format(gzip)} gzip, target ${format(target)} (ceiling ${format(ceiling)})`,
    );
  }
}
let fonts = { count: 0, raw: 0, gzip: 0 };
/** Every file's size by its path under dist/, for the README's figures. */
const sizes = new Map();
for (const path of filesUnder(DIST).sort()) {
  const name = relative(DIST, path).split('\\').join('/');
  const size = measure(path);
  sizes.set(name, size);
  const rule = FILE_BUDGETS.find(([pattern]) => pattern.test(name));
  const budget = targetOf(rule?.[1]);
  if (rule) judge(`${name} (${rule[2]})`, size.gzip, rule[1]);
  if (name.startsWith('fonts/')) {
    fonts = { count: fonts.count + 1, raw: fonts.raw + size.raw, gzip: fonts.gzip + size.gzip };
  }
  // One line per font or declaration file would drown the table; they are summed below.
  if (name.startsWith('fonts/') || name.startsWith('types/') || name.includes('/fonts/')) continue;
  rows.push({ name, ...size, budget });
}

/** What a page loads before its figures paint: nothing yet, each element alone, all of them. */
const chunks = elementChunks();
const pages = [
  {
    kind: 'first',
    label: 'script-tag first load',
    files: staticClosure(ENTRY),
    limits: FIRST_LOAD_BUDGET,
  },
  ...chunks.map(({ file, tag }) => ({
    kind: 'element',
    tag,
    label: `a page with <${tag}>`,
    files: staticClosure(ENTRY, file),
    limits: ONE_ELEMENT_BUDGET,
  })),
  {
    kind: 'lesson-four',
    label: 'a page with the first four',
    files: staticClosure(
      ENTRY,
      ...chunks.filter((chunk) => LESSON_FOUR.includes(chunk.tag)).map((chunk) => chunk.file),
    ),
    limits: LESSON_FOUR_BUDGET,
  },
  {
    kind: 'all',
    label: 'a page with every element',
    files: staticClosure(ENTRY, ...chunks.map((chunk) => chunk.file)),
    limits: ALL_ELEMENTS_BUDGET,
  },
];
for (const page of pages) page.budget = targetOf(page.limits);
// Every element of src/element-tags.ts has its own chunk, and nothing else is taken for one.
const missing = ELEMENT_TAGS.filter((tag) => !chunks.some((chunk) => chunk.tag === tag));
const strays = chunks.filter((chunk) => !ELEMENT_TAGS.includes(chunk.tag));
if (missing.length > 0 || strays.length > 0)
  failures.push(
    `expected one chunk beside ${ENTRY} for each element of src/element-tags.ts; ` +
      `missing: ${missing.join(', ') || 'none'}; not elements: ${strays.map((chunk) => chunk.file).join(', ') || 'none'}`,
  );
for (const page of pages) {
  page.gzip = gzipOf(page.files);
  judge(`${page.label} (${page.files.join(' + ')})`, page.gzip, page.limits);
}

/**
 * The catalogue parts a page in another language fetches: per language, its shared part and the
 * parts of the elements shown. The largest language is the figure.
 */
const catalogueParts = [...sizes.keys()].flatMap((name) => {
  const match = CATALOGUE_PART.exec(name);
  return match ? [{ file: name, lang: match[1], part: match[2] }] : [];
});
const catalogueLanguages = [...new Set(catalogueParts.map((entry) => entry.lang))].sort();
if (catalogueLanguages.length === 0)
  failures.push('no catalogue parts (chunks/<lang>.<part>-*.js)');
for (const lang of catalogueLanguages) {
  const files = catalogueParts.filter((entry) => entry.lang === lang);
  if (!files.some((entry) => entry.part === 'shared'))
    failures.push(`the ${lang} catalogue has no shared part (chunks/${lang}.shared-*.js)`);
  for (const tag of ELEMENT_TAGS) {
    if (!files.some((entry) => entry.part === tag))
      failures.push(`the ${lang} catalogue has no part for <${tag}> (chunks/${lang}.${tag}-*.js)`);
  }
}
/** What a page showing `tags` fetches in each language: { lang, files, gzip }, largest first. */
function languagePages(tags) {
  return catalogueLanguages
    .map((lang) => {
      const files = catalogueParts
        .filter((entry) => entry.lang === lang && ['shared', ...tags].includes(entry.part))
        .map((entry) => entry.file);
      return { lang, files, gzip: gzipOf(files) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
const languageFigures = [
  ...ELEMENT_TAGS.map((tag) => ({
    label: `<${tag}> in another language`,
    tag,
    langs: languagePages([tag]),
    limits: LANGUAGE_ONE_ELEMENT_BUDGET,
  })),
  {
    label: 'every element in another language',
    langs: languagePages(ELEMENT_TAGS),
    limits: LANGUAGE_ALL_ELEMENTS_BUDGET,
  },
];
for (const figure of languageFigures) {
  const [largest] = figure.langs;
  if (largest) judge(`${figure.label} (${largest.files.join(' + ')})`, largest.gzip, figure.limits);
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
console.log('\nbefore the figures paint (KaTeX and fonts aside: they arrive beside them):');
const labelWidth = Math.max(...pages.map((page) => page.label.length));
for (const page of pages) {
  console.log(
    `  ${page.label.padEnd(labelWidth)} ${format(rawOf(page.files)).padStart(9)} raw  ${format(page.gzip).padStart(8)} gzip  (target ${format(page.budget)}, ${page.files.length} files)`,
  );
}

console.log("\nin another language, fetched besides (the shared part and each element's part):");
const languageWidth = Math.max(...languageFigures.map((figure) => figure.label.length));
for (const figure of languageFigures) {
  const gzips = figure.langs.map((page) => page.gzip);
  if (gzips.length === 0) continue;
  console.log(
    `  ${figure.label.padEnd(languageWidth)} ${format(Math.min(...gzips)).padStart(8)} to ${format(Math.max(...gzips)).padStart(8)} gzip  (target ${format(targetOf(figure.limits))}, ${figure.langs[0].files.length} files)`,
  );
}

const README = 'README.md';
const readme = readFileSync(README, 'utf8');
const figures = readmeFigures({
  pages,
  sizes,
  entry: ENTRY,
  elementFiles: chunks.map((chunk) => chunk.file),
  languageFigures,
});
const { text, unknown } = withFigures(readme, figures);
for (const name of unknown)
  failures.push(`README.md marks a size figure "${name}" that size does not measure`);
if (process.argv.includes('--check')) {
  for (const { name, shown, measured } of staleFigures(readme, figures)) {
    // A table is named, not printed: the report above has its figures.
    const what = measured.includes('\n')
      ? `README.md's ${name} is not this build's`
      : `README.md shows ${name} as "${shown}", this build measures "${measured}"`;
    failures.push(`${what}: run \`npm run size\``);
  }
} else if (text !== readme) {
  writeFileSync(README, text);
  console.log('size: wrote the new figures into README.md');
}

if (process.argv.includes('--modules')) {
  console.log('\nwhat the files a page loads first are made of (each module gzipped alone):');
  await printModules();
  console.log('');
}
for (const line of overTarget) console.log(`size: ${line}`);
if (overTarget.length > 0) console.log(`size: what stands in the way: ${OVER_TARGET}`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`size: ${failure}`);
  process.exit(1);
}
console.log(
  overTarget.length > 0
    ? 'size: every output is under its ceiling (not every target is met: see above), and README.md quotes these figures'
    : 'size: every output is within its budget, and README.md quotes these figures',
);
