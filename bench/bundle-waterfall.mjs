// What a fresh page with one element fetches on Lighthouse's slow 4G, and when: every request from
// navigation to the frame its formulas are typeset and on to the moment the fonts they use are in
// (`document.fonts.ready`), with its bytes on the wire and its start and end (ms from navigation).
// `node --import tsx bench/bundle-waterfall.mjs [--only <text>] [--dist <folder>]`, after
// `npm run build:dist`. Figures only; the bundle bench (bench/bundle.mjs) gives the medians.
import { fileURLToPath, URL } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { SLOW_4G, startStaticServer } from './bundle.mjs';
import { TYPICAL } from './interaction/scenarios.mjs';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = option('--only');
const dist = option('--dist') ?? fileURLToPath(new URL('../dist/', import.meta.url));

const server = await startStaticServer(dist.endsWith('/') ? dist : `${dist}/`);
const { browser } = await launchBrowser();
try {
  for (const [i, config] of TYPICAL.entries()) {
    const label = config.label ?? config.tag;
    if (only && !label.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await page.goto(`${server.origin}/page?i=${i}&script=module`);
    await page.waitForFunction(() => window.typeset !== undefined, null, { timeout: 120_000 });
    const figures = await page.evaluate(async () => {
      await window.document.fonts.ready;
      const fontsIn = window.performance.now();
      const requests = window.performance.getEntriesByType('resource').map((entry) => ({
        name: entry.name.replace(window.location.origin, ''),
        bytes: entry.transferSize,
        start: entry.startTime,
        end: entry.responseEnd,
      }));
      return { painted: window.painted, typeset: window.typeset, fontsIn, requests };
    });
    await context.close();
    console.log(
      `\n${label}: painted ${figures.painted.toFixed(0)} ms, typeset ${figures.typeset.toFixed(0)} ms, ` +
        `fonts in ${figures.fontsIn.toFixed(0)} ms`,
    );
    let before = 0;
    for (const r of figures.requests.sort((a, b) => a.start - b.start)) {
      if (r.end <= figures.typeset) before += r.bytes;
      const when = r.end <= figures.typeset ? 'before typeset' : 'after';
      console.log(
        `  ${r.start.toFixed(0).padStart(5)} -> ${r.end.toFixed(0).padStart(5)} ms ` +
          `${(r.bytes / 1000).toFixed(1).padStart(6)} kB  ${when.padEnd(14)} ${r.name}`,
      );
    }
    console.log(`  ${(before / 1000).toFixed(1)} kB on the wire before the typeset`);
  }
} finally {
  await browser.close();
  server.close();
}
