// Interaction in real Chromium: `node --import tsx bench/interaction.mjs [options]`.
// For each element and size: 200 value changes (keys on a slider, a drag on a graph leaf or a
// weight, a weight typed in), each timed from the start of its frame to after that frame was
// painted (see bench/pages/harness.ts); the same keys pressed for real through the browser's
// input pipeline, timed from the key's timestamp to the next paint; time to first render of each
// element; and the formulas' work during each run (numbers written in place, cache hits).
// Figures only, never pass/fail.
//
// Every figure is taken twice: on the machine as it is, and with Chromium's CPU throttled 4×
// (`Emulation.setCPUThrottlingRate`, Lighthouse's mobile setting: a mid-range phone). Per change,
// the trace splits main-thread CPU into script, style, layout, paint and other
// (bench/lib/trace.mjs).
//
//   --only <text>        the scenarios whose "element change" contains the text (and the harness
//                        floor, which every row is read against), and the first renders whose
//                        element does
//   --rates 1,4          the CPU throttling rates to run (default 1 and 4)
//   --compare <ref>      the same rows for the code at <ref> (e.g. HEAD~1), in the same browser,
//                        scenario by scenario, with the ratio (bench/lib/baseline.mjs)
//   --profile            a sampled CPU profile per scenario: the functions with most self time
//                        (and per element kind, of the renders of another of the same kind)
//   --events             the trace time per event name for each scenario
//   --no-first-render    skip the time to first render
//   --first-render-only  only the time to first render (no value changes)
import { existsSync } from 'node:fs';
import { setTimeout, clearTimeout } from 'node:timers';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSite } from './lib/site.mjs';
import { launchBrowser, openHarness } from './lib/browser.mjs';
import { median, p95 } from './lib/stats.mjs';
import { describeMachine } from './lib/machine.mjs';
import { baselineFromArgs } from './lib/baseline.mjs';
import { FIRST_RENDERS, FLOOR, scenarios } from './interaction/scenarios.mjs';
import { startTrace, stopTrace } from './lib/trace.mjs';
import { startProfile, stopProfile } from './lib/profile.mjs';
import { printSection } from './lib/table.mjs';
import { printFirstRenders, printValueChanges } from './interaction/report.mjs';

const FIRST_RENDER_PAGES = 5;
const WARM_RENDERS = 20;
/**
 * A first render that has not settled by then is an error in its row, not an hour's wait: an
 * older commit's harness waits up to 1,200 frames for KaTeX, which an element showing no formula
 * (`<train-network>`) never loads.
 */
const RENDER_TIMEOUT_MS = 15_000;

