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
import { pathToFileURL } from 'node:url';
import * as core from '../src/core/index.ts';
import { plainTrainer } from './peers/plain-trainer.mjs';
import { startSite } from './lib/site.mjs';
import { launchBrowser, openHarness } from './lib/browser.mjs';
import { median, p95, timeInterleaved, formatRatio } from './lib/stats.mjs';
import { describeMachine } from './lib/machine.mjs';
import { startTrace, stopTrace } from './lib/trace.mjs';
import { markdownTable, printSection } from './lib/table.mjs';

const ATTRIBUTES = { dataset: 'circle', sizes: '8 8', activation: 'tanh', seed: '1' };
const FRAMES = 240;
/** Frames left out at the start (the first frames draw the plane afresh) and the end (see below). */
const WARMUP_FRAMES = 10;

async function playing(browser, origin, rate) {
  const page = await openHarness(browser, origin);
  try {
    const cdp = await page.context().newCDPSession(page);
    const index = await page.evaluate(
      ({ tag, attributes }) => window.bench.mount(tag, attributes),
      { tag: 'train-network', attributes: ATTRIBUTES },
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const events = await startTrace(cdp);
    const run = await page.evaluate(([i, n]) => window.bench.playFrames(i, n), [index, FRAMES]);
    const { cpu, kinds } = await stopTrace(cdp, events, FRAMES);
    // The last mark's share also holds the frame after it and the pause: left out.
    const frames = cpu.slice(WARMUP_FRAMES, -1);
    return {
      median: median(frames),
      p95: p95(frames),
      max: Math.max(...frames),
      kinds,
      epochsPerSecond: run.epochs / (run.wallMs / 1000),
      fps: run.frames / (run.wallMs / 1000),
    };
  } finally {
    await page.close();
  }
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

export async function runTraining({ rates = [1, 4] } = {}) {
  const site = await startSite();
  const { browser, version } = await launchBrowser();
  try {
    printSection(
      'Machine (training)',
      describeMachine({
        chromium: version,
        'CPU throttling rates': rates.map((r) => `${r}×`).join(', '),
      }),
    );
    const rows = [];
    for (const rate of rates) {
      const r = await playing(browser, site.origin, rate);
      const k = r.kinds;
      rows.push([
        `${rate}×`,
        `${r.median.toFixed(1)} ms`,
        `${r.p95.toFixed(1)} ms`,
        `${r.max.toFixed(1)} ms`,
        [k.script, k.style, k.layout, k.paint, k.other].map((v) => v.toFixed(1)).join(' / '),
        r.fps.toFixed(0),
        r.epochsPerSecond.toFixed(0),
      ]);
      console.error(`  done: playing, ${rate}×`);
    }
    printSection(
      `Playing 2-8-8-1 on 500 points (250 train), 50 × 50 heatmap: main-thread CPU per frame, ${FRAMES - WARMUP_FRAMES - 1} frames`,
      markdownTable(
        [
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
  } finally {
    await browser.close();
    await site.close();
  }
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
  const rates = argv.includes('--rates') ? argv[argv.indexOf('--rates') + 1] : '1,4';
  await runTraining({ rates: rates.split(',').map(Number) });
}
