// Memory: `node --import tsx bench/memory.mjs [--cycles 10000]`.
// For each element: attach, render (with style and layout) and detach it 10,000 times, one at a
// time, then compare the JS heap and the DOM counters after forced garbage collection against
// the same figures taken after a short warm-up (modules, KaTeX and the TeX cache already loaded).
// A leak shows as a heap or listener count growing with the cycles. Figures only, never pass/fail.
import { pathToFileURL } from 'node:url';
import { startSite } from './lib/site.mjs';
import { launchBrowser, openHarness } from './lib/browser.mjs';
import { markdownTable, printSection } from './lib/table.mjs';
import { describeMachine } from './lib/machine.mjs';
import { TYPICAL } from './interaction/scenarios.mjs';

const WARM_UP_CYCLES = 50;
const CHUNK = 1000;

async function settle(cdp) {
  // Twice: the first collection can leave objects that only become garbage once finalizers ran.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const signedKib = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(0)} KiB`;

async function measureElement(browser, origin, { tag, label, attributes }, cycles) {
  const page = await openHarness(browser, origin);
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.evaluate(
      ([t, a, n]) => window.bench.cycles(t, a, n),
      [tag, attributes, WARM_UP_CYCLES],
    );
    const before = await settle(cdp);
    let elapsed = 0;
    for (let done = 0; done < cycles; done += CHUNK) {
      const count = Math.min(CHUNK, cycles - done);
      elapsed += await page.evaluate(
        ([t, a, n]) => window.bench.cycles(t, a, n),
        [tag, attributes, count],
      );
    }
    const after = await settle(cdp);
    return { element: label ?? tag, before, after, msPerCycle: elapsed / cycles };
  } finally {
    await page.close();
  }
}

export async function runMemory({ cycles = 10_000 } = {}) {
  const site = await startSite();
  const { browser, version } = await launchBrowser();
  try {
    printSection('Machine (memory)', describeMachine({ chromium: version }));
    const rows = [];
    const results = [];
    for (const config of TYPICAL.filter((c) => c.memory !== false)) {
      try {
        const r = await measureElement(browser, site.origin, config, cycles);
        results.push(r);
        rows.push([
          r.element,
          kib(r.before.heap),
          kib(r.after.heap),
          signedKib(r.after.heap - r.before.heap),
          `${((r.after.heap - r.before.heap) / cycles).toFixed(1)} B`,
          `${r.before.nodes} → ${r.after.nodes}`,
          `${r.before.listeners} → ${r.after.listeners}`,
          `${r.msPerCycle.toFixed(2)} ms`,
        ]);
        console.error(`  done: ${rows.at(-1).join(' | ')}`);
      } catch (error) {
        rows.push([
          config.label ?? config.tag,
          'error',
          error.message.split('\n')[0],
          '',
          '',
          '',
          '',
          '',
        ]);
      }
    }
    printSection(
      `Heap after ${cycles.toLocaleString('en')} attach/render/detach cycles, after forced GC`,
      markdownTable(
        [
          'element',
          'heap before',
          'heap after',
          'change',
          'per cycle',
          'DOM nodes',
          'JS listeners',
          'time per cycle',
        ],
        rows,
      ),
    );
    return results;
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--cycles');
  await runMemory({ cycles: at > 0 ? Number(process.argv[at + 1]) : undefined });
}