/** `promise`, or an error once `ms` have passed (the page is closed by the caller). */
function withinTime(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Slows the page's main thread `rate` times (1: as the machine is). */
async function throttleCpu(cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * What the formulas cost during the changes: numbers written into a typeset formula in place,
 * and typesets answered from the cache or done afresh.
 */
const texWork = (before, after) => {
  const inPlace = after.inPlace - before.inPlace;
  const hits = after.hits - before.hits;
  const misses = after.misses - before.misses;
  const parts = [];
  if (inPlace > 0) parts.push(`${inPlace} in place`);
  if (hits + misses > 0)
    parts.push(`${((100 * hits) / (hits + misses)).toFixed(0)}% hits of ${hits + misses}`);
  return parts.length === 0 ? 'no TeX' : parts.join(', ');
};

async function timeScenario(browser, origin, scenario, { rate, profile = false }) {
  const page = await openHarness(browser, origin);
  try {
    const cdp = await page.context().newCDPSession(page);
    const index = await page.evaluate(
      ({ tag, attributes }) => window.bench.mount(tag, attributes),
      scenario,
    );
    await throttleCpu(cdp, rate);
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
    return {
      changed: timings.filter((t) => t.changed).length,
      workMedian: median(work),
      workP95: p95(work),
      maxFrames: Math.max(...timings.map((t) => t.frames)),
      tex: texWork(before, after),
      cpuMedian: median(traced.cpu),
      cpuP95: p95(traced.cpu),
      untilNextP95: p95(traced.untilNext),
      toPaint: traced.toPaint,
      kinds: traced.kinds,
      events: traced.byName,
      hotspots,
    };
  } finally {
    await page.close();
  }
}

/** The same key changes pressed for real (trusted input through CDP), timed to the next paint. */
async function timeTrustedKeys(browser, origin, scenario, rate) {
  const page = await openHarness(browser, origin);
  try {
    const cdp = await page.context().newCDPSession(page);
    const index = await page.evaluate(
      ({ tag, attributes }) => window.bench.mount(tag, attributes),
      scenario,
    );
    await throttleCpu(cdp, rate);
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

/**
 * `count` first renders on the page, timed by the harness (wall) and traced: the main thread's
 * CPU to the paint and to the typeset (the harness marks the start and the paint of each), and
 * where it went on the way to each (`toPaint`, `paintToTex`: script, style, layout, paint and
 * other, per render).
 */
async function traceFirstRenders(page, cdp, { tag, attributes }, count) {
  const events = await startTrace(cdp);
  const renders = [];
  for (let i = 0; i < count; i++) {
    renders.push(
      await withinTime(
        page.evaluate(([t, a]) => window.bench.firstRender(t, a), [tag, attributes]),
        RENDER_TIMEOUT_MS,
        `a first render took over ${RENDER_TIMEOUT_MS / 1000} s`,
      ),
    );
  }
  const { cpu, kindsByMark } = await stopTrace(cdp, events, count);
  // Two marks per render; a harness without them (an older commit) leaves the CPU unknown.
  const marked = cpu.length === 2 * count;
  return renders.map((render, i) => ({
    ...render,
    cpuToPaint: marked ? cpu[2 * i] : NaN,
    cpuToTex: marked ? cpu[2 * i] + cpu[2 * i + 1] : NaN,
    kinds: marked ? { toPaint: kindsByMark[2 * i], paintToTex: kindsByMark[2 * i + 1] } : null,
  }));
}

/** The mean of each kind of work (script, style...) over the renders that have it traced. */
function meanKinds(renders, part) {
  const known = renders.filter((r) => r.kinds).map((r) => r.kinds[part]);
  if (known.length === 0) return null;
  const mean = {};
  for (const key of Object.keys(known[0]))
    mean[key] = known.reduce((sum, kinds) => sum + kinds[key], 0) / known.length;
  return mean;
}

/**
 * First render of one element kind: the first on a fresh page (its chunk already loaded, so the
 * figure is the element's own work plus KaTeX's arrival), and then 20 more of the same kind.
 */
async function timeFirstRender(browser, origin, config, rate, profile = false) {
  const first = [];
  const warm = [];
  let hotspots = null;
  for (let p = 0; p < FIRST_RENDER_PAGES; p++) {
    const page = await openHarness(browser, origin);
    try {
      const cdp = await page.context().newCDPSession(page);
      await page.evaluate((t) => window.bench.load(t), config.tag);
      await throttleCpu(cdp, rate);
      first.push(...(await traceFirstRenders(page, cdp, config, 1)));
      if (p === 0) {
        // With --profile: where the script time of another of the same kind goes.
        if (profile) await startProfile(cdp);
        warm.push(...(await traceFirstRenders(page, cdp, config, WARM_RENDERS)));
        if (profile) hotspots = await stopProfile(cdp, 25);
      }
    } finally {
      await page.close();
    }
  }
  const mid = (list, pick) => median(list.map(pick));
  return {
    firstPaint: mid(first, (r) => r.toPaint),
    firstTex: mid(first, (r) => r.toTex),
    warmPaint: mid(warm, (r) => r.toPaint),
    warmP95: p95(warm.map((r) => r.toPaint)),
    cpuFirstPaint: mid(first, (r) => r.cpuToPaint),
    cpuFirstTex: mid(first, (r) => r.cpuToTex),
    cpuWarmPaint: mid(warm, (r) => r.cpuToPaint),
    hotspots,
    kinds: {
      firstToPaint: meanKinds(first, 'toPaint'),
      firstPaintToTex: meanKinds(first, 'paintToTex'),
      warmToPaint: meanKinds(warm, 'toPaint'),
    },
  };
}

const keyOf = (scenario) => `${scenario.name} | ${scenario.change}`;

/** The baseline's own scenarios (its selectors fit its elements), matched to ours by name. */
async function baselineScenarios(root) {
  const file = join(root, 'bench/interaction/scenarios.mjs');
  const module = existsSync(file) ? await import(pathToFileURL(file).href) : null;
  const list = module ? module.scenarios() : scenarios();
  return new Map(list.map((s) => [keyOf(s), s]));
}

/** Runs `measure` and keeps an error as the row's figure, so one broken row does not stop the run. */
async function attempt(label, measure) {
  try {
    return await measure();
  } catch (error) {
    const message = error.message.split('\n')[0];
    console.error(`  skipped ${label}: ${message}`);
    return { error: message };
  }
}

export async function runInteraction({
  only,
  rates = [1, 4],
  baseline = null,
  profile = false,
  events = false,
  firstRender = true,
  changes = true,
} = {}) {
  const site = await startSite();
  const baseSite = baseline ? await startSite({ root: baseline.root }) : null;
  const { browser, version } = await launchBrowser();
  try {
    printSection(
      'Machine (interaction)',
      describeMachine({
        chromium: version,
        'CPU throttling rates': rates.map((r) => `${r}×`).join(', '),
        ...(baseline ? { 'compared with': `${baseline.short} ${baseline.subject ?? ''}` } : {}),
      }),
    );
    const codes = [{ label: 'this', origin: site.origin }];
    let theirs = null;
    if (baseline) {
      theirs = await baselineScenarios(baseline.root);
      codes.push({ label: baseline.short, origin: baseSite.origin });
    }
    const selected = changes
      ? scenarios().filter(
          (s) => !only || `${s.name} ${s.change}`.includes(only) || s.name === FLOOR,
        )
      : [];
    const rows = [];
    for (const scenario of selected) {
      const row = { name: scenario.name, change: scenario.change, runs: {} };
      for (const rate of rates) {
        // Ours and the baseline's one after the other, so a burst of load hits both alike.
        for (const code of codes) {
          const own = code.label === 'this' ? scenario : theirs.get(keyOf(scenario));
          const label = `${scenario.name}, ${scenario.change}, ${rate}×, ${code.label}`;
          const run = own
            ? await attempt(label, () =>
                timeScenario(browser, code.origin, own, {
                  rate,
                  profile: profile && code.label === 'this',
                }),
              )
            : { error: `no such scenario at ${code.label}` };
          if (!run.error && code.label === 'this' && scenario.actions[0].kind === 'key') {
            run.trusted = await attempt(`${label}, real keys`, () =>
              timeTrustedKeys(browser, code.origin, scenario, rate),
            );
          }
          row.runs[`${rate}:${code.label}`] = run;
          console.error(`  done: ${label}`);
        }
      }
      rows.push(row);
    }
    if (changes) printValueChanges(rows, { rates, codes: codes.map((c) => c.label) });
    for (const row of rows) {
      for (const [key, run] of Object.entries(row.runs)) {
        const [rate, code] = key.split(':');
        const what = `${row.name}, ${row.change}, CPU ${rate}×${code === 'this' ? '' : `, ${code}`}`;
        if (events && run.events) {
          printSection(`Trace time per event: ${what} (mean per change)`, run.events.join('\n'));
        }
        if (run.hotspots) printSection(`CPU profile: ${what} (self time)`, run.hotspots.join('\n'));
      }
    }
    const renders = [];
    if (firstRender) {
      const elements = FIRST_RENDERS.filter(
        (config) => !only || (config.label ?? config.tag).includes(only),
      );
      for (const config of elements) {
        const row = { element: config.label ?? config.tag, runs: {} };
        for (const rate of rates) {
          for (const code of codes) {
            row.runs[`${rate}:${code.label}`] = await attempt(
              `first render ${row.element}, ${rate}×, ${code.label}`,
              () =>
                timeFirstRender(
                  browser,
                  code.origin,
                  config,
                  rate,
                  profile && code.label === 'this',
                ),
            );
          }
        }
        console.error(`  done: first render, ${row.element}`);
        renders.push(row);
      }
      printFirstRenders(renders, { rates, codes: codes.map((c) => c.label) });
      for (const row of renders)
        for (const [key, run] of Object.entries(row.runs))
          if (run.hotspots) {
            const what = `${row.element}, another of the same kind, CPU ${key.split(':')[0]}×`;
            printSection(`CPU profile: ${what} (self time)`, run.hotspots.join('\n'));
          }
    }
    return { rows, renders, chromium: version };
  } finally {
    await browser.close();
    await site.close();
    await baseSite?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const value = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const baseline = baselineFromArgs(argv);
  try {
    await runInteraction({
      only: value('--only'),
      rates: (value('--rates') ?? '1,4').split(',').map(Number),
      baseline,
      profile: argv.includes('--profile'),
      events: argv.includes('--events'),
      firstRender: !argv.includes('--no-first-render'),
      changes: !argv.includes('--first-render-only'),
    });
  } finally {
    baseline?.remove();
  }
}
