// Timings of the autodiff core: forward and backward passes over expression graphs of growing
// size, and one dense-network training step at growing width. Figures only, no pass/fail.
// Run with `node --import tsx bench/core.mjs` (tsx lets plain Node import the .ts sources).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  apply,
  backward,
  createNetwork,
  forward,
  seededRandom,
  topologicalOrder,
  trainStep,
  variable,
} from '../src/core/index.ts';

/**
 * A random graph of about `targetNodes` nodes over x, y and z, built with the GradNode API
 * because the parser stops at 400 nodes. Each unit is tanh(previous * any + any): tanh keeps
 * every value in (-1, 1) however long the chain, and using the previous unit makes every node
 * reach the output, so none is left out of the passes.
 */
export function buildGraph(targetNodes, seed = 1) {
  const random = seededRandom(seed);
  const pool = [variable('x', 0.3), variable('y', -0.7), variable('z', 1.1)];
  const pick = () => pool[Math.floor(random() * pool.length)];
  let output = pool[0];
  for (let count = pool.length; count + 3 <= targetNodes; count += 3) {
    const product = apply('mul', output, pick());
    const sum = apply('add', product, pick());
    output = apply('tanh', sum);
    pool.push(product, sum, output);
  }
  return output;
}

/**
 * Median milliseconds per call of `fn`. Each sample repeats `fn` enough times to last at least
 * `minSampleMs`, so timer resolution does not swamp small graphs; warm-up samples let the JIT
 * settle before anything is recorded.
 */
export function medianMs(fn, { samples = 15, warmup = 3, minSampleMs = 20 } = {}) {
  let repeats = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < repeats; i++) fn();
    if (performance.now() - start >= minSampleMs) break;
    repeats *= 2;
  }
  const times = [];
  for (let s = 0; s < warmup + samples; s++) {
    const start = performance.now();
    for (let i = 0; i < repeats; i++) fn();
    if (s >= warmup) times.push((performance.now() - start) / repeats);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Forward and backward timings for one graph of about `targetNodes` nodes. */
export function measureGraph(targetNodes) {
  const output = buildGraph(targetNodes);
  const order = topologicalOrder(output);
  const forwardMs = medianMs(() => forward(order));
  const backwardMs = medianMs(() => backward(output, order));
  return { nodes: order.length, forwardMs, backwardMs };
}

/** Milliseconds per trainStep of a tanh network with bce loss of the given sizes. */
export function measureDense(sizes) {
  const network = createNetwork({ sizes, activation: 'tanh', loss: 'bce', seed: 1 });
  const input = Array.from({ length: sizes[0] }, (_, i) => (i % 2 ? -0.3 : 0.5));
  const target = new Array(sizes[sizes.length - 1]).fill(1);
  const stepMs = medianMs(() => trainStep(network, input, target, 0.01));
  const parameters = sizes.slice(1).reduce((sum, n, l) => sum + n * (sizes[l] + 1), 0);
  return { sizes, parameters, stepMs };
}

function formatMs(ms) {
  if (ms < 1e-3) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1e3).toFixed(1)} µs`;
  return `${ms.toFixed(2)} ms`;
}

function formatRate(perSecond) {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k`;
  return perSecond.toFixed(0);
}

function printTable(headings, rows) {
  const widths = headings.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells) => cells.map((cell, c) => cell.padStart(widths[c])).join('  ');
  console.log(line(headings));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function main() {
  const cpus = os.cpus();
  console.log('backprop-elements core benchmark');
  console.log(
    `Node ${process.version} | ${cpus[0]?.model ?? 'unknown CPU'} | ${cpus.length} cores | ` +
      new Date().toISOString(),
  );
  // Other work on the machine slows every figure; the load average says how busy it was.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`Load average ${load}. Median per call over 15 samples after 3 warm-up samples.\n`);

  console.log('Expression graphs (tanh(a*b + c) units over x, y, z)');
  printTable(
    ['nodes', 'forward', 'backward', 'backward/forward', 'nodes/s (fwd+bwd)'],
    [10, 1_000, 100_000].map((target) => {
      const { nodes, forwardMs, backwardMs } = measureGraph(target);
      return [
        nodes.toLocaleString('en-US'),
        formatMs(forwardMs),
        formatMs(backwardMs),
        (backwardMs / forwardMs).toFixed(2),
        formatRate((nodes / (forwardMs + backwardMs)) * 1e3),
      ];
    }),
  );

  console.log('\nDense networks (tanh hidden, sigmoid + bce output, one example)');
  printTable(
    ['sizes', 'parameters', 'trainStep', 'steps/s'],
    [
      [2, 8, 8, 1],
      [2, 16, 16, 1],
      [2, 64, 64, 1],
      [2, 256, 256, 1],
    ].map((sizes) => {
      const { parameters, stepMs } = measureDense(sizes);
      return [
        sizes.join('-'),
        parameters.toLocaleString('en-US'),
        formatMs(stepMs),
        formatRate(1e3 / stepMs),
      ];
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
