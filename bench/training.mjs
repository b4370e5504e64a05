// <train-network> while it trains: `node --import tsx bench/training.mjs [--rates 1,4]`.
// 1. In Chromium, a 2-8-8-1 network playing on the default 500 points (250 to train) with the
//    50 × 50 heatmap: the main thread's CPU per animation frame (training, render, heatmap,
//    paint; thread time from a trace, so other processes on a busy machine do not count), at each
//    CPU throttling rate (4×: Lighthouse's mid-range phone), and the epochs a second it reached.
// 2. In Node, epochs a second of the same training (250 points, batch 10, tanh, sigmoid output
//    with cross-entropy, each epoch ending with the training and test loss and the accuracy):
//    the core's trainer against the same thing written straightforwardly on plain arrays
//    (bench/peers/plain-trainer.mjs), from the same weights on the same data.
// Figures only, never pass/fail.
//
//   --rates 1,4        the CPU throttling rates to run (default 1 and 4)
//   --compare <ref>    the same playing for the code at <ref> (e.g. main), in the same browser, one
//                      after the other at each rate, with the ratio (bench/lib/baseline.mjs)
//   --repeat <n>       plays each code n times per rate, alternating, and reports each run
//   --profile          a sampled CPU profile of this code's playing (functions by self time)
//   --events           the trace time per event name (mean per frame), and the same for the slowest
//                      third of the frames beside the rest (at 4× Chromium paints about one frame
//                      in three: what its paint, commit and layout cost shows there), and by the
//                      frame's place in a cycle of six (which kind of frame pays for what)
//   --frames           each frame's CPU in order, and grouped by place in a cycle of 12 frames, to
//                      see which frames (which redraws) are the expensive ones
//   --no-node          skips the epochs a second in Node
import { pathToFileURL } from 'node:url';
import * as core from '../src/core/index.ts';
import { plainTrainer } from './peers/plain-trainer.mjs';
import { startSite } from './lib/site.mjs';
import { launchBrowser, openHarness } from './lib/browser.mjs';
import { median, p95, timeInterleaved, formatRatio } from './lib/stats.mjs';
import { describeMachine } from './lib/machine.mjs';
import { baselineFromArgs } from './lib/baseline.mjs';
import { startProfile, stopProfile } from './lib/profile.mjs';
import { startTrace, stopTrace } from './lib/trace.mjs';
import { markdownTable, printSection } from './lib/table.mjs';

const ATTRIBUTES = { dataset: 'circle', sizes: '8 8', activation: 'tanh', seed: '1' };
const FRAMES = 240;
/** Frames left out at the start (the first frames draw the plane afresh) and the end (see below). */
const WARMUP_FRAMES = 10;

