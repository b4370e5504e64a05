// Interaction in real Chromium: `node --import tsx bench/interaction.mjs`.
// For each element and size: 200 value changes (keys on a slider, a drag on a graph leaf or a
// weight, a weight typed in), each timed from the start of its frame to after that frame was
// painted (see bench/pages/harness.ts); the same keys pressed for real through the browser's
// input pipeline, timed from the key's timestamp to the next paint; time to first render of each
// element; and the TeX cache's hit rate during each run. Figures only, never pass/fail.
import { pathToFileURL } from 'node:url';
import { startSite } from './lib/site.mjs';
import { launchBrowser, openHarness } from './lib/browser.mjs';
import { median, p95, formatMs } from './lib/stats.mjs';
import { markdownTable, printSection } from './lib/table.mjs';
import { describeMachine } from './lib/machine.mjs';
import { CHANGES, scenarios, TYPICAL } from './interaction/scenarios.mjs';
import { startTrace, stopTrace } from './lib/trace.mjs';
import { startProfile, stopProfile } from './lib/profile.mjs';

const FRAME_BUDGET_MS = 16;
const FIRST_RENDER_PAGES = 5;
const WARM_RENDERS = 20;

const hitRate = (before, after) => {
  const hits = after.hits - before.hits;
  const misses = after.misses - before.misses;
  return hits + misses === 0
    ? 'no TeX'
    : `${((100 * hits) / (hits + misses)).toFixed(0)}% of ${hits + misses}`;
};

async function timeScenario(browser, origin, scenario, { profile = false } = {}) {
  const page = await openHarness(browser, origin);
  try {
    const cdp = await page.context().newCDPSession(page);
    const index = await page.evaluate(
      ({ tag, attributes }) => window.bench.mount(tag, attributes),
      scenario,
    );
    if (scenario.select)
      await page.evaluate(([i, s]) => window.bench.click(i, s), [index, scenario.select]);
    if (scenario.drag)
      await page.evaluate(([i, s]) => window.bench.startDrag(i, s), [index, scenario.drag]);
    const before = await page.evaluate(() => window.bench.texStats());
    if (profile) await startProfile(cdp);
    const traceEvents = await startTrace(cdp);
    const timings = await page.evaluate(
      ([i, actions]) => window.bench.run(i, actions),
      [index, scenario.actions],
    );
    const hotspots = profile ? await stopProfile(cdp) : null;
    const traced = await stopTrace(cdp, traceEvents, scenario.actions.length);
    const after = await page.evaluate(() => window.bench.texStats());
    if (scenario.drag) await page.evaluate(() => window.bench.endDrag());
    const work = timings.map((t) => t.work);
    const script = timings.map((t) => t.script);
    return {
      name: scenario.name,
      change: scenario.change,
      changed: timings.filter((t) => t.changed).length,
      workMedian: median(work),
      workP95: p95(work),
      scriptMedian: median(script),
      scriptP95: p95(script),
      worst: Math.max(...work),
      maxFrames: Math.max(...timings.map((t) => t.frames)),
      tex: hitRate(before, after),
      cpuMedian: median(traced.cpu),
      cpuP95: p95(traced.cpu),
      breakdown: traced.byName,
      hotspots,
    };
  } finally {
    await page.close();
  }
}

/** The same key changes pressed for real (trusted input through CDP), timed to the next paint. */
async function timeTrustedKeys(browser, origin, scenario) {
  const page = await openHarness(browser, origin);
  try {
    const index = await page.evaluate(
      ({ tag, attributes }) => window.bench.mount(tag, attributes),
      scenario,
    );
    if (scenario.select)
      await page.evaluate(([i, s]) => window.bench.click(i, s), [index, scenario.select]);
    await page.evaluate(
      ([i, s]) => window.bench.focus(i, s),
      [index, scenario.actions[0].selector],
    );
    await page.evaluate(() => window.bench.trusted.arm());
    for (let i = 0; i < scenario.actions.length; i++) {
      await page.keyboard.press(scenario.actions[i].key);
      await page.waitForFunction((n) => window.bench.trusted.count() >= n, i + 1);
    }
    const samples = await page.evaluate(() => window.bench.trusted.samples);
    return { median: median(samples), p95: p95(samples) };
  } finally {
    await page.close();
  }
}

