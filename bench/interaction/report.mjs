// The interaction bench's tables: per CPU throttling rate, per code (this checkout, and the
// baseline commit when the run compares), printed as Markdown to paste into BENCHMARKS.md.
import { CHANGES, FLOOR } from './scenarios.mjs';
import { formatMs, formatRatio } from '../lib/stats.mjs';
import { markdownTable, printSection } from '../lib/table.mjs';

/** One frame at 60 Hz, rounded down: what a change has to fit in, on any CPU. */
export const FRAME_BUDGET_MS = 16;

const cpuLabel = (rate) => (rate === 1 ? 'CPU as is' : `CPU ${rate}× slower`);

function detailTable(rows, rate) {
  return markdownTable(
    [
      'element',
      'change',
      'changed',
      'wall median',
      'wall p95',
      'CPU median',
      'CPU p95',
      `CPU p95 <= ${FRAME_BUDGET_MS} ms`,
      'CPU p95 to the next change',
      'real keys to paint: median / p95',
      'TeX: in place, cache hits',
    ],
    rows.map((row) => {
      const r = row.runs[`${rate}:this`];
      if (r.error) return [row.name, row.change, 'error', r.error, '', '', '', '', '', '', ''];
      const keys = r.trusted && !r.trusted.error ? r.trusted : null;
      return [
        row.name,
        row.change,
        `${r.changed}/${CHANGES}`,
        formatMs(r.workMedian),
        formatMs(r.workP95),
        formatMs(r.cpuMedian),
        formatMs(r.cpuP95),
        r.cpuP95 <= FRAME_BUDGET_MS ? 'yes' : 'NO',
        formatMs(r.untilNextP95),
        keys ? `${formatMs(keys.median)} / ${formatMs(keys.p95)}` : (r.trusted?.error ?? ''),
        r.tex,
      ];
    }),
  );
}

/**
 * Whether the baseline's harness marks each change's paint; an older one does not, and then both
 * codes are compared on their CPU to the next change, the one figure both runs have.
 */
function baselineToPaint(rows, base) {
  return rows.every((row) =>
    Object.entries(row.runs).every(
      ([key, run]) => !key.endsWith(`:${base}`) || run.error || run.toPaint,
    ),
  );
}

/** CPU p95 per change at every rate, and the baseline's with the ratio (below 1: faster now). */
function sideBySide(rows, rates, codes) {
  const base = codes[1];
  const toPaint = !base || baselineToPaint(rows, base);
  const figure = (run) => (toPaint ? run.cpuP95 : run.untilNextP95);
  const headers = ['element', 'change'];
  for (const rate of rates) {
    headers.push(`${rate}×: CPU p95${toPaint ? '' : ' to the next change'}`);
    if (base) headers.push(`${rate}×: ${base}`, `${rate}×: ratio`);
  }
  return markdownTable(
    headers,
    rows.map((row) => {
      const cells = [row.name, row.change];
      for (const rate of rates) {
        const ours = row.runs[`${rate}:this`];
        cells.push(ours.error ? 'error' : formatMs(figure(ours)));
        if (base) {
          const theirs = row.runs[`${rate}:${base}`];
          cells.push(
            theirs.error ? 'error' : formatMs(figure(theirs)),
            ours.error || theirs.error ? '' : formatRatio(figure(ours), figure(theirs)),
          );
        }
      }
      return cells;
    }),
  );
}

const meanCpu = ({ kinds: k }) => k.script + k.style + k.layout + k.paint + k.other;

/**
 * A row's mean CPU less the harness floor's at the same rate (this code's floor when the
 * baseline has none, if both count a change over the same window): the element's own part of a
 * change. Means subtract; p95s do not.
 */
function aboveFloor(rows, run, rate, code) {
  const floor = rows.find((row) => row.name === FLOOR);
  const own = floor?.runs[`${rate}:${code}`];
  const reference = own && !own.error ? own : floor?.runs[`${rate}:this`];
  if (!reference || reference.error || reference.toPaint !== run.toPaint) return '';
  const above = meanCpu(run) - meanCpu(reference);
  return above < 0 ? `−${formatMs(-above)}` : formatMs(above);
}

function breakdownTable(rows, rates, codes) {
  const lines = [];
  for (const row of rows) {
    for (const rate of rates) {
      for (const code of codes) {
        const r = row.runs[`${rate}:${code}`];
        if (!r || r.error) continue;
        const k = r.kinds;
        lines.push([
          row.name,
          row.change,
          `${rate}×`,
          ...(codes.length > 1 ? [r.toPaint ? code : `${code}, to the next change`] : []),
          formatMs(meanCpu(r)),
          row.name === FLOOR ? '' : aboveFloor(rows, r, rate, code),
          formatMs(k.script),
          formatMs(k.style),
          formatMs(k.layout),
          formatMs(k.paint),
          formatMs(k.other),
          k.layoutPasses.toFixed(1),
          `${k.dirtyObjects.toFixed(0)} of ${k.totalObjects.toFixed(0)}`,
        ]);
      }
    }
  }
  return markdownTable(
    [
      'element',
      'change',
      'CPU',
      ...(codes.length > 1 ? ['code'] : []),
      'CPU mean',
      'above the floor',
      'script',
      'style',
      'layout',
      'paint',
      'other',
      'layout passes',
      'layout objects: dirty of total',
    ],
    lines,
  );
}