async function playing(browser, origin, rate, { profile = false } = {}) {
  const page = await openHarness(browser, origin);
  try {
    const cdp = await page.context().newCDPSession(page);
    const index = await page.evaluate(
      ({ tag, attributes }) => window.bench.mount(tag, attributes),
      { tag: 'train-network', attributes: ATTRIBUTES },
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (profile) await startProfile(cdp);
    const events = await startTrace(cdp);
    const run = await page.evaluate(([i, n]) => window.bench.playFrames(i, n), [index, FRAMES]);
    const { cpu, kinds, byName } = await stopTrace(cdp, events, FRAMES);
    const slowest = slowFrameEvents(events, cpu);
    const places = placeEvents(events, cpu);
    const hotspots = profile ? await stopProfile(cdp, 25) : null;
    // The last mark's share also holds the frame after it and the pause: left out.
    const frames = cpu.slice(WARMUP_FRAMES, -1);
    return {
      frames,
      median: median(frames),
      p95: p95(frames),
      max: Math.max(...frames),
      kinds,
      byName,
      hotspots,
      slowest,
      places,
      epochsPerSecond: run.epochs / (run.wallMs / 1000),
      fps: run.frames / (run.wallMs / 1000),
    };
  } finally {
    await page.close();
  }
}

/**
 * The trace events of the slowest third of the measured frames against the rest (mean CPU per
 * frame of each event name, nested events counted in their parents too): what makes a slow frame
 * slow. Frames are cut at the harness's marks, as stopTrace cuts them.
 */
function slowFrameEvents(events, cpu) {
  const measured = cpu.map((ms, k) => ({ ms, k })).slice(WARMUP_FRAMES, -1);
  const sorted = [...measured].sort((a, b) => b.ms - a.ms);
  const slow = new Set(sorted.slice(0, Math.round(sorted.length / 3)).map((f) => f.k));
  return eventsByGroup(events, cpu, 2, (k) => (slow.has(k) ? 0 : 1)).map(
    ([name, [s, r]]) => `${s.toFixed(2).padStart(7)} ${r.toFixed(2).padStart(7)} ms  ${name}`,
  );
}

/**
 * The trace events per frame by the frame's place in a cycle of PLACES (mean CPU per frame of
 * each event name): with the heatmap drawn every third frame and the network and the readouts
 * every sixth, each kind of frame is a column (the places count from the first measured frame).
 */
const PLACES = 6;

function placeEvents(events, cpu) {
  const place = (k) => (k - WARMUP_FRAMES) % PLACES;
  const lines = eventsByGroup(events, cpu, PLACES, place).map(
    ([name, means]) => `${means.map((ms) => ms.toFixed(2).padStart(6)).join(' ')} ms  ${name}`,
  );
  // What the layouts of each kind of frame had to do: layout objects dirty, per frame.
  const dirty = eventsByGroup(events, cpu, PLACES, place, (e) =>
    e.name === 'Layout' ? (e.args?.beginData?.dirtyObjects ?? 0) * 1000 : null,
  ).find(([name]) => name === 'Layout');
  if (dirty)
    lines.push(
      `${dirty[1].map((n) => n.toFixed(0).padStart(6)).join(' ')}     layout objects dirty`,
    );
  return lines;
}

/**
 * Mean CPU per frame of each trace event name (nested events counted in their parents too) in
 * `groups` groups of the measured frames, `groupOf(k)` naming frame k's; frames are cut at the
 * harness's marks, as stopTrace cuts them. The largest (in any group) first. `measure(e)`, when
 * it answers a number, counts that (in microseconds) instead of the event's time.
 */
function eventsByGroup(events, cpu, groups, groupOf, measure = () => null) {
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e) => main.has(`${e.pid}:${e.tid}`);
  const marks = events
    .filter((e) => e.name === 'bench-change' && onMain(e))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const counts = new Array(groups).fill(0);
  for (let k = WARMUP_FRAMES; k < cpu.length - 1; k++) counts[groupOf(k)]++;
  const frameOf = (ts) => {
    let index = -1;
    for (let lo = 0, hi = marks.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] <= ts) {
        index = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return index;
  };
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !onMain(e) || e.name === 'RunTask') continue;
    const k = frameOf(e.ts + (e.dur ?? 0));
    if (k < WARMUP_FRAMES || k >= cpu.length - 1) continue;
    const entry = sums.get(e.name) ?? new Array(groups).fill(0);
    entry[groupOf(k)] += (measure(e) ?? e.tdur ?? e.dur ?? 0) / 1000;
    sums.set(e.name, entry);
  }
  return [...sums.entries()]
    .map(([name, totals]) => [name, totals.map((ms, g) => ms / Math.max(1, counts[g]))])
    .filter(([, means]) => means.some((ms) => ms > 0.05))
    .sort((a, b) => Math.max(...b[1]) - Math.max(...a[1]));
}

/**
 * The element redraws its drawings on a schedule of frames that repeats every few frames (the
 * heatmap every third, the network and the readouts every sixth): the frames' CPU grouped by
 * their place in a cycle of twelve says which kind of frame is the expensive one. The places
 * count from the first measured frame, not from the element's own first frame.
 */
const CYCLE = 12;

function byPlace(frames) {
  return Array.from({ length: CYCLE }, (_, place) => {
    const own = frames.filter((_, k) => k % CYCLE === place);
    return `- ${place}: ${median(own).toFixed(1)} / ${Math.max(...own).toFixed(1)}`;
  }).join('\n');
}

function nodeEpochs() {
  const setup = {
    features: ['x1', 'x2'],
    hidden: [8, 8],
    activation: 'tanh',
    output: 'binary',
    classes: 2,
    learningRate: 0.03,
    batchSize: 10,
    regularization: core.NO_REGULARIZATION,
    seed: 1,
  };
  const points = core.generateDataset({
    name: 'circle',
    classes: 2,
    noise: 0,
    count: 500,
    seed: 1,
  });
  const split = core.splitPoints(points, 0.5, 1);
  const data = core.prepareData(split.train, split.test, setup.features);
  const start = core.createTraining(setup, data);
  let ours = start;
  const oursEpoch = () => {
    ours = core.trainEpochs(ours, setup, data, 1).state;
    return ours;
  };
  const plainEpoch = plainTrainer(start.network, data, setup, (epoch) =>
    core.epochOrder(setup, data, epoch),
  );
  // The first epoch's losses from the same weights say both train the same network.
  const first = [oursEpoch(), plainEpoch()];
  const [oursMs, plainMs] = timeInterleaved([oursEpoch, plainEpoch], {
    sampleMs: 60,
    samples: 15,
  }).map(median);
  return { oursMs, plainMs, first, trainPoints: data.trainInputs.length };
}