async function timeFirstRenders(browser, origin) {
  const rows = [];
  for (const { tag, label, attributes } of TYPICAL) {
    const first = [];
    const warm = [];
    for (let p = 0; p < FIRST_RENDER_PAGES; p++) {
      const page = await openHarness(browser, origin);
      try {
        await page.evaluate((t) => window.bench.load(t), tag);
        first.push(
          await page.evaluate(([t, a]) => window.bench.firstRender(t, a), [tag, attributes]),
        );
        if (p === 0) {
          for (let w = 0; w < WARM_RENDERS; w++) {
            warm.push(
              await page.evaluate(([t, a]) => window.bench.firstRender(t, a), [tag, attributes]),
            );
          }
        }
      } finally {
        await page.close();
      }
    }
    rows.push({
      element: label ?? tag,
      firstPaint: median(first.map((r) => r.toPaint)),
      firstTex: median(first.map((r) => r.toTex)),
      warmPaint: median(warm.map((r) => r.toPaint)),
      warmP95: p95(warm.map((r) => r.toPaint)),
    });
  }
  return rows;
}

export async function runInteraction({ only, profile = false, firstRender = true } = {}) {
  const site = await startSite();
  const { browser, version } = await launchBrowser();
  try {
    printSection(
      'Machine (interaction)',
      describeMachine({ chromium: version, server: site.origin }),
    );
    const selected = scenarios().filter((s) => !only || `${s.name} ${s.change}`.includes(only));
    const results = [];
    for (const scenario of selected) {
      try {
        const result = await timeScenario(browser, origin(site), scenario, { profile });
        if (scenario.actions[0].kind === 'key') {
          result.trusted = await timeTrustedKeys(browser, origin(site), scenario);
        }
        results.push(result);
        console.error(`  done: ${scenario.name}, ${scenario.change}`);
      } catch (error) {
        console.error(
          `  skipped ${scenario.name}, ${scenario.change}: ${error.message.split('\n')[0]}`,
        );
        results.push({
          name: scenario.name,
          change: scenario.change,
          error: error.message.split('\n')[0],
        });
      }
    }
    printSection(
      `Value changes, ${CHANGES} each: wall time from the frame's start to after its paint, and main-thread CPU time per change`,
      markdownTable(
        [
          'element',
          'change',
          'changed',
          'wall median',
          'wall p95',
          'CPU median',
          'CPU p95',
          `CPU p95 <= ${FRAME_BUDGET_MS} ms`,
          'real keys to paint: median / p95',
          'TeX cache hits',
        ],
        results.map((r) =>
          r.error
            ? [r.name, r.change, 'error', r.error, '', '', '', '', '', '']
            : [
                r.name,
                r.change,
                `${r.changed}/${CHANGES}`,
                formatMs(r.workMedian),
                formatMs(r.workP95),
                formatMs(r.cpuMedian),
                formatMs(r.cpuP95),
                r.cpuP95 <= FRAME_BUDGET_MS ? 'yes' : 'NO',
                r.trusted ? `${formatMs(r.trusted.median)} / ${formatMs(r.trusted.p95)}` : '',
                r.tex,
              ],
        ),
      ),
    );
    for (const r of results.filter((x) => x.breakdown && x.cpuP95 > FRAME_BUDGET_MS / 2)) {
      printSection(
        `Where the main thread goes: ${r.name}, ${r.change} (mean per change)`,
        [...r.breakdown.slice(0, 8), r.breakdown.at(-1)].join('\n'),
      );
    }
    for (const r of results.filter((x) => x.hotspots)) {
      printSection(`CPU profile: ${r.name}, ${r.change} (self time)`, r.hotspots.join('\n'));
    }
    const renders = firstRender ? await timeFirstRenders(browser, origin(site)) : [];
    printSection(
      'Time to first render (new element appended to a page whose scripts are loaded)',
      markdownTable(
        [
          'element',
          'first on page: painted',
          'first on page: formulas typeset',
          'another: painted (median / p95)',
        ],
        renders.map((r) => [
          r.element,
          formatMs(r.firstPaint),
          formatMs(r.firstTex),
          `${formatMs(r.warmPaint)} / ${formatMs(r.warmP95)}`,
        ]),
      ),
    );
    return { results, renders, chromium: version };
  } finally {
    await browser.close();
    await site.close();
  }
}

const origin = (site) => site.origin;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const onlyIndex = process.argv.indexOf('--only');
  await runInteraction({
    only: onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined,
    profile: process.argv.includes('--profile'),
    firstRender: !process.argv.includes('--no-first-render'),
  });
}
