// The README's size figures, written by `npm run size` from the sizes it has just measured, so
// the figures a reader sees are this build's and cannot drift. In README.md each figure stands
// between markers, `<!-- size:first-load -->11.4 kB<!-- /size -->`; a whole table stands between
// `<!-- size:pages-table -->` and `<!-- /size -->` on lines of their own.
// `npm test` runs `size --check`, which fails when a figure differs from the build's.

const KB = 1000;
const MARKED = /<!-- size:([\w-]+) -->([\s\S]*?)<!-- \/size -->/g;

export function formatBytes(bytes) {
  return bytes >= KB ? `${(bytes / KB).toFixed(1)} kB` : `${bytes} B`;
}

/** "7.2 to 8.4 kB", or one figure when they agree. */
function range(values) {
  const low = formatBytes(Math.min(...values));
  const high = formatBytes(Math.max(...values));
  if (low === high) return low;
  return low.endsWith(' kB') && high.endsWith(' kB')
    ? `${low.slice(0, -3)} to ${high}`
    : `${low} to ${high}`;
}

const sum = (values) => values.reduce((total, value) => total + value, 0);

/**
 * Files grouped as the README's table shows them: a pattern that names them, and the files.
 * `sizes` maps a dist-relative path to { raw, gzip }.
 */
function fileGroups(sizes, entry, elementFiles) {
  const names = [...sizes.keys()];
  const chunk = (pattern) => names.filter((name) => pattern.test(name)).sort();
  const language = /^chunks\/(?:[a-z]{2}|[a-z]{2}-[A-Z]{2})\.[a-z-]+-[\w-]{8}\.js$/;
  const katex = /^chunks\/_?katex/;
  const elements = [...elementFiles].sort();
  const languages = chunk(language);
  const sharedParts = languages.filter((name) => /\.shared-[\w-]{8}\.js$/.test(name));
  const elementParts = languages.filter((name) => !sharedParts.includes(name));
  const shared = chunk(/^chunks\/[^/]+\.js$/).filter(
    (name) => !elements.includes(name) && !languages.includes(name) && !katex.test(name),
  );
  const classicLanguages = chunk(/^backprop-elements\.classic\.[\w-]+\.js$/);
  const stem = (name) => `\`${name.replace(/-[\w-]{8}\.js$/, '-*.js')}\``;
  return [
    { label: `\`${entry}\``, files: [entry], loaded: 'first' },
    {
      label: `\`chunks/<tag>-*.js\` (${elements.length})`,
      files: elements,
      each: true,
      loaded: 'when the tag first appears',
    },
    {
      label: `${shared.map(stem).join(', ')} (shared by the elements)`,
      files: shared,
      loaded: 'with the first element that uses them',
    },
    {
      label: `\`chunks/<lang>.shared-*.js\` (${sharedParts.length})`,
      files: sharedParts,
      each: true,
      loaded: 'when a figure needs that language',
    },
    {
      label: `\`chunks/<lang>.<tag>-*.js\` (${elementParts.length})`,
      files: elementParts,
      each: true,
      loaded: 'when that element needs that language',
    },
    {
      label: '`chunks/katex-*.js`',
      files: chunk(/^chunks\/katex-/),
      loaded: "beside the first element's chunk",
    },
    {
      label: '`chunks/_katex-css-*.js`',
      files: chunk(/^chunks\/_katex-css/),
      loaded: "beside the first element's chunk",
    },
    {
      label: `\`fonts/*.woff2\` (${chunk(/^fonts\/.*\.woff2$/).length})`,
      files: chunk(/^fonts\/.*\.woff2$/),
      noGzip: true,
      loaded: 'each when a formula uses it',
    },
    {
      label: '`backprop-elements.classic.js` (KaTeX inlined, English)',
      files: ['backprop-elements.classic.js'],
      loaded: 'first',
    },
    {
      label: `\`backprop-elements.classic.<lang>.js\` (${classicLanguages.length})`,
      files: classicLanguages,
      each: true,
      loaded: 'beside the classic script, when a page needs that language',
    },
    { label: '`embed.js` + `embed.html`', files: ['embed.js', 'embed.html'], loaded: 'in iframes' },
    {
      label: '`embed-standalone.html` (everything inlined: code, KaTeX, fonts, nine languages)',
      files: ['embed-standalone.html'],
      loaded: 'one file, any host',
    },
  ];
}

