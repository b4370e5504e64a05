// The script-tag bundle as a reader meets it: `node --import tsx bench/bundle.mjs` (after
// `npm run build:dist`). For each element, a fresh page holding that one element and the script
// tag is opened in a fresh browser context (empty cache), served gzipped by a plain static server
// from dist/ (no dev-server transforms), and timed from navigation start to the element's first
// painted frame (the page's first contentful paint), to the frame where its formulas are typeset,
// and to the moment the KaTeX faces they use are in (until then their glyphs are blank). Twice:
// on the machine as it is, and with the network throttled to Lighthouse's "slow 4G" (150 ms
// round trip, 1.6 Mbit/s down),
// where the number of requests in a chain and the bytes they carry show. The same pages with the
// classic script (everything, KaTeX included, in one file) are the comparison. A third pass,
// local with the CPU throttled 4× (a mid-range phone), times the first render from the files a
// reader gets (built and minified, not the dev server's): painted and typeset after the element's
// chunk arrived, and another element of the same kind appended once the first is typeset, to its
// paint. Figures only.
//   --compare <ref>   the module script's rows also for the code at <ref> (e.g. HEAD~1), built in
//                     a temporary checkout (bench/lib/baseline.mjs), page for page beside ours
//   --networks slow4g only that pass (or `local`, or `cpu4`, comma-separated; all three by
//                     default)
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { formatRatio, median } from './lib/stats.mjs';
import { markdownTable, printSection } from './lib/table.mjs';
import { describeMachine } from './lib/machine.mjs';
import { baselineFromArgs } from './lib/baseline.mjs';
import { TYPICAL } from './interaction/scenarios.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** Each pass (`--networks`): the network throttled or not, and the CPU's throttling rate. */
const PASSES = {
  local: { throttled: false, cpu: 1 },
  slow4g: { throttled: true, cpu: 1 },
  cpu4: { throttled: false, cpu: 4 },
};
const PAGES = 5;
export const SLOW_4G = {
  latency: 150,
  downloadThroughput: (1.6e6 / 8) * 0.9,
  uploadThroughput: 750e3 / 8,
};
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.woff2': 'font/woff2' };

/** One page: the script tag and one element, with a probe that records when it painted. */
function pageHtml(script, { tag, attributes }) {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const scriptTag =
    script === 'module'
      ? '<script type="module" src="/backprop-elements.js"></script>'
      : '<script src="/backprop-elements.classic.js"></script>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${scriptTag}</head><body><${tag}${attrs}></${tag}>
<script type="module">
  const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await customElements.whenDefined('${tag}');
  const element = document.querySelector('${tag}');
  // Rendered: the element's first update is in the DOM (not updateComplete, which also waits
  // for code that render asked for and drew room for); the figure reported as painted is the
  // browser's first contentful paint (read below, in openOnce), this the fallback.
  for (let i = 0; i < 1000 && !element.hasUpdated; i++) await Promise.resolve();
  if (!element.hasUpdated) await element.updateComplete;
  await afterPaint();
  window.painted = performance.now();
  const typeset = () => element.shadowRoot.querySelector('.katex');
  for (let i = 0; i < 600 && !typeset(); i++) await afterPaint();
  await element.updateComplete;
  await afterPaint();
  window.typeset = typeset() ? performance.now() : null;
  // The formulas are drawn in KaTeX's faces (font-display: block): until those are in, their
  // glyphs are blank. The faces a formula uses are asked for once it is laid out.
  await document.fonts.ready;
  window.fontsIn = typeset() ? performance.now() : null;
  // Another of the same kind, its code and KaTeX here: appended at the start of a frame (as
  // bench/pages/harness.ts does), timed to after that frame's paint (a message task runs then).
  const another = element.cloneNode(false);
  await new Promise((r) => requestAnimationFrame(r));
  const start = performance.now();
  document.body.append(another);
  for (let i = 0; i < 1000 && !another.hasUpdated; i++) await Promise.resolve();
  if (!another.hasUpdated) await another.updateComplete;
  await new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(null);
  });
  window.another = performance.now() - start;
