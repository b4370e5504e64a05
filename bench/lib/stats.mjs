// Small statistics and timing helpers shared by the benches. Figures only: nothing here passes or fails.
import { performance } from 'node:perf_hooks';

/** The q-quantile (0..1) of numbers, by linear interpolation between the sorted neighbours. */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);

/**
 * Times functions the way a careful micro-benchmark should on a noisy machine: warm each up (so
 * the JIT has compiled its hot path), pick how many calls make one sample last at least
 * `sampleMs`, then take the samples in turn (a, b, c, a, b, c...) so a burst of load from other
 * processes on a shared machine hits every contender alike.
 * Returns one array of per-call milliseconds per function.
 */
export function timeInterleaved(fns, { warmupMs = 200, sampleMs = 20, samples = 15 } = {}) {
  const batches = fns.map((fn) => {
    const warmEnd = performance.now() + warmupMs;
    let calls = 0;
    do {
      fn();
      calls += 1;
    } while (performance.now() < warmEnd);
    return Math.max(1, Math.ceil(sampleMs / Math.max(warmupMs / calls, 1e-6)));
  });
  const times = fns.map(() => []);
  for (let s = 0; s < samples; s++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      for (let i = 0; i < batches[k]; i++) fn();
      times[k].push((performance.now() - start) / batches[k]);
    });
  }
  return times;
}

/** Formats milliseconds with a unit that keeps three significant figures readable. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 0.01) return `${(ms * 1000).toFixed(2)} µs`;
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

/** ours/peer as text: below 1 means ours takes less time. */
export function formatRatio(ours, peer) {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return 'n/a';
  const ratio = ours / peer;
  return `${ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2)}x`;
}