export async function runTraining({
  rates = [1, 4],
  baseline = null,
  repeat = 1,
  profile = false,
  events = false,
  frames = false,
  node = true,
} = {}) {
  const site = await startSite();
  const baseSite = baseline ? await startSite({ root: baseline.root }) : null;
  const { browser, version } = await launchBrowser();
  try {
    printSection(
      'Machine (training)',
      describeMachine({
        chromium: version,
        'CPU throttling rates': rates.map((r) => `${r}×`).join(', '),
        ...(baseline ? { 'compared with': `${baseline.short} ${baseline.subject ?? ''}` } : {}),
      }),
    );
    const codes = [{ label: 'this', origin: site.origin }];
    if (baseline) codes.push({ label: baseline.short, origin: baseSite.origin });
    const rows = [];
    const p95s = new Map();
    for (const rate of rates) {
      for (let run = 1; run <= repeat; run++) {
        // Ours and the baseline's one after the other, so a burst of load hits both alike.
        for (const code of codes) {
          const r = await playing(browser, code.origin, rate, {
            profile: profile && code.label === 'this' && run === 1,
          });
          const k = r.kinds;
          const key = `${rate}:${code.label}`;
          p95s.set(key, [...(p95s.get(key) ?? []), r.p95]);
          rows.push([
            ...(codes.length > 1 ? [code.label] : []),
            ...(repeat > 1 ? [String(run)] : []),
            `${rate}×`,
            `${r.median.toFixed(1)} ms`,
            `${r.p95.toFixed(1)} ms`,
            `${r.max.toFixed(1)} ms`,
            [k.script, k.style, k.layout, k.paint, k.other].map((v) => v.toFixed(1)).join(' / '),
            r.fps.toFixed(0),
            r.epochsPerSecond.toFixed(0),
          ]);
          const what = `${rate}×, ${code.label}, run ${run}`;
          if (events)
            printSection(
              `Trace time per event: ${what} (mean per frame)`,
              r.byName.slice(0, 25).join('\n'),
            );
          if (frames) {
            printSection(
              `CPU per frame: ${what} (ms)`,
              r.frames.map((ms) => ms.toFixed(1)).join(' '),
            );
            printSection(
              `CPU per frame by its place in a cycle of ${CYCLE} frames: ${what} (median / max, ms)`,
              byPlace(r.frames),
            );
          }
          if (events)
            printSection(
              `Trace time per event, slowest third of frames / the rest: ${what} (mean per frame)`,
              r.slowest.slice(0, 30).join('\n'),
            );
          if (events)
            printSection(
              `Trace time per event by the frame's place in a cycle of ${PLACES}: ${what} (mean per frame)`,
              r.places.slice(0, 30).join('\n'),
            );
          if (r.hotspots) printSection(`CPU profile: ${what} (self time)`, r.hotspots.join('\n'));
          console.error(`  done: playing, ${what}`);
        }
      }
    }
    printSection(
      `Playing 2-8-8-1 on 500 points (250 train), 50 × 50 heatmap: main-thread CPU per frame, ${FRAMES - WARMUP_FRAMES - 1} frames`,
      markdownTable(
        [
          ...(codes.length > 1 ? ['code'] : []),
          ...(repeat > 1 ? ['run'] : []),
          'CPU',
          'median',
          'p95',
          'max',
          'script / style / layout / paint / other (mean)',
          'frames/s',
          'epochs/s',
        ],
        rows,
      ),
    );
    if (baseline) {
      // The ratio of the p95s' medians over the runs: below 1, this code is faster.
      const lines = rates.map((rate) => {
        const ours = median(p95s.get(`${rate}:this`));
        const theirs = median(p95s.get(`${rate}:${baseline.short}`));
        return `- ${rate}×: p95 ${ours.toFixed(1)} ms against ${theirs.toFixed(1)} ms, ${formatRatio(ours, theirs)}`;
      });
      printSection(
        `p95 per frame against ${baseline.short} (median over ${repeat} run(s))`,
        lines.join('\n'),
      );
    }
  } finally {
    await browser.close();
    await site.close();
    await baseSite?.close();
    baseline?.remove();
  }
  if (!node) return;
  const n = nodeEpochs();
  printSection(
    `Epochs a second, 2-8-8-1, ${n.trainPoints} training points, batch 10, in Node (median of 15 samples)`,
    markdownTable(
      ['trainer', 'time per epoch', 'epochs/s', 'ours/this', 'first epoch: train loss'],
      [
        ['ours: core trainEpochs', n.oursMs, n.first[0].trainLoss],
        ['plain arrays, straightforward', n.plainMs, n.first[1].trainLoss],
      ].map(([name, ms, loss]) => [
        name,
        `${ms.toFixed(3)} ms`,
        (1000 / ms).toFixed(0),
        formatRatio(n.oursMs, ms),
        loss.toFixed(6),
      ]),
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const argv = process.argv.slice(2);
  const value = (flag, fallback) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : fallback);
  await runTraining({
    rates: value('--rates', '1,4').split(',').map(Number),
    baseline: baselineFromArgs(argv),
    repeat: Number(value('--repeat', '1')),
    profile: argv.includes('--profile'),
    events: argv.includes('--events'),
    frames: argv.includes('--frames'),
    node: !argv.includes('--no-node'),
  });
}