</script></body></html>`;
}

export function startStaticServer(dist = DIST) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === '/page') {
      const config = TYPICAL[Number(url.searchParams.get('i'))];
      response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      response.end(pageHtml(url.searchParams.get('script'), config));
      return;
    }
    const path = normalize(join(dist, url.pathname));
    if (!path.startsWith(dist) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const body = readFileSync(path);
    const compress = type !== 'font/woff2';
    response.writeHead(200, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(compress ? gzipSync(body) : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    }),
  );
}

async function openOnce(browser, url, { throttled, cpu }, tag) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    if (throttled) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    }
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url);
    await page.waitForFunction(() => window.another !== undefined, null, { timeout: 120_000 });
    return await page.evaluate(
      (chunk) => {
        const resources = window.performance.getEntriesByType('resource');
        // Painted: the page's first contentful paint, which the browser times when the frame is
        // presented; the page shows nothing but the element. The page script's own mark (a
        // timeout after the frame) can queue behind other tasks, such as KaTeX's arrival.
        const [contentful] = window.performance.getEntriesByName('first-contentful-paint');
        const painted = contentful?.startTime ?? window.painted;
        const scripts = resources.filter(
          (entry) => entry.name.endsWith('.js') && entry.responseEnd <= painted,
        );
        // The element's own chunk (the module script's chunks/<tag>-*.js; the classic has none).
        const own = resources.find((entry) => chunk.test(entry.name));
        return {
          painted,
          typeset: window.typeset,
          fontsIn: window.fontsIn,
          chunkIn: own ? own.responseEnd : null,
          another: window.another,
          requests: scripts.length,
          lastAsked: Math.max(...scripts.map((entry) => entry.startTime)),
          bytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        };
      },
      new RegExp(`/chunks/${tag}-[\\w-]+\\.js$`),
    );
  } finally {
    await context.close();
  }
}

/** Median figures of `PAGES` fresh pages; the classic script has no typeset wait of its own. */
async function measurePages(browser, origin, i, script, network) {
  const runs = [];
  for (let p = 0; p < PAGES; p++) {
    const url = `${origin}/page?i=${i}&script=${script}`;
    runs.push(await openOnce(browser, url, network, TYPICAL[i].tag));
  }
  const typeset = runs.map((r) => r.typeset).filter((t) => t !== null);
  const fontsIn = runs.map((r) => r.fontsIn).filter((t) => t !== null);
  const afterChunk = (pick) => {
    const known = runs.filter((r) => r.chunkIn !== null && pick(r) !== null);
    return known.length > 0 ? median(known.map((r) => pick(r) - r.chunkIn)) : null;
  };
  return {
    paintedAfterChunk: afterChunk((r) => r.painted),
    typesetAfterChunk: afterChunk((r) => r.typeset),
    another: median(runs.map((r) => r.another)),
    requests: median(runs.map((r) => r.requests)),
    bytes: median(runs.map((r) => r.bytes)),
    lastAsked: median(runs.map((r) => r.lastAsked)),
    painted: median(runs.map((r) => r.painted)),
    typeset: typeset.length > 0 ? median(typeset) : null,
    fontsIn: fontsIn.length > 0 ? median(fontsIn) : null,
  };
}

const ms = (value) => (value === null ? 'no formula' : `${value.toFixed(0)} ms`);

export async function runBundle({ baseline = null, networks = Object.keys(PASSES) } = {}) {
  if (!existsSync(join(DIST, 'backprop-elements.js'))) {
    console.log('bundle: dist/ is missing; run `npm run build:dist` first. Skipped.');
    return;
  }
  const baseDist = baseline ? join(baseline.root, 'dist/') : null;
  if (baseDist && !existsSync(join(baseDist, 'backprop-elements.js'))) {
    throw new Error(`bundle: the baseline ${baseline.short} has no dist/backprop-elements.js`);
  }
  const server = await startStaticServer();
  const baseServer = baseDist ? await startStaticServer(baseDist) : null;
  const { browser, version } = await launchBrowser();
  try {
    printSection(
      'Machine (bundle)',
      describeMachine({
        chromium: version,
        ...(baseline ? { 'compared with': `${baseline.short} ${baseline.subject ?? ''}` } : {}),
      }),
    );
    const rows = [];
    const phoneRows = [];
    for (const network of networks.filter((name) => PASSES[name].cpu === 1)) {
      const pass = PASSES[network];
      for (const [i, config] of TYPICAL.entries()) {
        const element = config.label ?? config.tag;
        const where = pass.throttled ? 'slow 4G' : 'local';
        for (const script of ['module', 'classic']) {
          const ours = await measurePages(browser, server.origin, i, script, pass);
          const kind = script === 'module' ? 'ES module (lazy)' : 'classic (one file)';
          const cells = (code, r) => [
            where,
            element,
            kind,
            ...(baseline ? [code] : []),
            `${r.requests}`,
            `${(r.bytes / 1000).toFixed(1)} kB`,
            ms(r.lastAsked),
            ms(r.painted),
            ms(r.typeset),
            ms(r.fontsIn),
          ];
          rows.push(cells('this', ours));
          if (baseServer && script === 'module') {
            const theirs = await measurePages(browser, baseServer.origin, i, script, pass);
            rows.push(cells(baseline.short, theirs));
            rows.push([
              where,
              element,
              kind,
              'ratio',
              '',
              '',
              '',
              formatRatio(ours.painted, theirs.painted),
              ours.typeset && theirs.typeset ? formatRatio(ours.typeset, theirs.typeset) : '',
              ours.fontsIn && theirs.fontsIn ? formatRatio(ours.fontsIn, theirs.fontsIn) : '',
            ]);
          }
          console.error(`  done: ${where}, ${element}, ${kind}`);
        }
      }
    }
    for (const network of networks.filter((name) => PASSES[name].cpu !== 1)) {
      const servers = { ours: server, theirs: baseServer, baseline };
      phoneRows.push(...(await measureFirstRenders(browser, servers, PASSES[network])));
    }
    if (rows.length > 0) printPages(rows, baseline);
    if (phoneRows.length > 0) printFirstRenders(phoneRows, baseline);
  } finally {
    await browser.close();
    server.close();
    baseServer?.close();
  }
}

/**
 * A pass with the CPU throttled: per element, the module script's first render after its chunk
 * arrived and another of its kind, for this code and the baseline's, with their ratio.
 */
async function measureFirstRenders(browser, { ours, theirs, baseline }, pass) {
  const rows = [];
  for (const [i, config] of TYPICAL.entries()) {
    const element = config.label ?? config.tag;
    const cells = (code, r) => [
      element,
      ...(baseline ? [code] : []),
      ms(r.paintedAfterChunk),
      ms(r.typesetAfterChunk),
      ms(r.another),
    ];
    const mine = await measurePages(browser, ours.origin, i, 'module', pass);
    rows.push(cells('this', mine));
    if (theirs) {
      const other = await measurePages(browser, theirs.origin, i, 'module', pass);
      rows.push(cells(baseline.short, other));
      const ratio = (pick) =>
        pick(mine) && pick(other) ? formatRatio(pick(mine), pick(other)) : '';
      rows.push([
        element,
        'ratio',
        ratio((r) => r.paintedAfterChunk),
        ratio((r) => r.typesetAfterChunk),
        ratio((r) => r.another),
      ]);
    }
    console.error(`  done: CPU ${pass.cpu}×, ${element}`);
  }
  return rows;
}

function printFirstRenders(rows, baseline) {
  printSection(
    `First render from the built files with the CPU ${PASSES.cpu4.cpu}× slower, the network local (module script, median of ${PAGES} fresh pages): the element painted and typeset after its chunk arrived; another of its kind appended once the first is typeset, to its first paint`,
    markdownTable(
      [
        'element',
        ...(baseline ? ['code'] : []),
        'painted after its chunk (≤ 250)',
        'typeset after its chunk (≤ 500)',
        'another painted (≤ 50)',
      ],
      rows,
    ),
  );
}

/** The local and slow 4G passes: requests, bytes and times from navigation. */
function printPages(rows, baseline) {
  printSection(
    `A fresh page with one element, navigation to paint (median of ${PAGES} pages, empty cache)`,
    markdownTable(
      [
        'network',
        'element',
        'script',
        ...(baseline ? ['code'] : []),
        'JS files before paint',
        'JS bytes (gzip)',
        'last JS file asked',
        'painted',
        'formulas typeset',
        'their fonts in',
      ],
      rows,
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const networks = argv.includes('--networks')
    ? argv[argv.indexOf('--networks') + 1].split(',')
    : undefined;
  const baseline = baselineFromArgs(argv, { build: true });
  try {
    await runBundle({ baseline, networks });
  } finally {
    baseline?.remove();
  }
}