export function printValueChanges(rows, { rates, codes }) {
  for (const rate of rates) {
    printSection(
      `Value changes, ${CHANGES} each, ${cpuLabel(rate)}: wall time from the frame's start to after its paint, and main-thread CPU time per change (to its paint; and to the next change, with the harness's wait for a fresh frame and any work put off to later)`,
      detailTable(rows, rate),
    );
  }
  printSection(
    codes.length > 1
      ? `CPU p95 per change, this code and ${codes[1]} side by side (ratio below 1: faster now)`
      : 'CPU p95 per change, side by side',
    sideBySide(rows, rates, codes),
  );
  printSection(
    'Where the main thread goes, mean CPU per change (script includes GC; paint is pre-paint, paint, layerize and commit; other is the rest of those tasks)',
    breakdownTable(rows, rates, codes),
  );
}

export function printFirstRenders(renders, { rates, codes }) {
  const lines = [];
  for (const row of renders) {
    for (const code of codes) {
      const cells = [row.element, ...(codes.length > 1 ? [code] : [])];
      for (const rate of rates) {
        const r = row.runs[`${rate}:${code}`];
        if (r.error) cells.push('error', r.error, '');
        else {
          cells.push(
            `${formatMs(r.firstPaint)} (${formatMs(r.cpuFirstPaint)})`,
            `${formatMs(r.firstTex)} (${formatMs(r.cpuFirstTex)})`,
            `${formatMs(r.warmPaint)} / ${formatMs(r.warmP95)} (${formatMs(r.cpuWarmPaint)})`,
          );
        }
      }
      lines.push(cells);
    }
    if (codes.length > 1) {
      const cells = [row.element, 'ratio'];
      for (const rate of rates) {
        const ours = row.runs[`${rate}:this`];
        const theirs = row.runs[`${rate}:${codes[1]}`];
        const ratio = (pick) =>
          ours.error || theirs.error ? '' : formatRatio(pick(ours), pick(theirs));
        cells.push(
          `${ratio((r) => r.firstPaint)} (${ratio((r) => r.cpuFirstPaint)})`,
          `${ratio((r) => r.firstTex)} (${ratio((r) => r.cpuFirstTex)})`,
          `${ratio((r) => r.warmPaint)} (${ratio((r) => r.cpuWarmPaint)})`,
        );
      }
      lines.push(cells);
    }
  }
  const headers = ['element', ...(codes.length > 1 ? ['code'] : [])];
  for (const rate of rates) {
    headers.push(
      `${rate}×: first painted (CPU)`,
      `${rate}×: first typeset (CPU)`,
      `${rate}×: another painted, median / p95 (CPU)`,
    );
  }
  printSection(
    "Time to first render: a new element appended to a page whose element script is loaded (KaTeX arrives with the first); wall time, and in brackets the main thread's CPU time",
    markdownTable(headers, lines),
  );
  printSection(
    "Where a first render goes, mean CPU per render: the first on a page to its paint and from there to its typeset (KaTeX's loading included), and another of the same kind to its paint",
    firstRenderBreakdown(renders, rates, codes),
  );
}

function firstRenderBreakdown(renders, rates, codes) {
  const lines = [];
  for (const row of renders) {
    for (const rate of rates) {
      for (const code of codes) {
        const r = row.runs[`${rate}:${code}`];
        if (!r || r.error) continue;
        for (const [which, k] of [
          ['first: to paint', r.kinds?.firstToPaint],
          ['first: paint to typeset', r.kinds?.firstPaintToTex],
          ['another: to paint', r.kinds?.warmToPaint],
        ]) {
          if (!k) continue;
          lines.push([
            row.element,
            `${rate}×`,
            ...(codes.length > 1 ? [code] : []),
            which,
            formatMs(k.script + k.style + k.layout + k.paint + k.other),
            formatMs(k.script),
            formatMs(k.style),
            formatMs(k.layout),
            formatMs(k.paint),
            formatMs(k.other),
          ]);
        }
      }
    }
  }
  return markdownTable(
    [
      'element',
      'CPU',
      ...(codes.length > 1 ? ['code'] : []),
      'render',
      'CPU mean',
      'script',
      'style',
      'layout',
      'paint',
      'other',
    ],
    lines,
  );
}