/**
 * Every figure the README may quote, by name.
 * `pages`: [{ kind, tag?, files, gzip, budget }] as size.mjs measured them (kind `first`, `element`
 * or `all`); `sizes`: path -> { raw, gzip } for every dist file; `elementFiles`: the four element
 * chunks the entry imports on demand; `languageFigures`: [{ tag?, langs: [{ gzip }] }], what a
 * page in another language fetches for one element (with `tag`) or for every element.
 */
export function readmeFigures({ pages, sizes, entry, elementFiles, languageFigures }) {
  const firstLoad = pages.find((page) => page.kind === 'first');
  const single = pages.filter((page) => page.kind === 'element');
  const all = pages.find((page) => page.kind === 'all');
  const lessonFour = pages.find((page) => page.kind === 'lesson-four');
  const of = (name) => sizes.get(name);
  const katex = [...sizes.keys()].find((name) => /^chunks\/katex-/.test(name));

  const pageRows = [
    [
      'nothing yet (the script tag’s first load: the loader and the catalogue bookkeeping)',
      firstLoad,
    ],
    ...single.map((page) => [`one \`<${page.tag}>\``, page]),
    ['the first four together', lessonFour],
    ['every element', all],
  ].map(
    ([what, page]) =>
      `| ${what} | ${page.files.length} | ${formatBytes(page.gzip)} | ${formatBytes(page.budget)}${page.gzip > page.budget ? ' (not met)' : ''} |`,
  );

  const fileRows = fileGroups(sizes, entry, elementFiles).map((group) => {
    const raws = group.files.map((name) => of(name).raw);
    const gzips = group.files.map((name) => of(name).gzip);
    const raw = group.each ? range(raws) : formatBytes(sum(raws));
    const gzip = group.noGzip ? '—' : group.each ? range(gzips) : formatBytes(sum(gzips));
    return `| ${group.label} | ${raw} | ${gzip} | ${group.loaded} |`;
  });

  return {
    'first-load': formatBytes(firstLoad.gzip),
    'one-element': range(single.map((page) => page.gzip)),
    'all-elements': formatBytes(all.gzip),
    katex: formatBytes(of(katex).gzip),
    classic: formatBytes(of('backprop-elements.classic.js').gzip),
    standalone: `${formatBytes(of('embed-standalone.html').raw)}, ${formatBytes(of('embed-standalone.html').gzip)} gzip`,
    language: range(
      languageFigures
        .filter((figure) => figure.tag)
        .flatMap((figure) => figure.langs.map((page) => page.gzip)),
    ),
    'language-all': range(
      languageFigures
        .filter((figure) => !figure.tag)
        .flatMap((figure) => figure.langs.map((page) => page.gzip)),
    ),
    'pages-table': [
      '',
      '',
      '| a page that shows | files | gzip | target |',
      '| --- | --- | --- | --- |',
      ...pageRows,
      '',
      '',
    ].join('\n'),
    'files-table': [
      '',
      '',
      '| file | raw | gzip | loaded |',
      '| --- | --- | --- | --- |',
      ...fileRows,
      '',
      '',
    ].join('\n'),
  };
}

/**
 * The README with every marked figure replaced by this build's, and the figures it marks that
 * this build does not have (a misspelt marker).
 */
export function withFigures(readme, figures) {
  const unknown = [];
  const text = readme.replace(MARKED, (whole, name) => {
    if (!(name in figures)) {
      unknown.push(name);
      return whole;
    }
    return `<!-- size:${name} -->${figures[name]}<!-- /size -->`;
  });
  return { text, unknown };
}

/** Marked figures whose text differs between two READMEs: [{ name, shown, measured }]. */
export function staleFigures(readme, figures) {
  return [...readme.matchAll(MARKED)]
    .filter(([, name, shown]) => name in figures && shown !== figures[name])
    .map(([, name, shown]) => ({ name, shown: shown.trim(), measured: figures[name].trim() }));
}
