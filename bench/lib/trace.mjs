// A Chromium trace of a bench run, summarised: milliseconds per change spent in each kind of
// main-thread event (script, style, layout, pre-paint, paint, layerize, commit...), so a change
// over its frame budget can be pinned on the step that costs.

const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
];
/** The mark the harness sets at the start of each timed change. */
const CHANGE_MARK = 'bench-change';
const TOP_LEVEL_NAMES = new Set([
  'FunctionCall',
  'EventDispatch',
  'FireAnimationFrame',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'UpdateLayer',
  'Commit',
  'CompositeLayers',
  'HitTest',
  'ParseHTML',
  'GCEvent',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
]);

export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return events;
}

/**
 * Stops tracing. Returns, for the renderer's main thread:
 * - `cpu`: CPU milliseconds (thread time, so other processes on a busy machine do not count)
 *   spent in the tasks from one change's start mark to the next one's, one entry per change;
 * - `byName`: wall and CPU milliseconds per change for each kind of work (paint, layout...).
 */
export async function stopTrace(cdp, events, changes) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e) => mainThreads.has(`${e.pid}:${e.tid}`);
  const marks = events
    .filter((e) => e.name === CHANGE_MARK && onMain(e))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const cpu = marks.map(() => 0);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e));
  for (const task of tasks) {
    // the change whose mark is the last one at or before the task's end
    const end = task.ts + (task.dur ?? 0);
    let index = -1;
    for (let lo = 0, hi = marks.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] <= end) {
        index = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (index >= 0) cpu[index] += (task.tdur ?? task.dur ?? 0) / 1000;
  }
  const wall = new Map();
  const thread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !TOP_LEVEL_NAMES.has(e.name) || !onMain(e)) continue;
    wall.set(e.name, (wall.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    thread.set(e.name, (thread.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  const byName = [...wall.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([name, ms]) =>
        `${(ms / changes).toFixed(2).padStart(7)} ms wall ${(thread.get(name) / changes).toFixed(2).padStart(7)} ms CPU  ${name}`,
    );
  // Layout events say how many layout objects were dirty and how many the tree holds.
  const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X' && onMain(e));
  const mean = (pick) =>
    layouts.length === 0 ? 0 : layouts.reduce((sum, e) => sum + (pick(e) ?? 0), 0) / layouts.length;
  byName.push(
    `layout passes: ${layouts.length}, mean dirty objects ${mean((e) => e.args?.beginData?.dirtyObjects).toFixed(0)} of ${mean((e) => e.args?.beginData?.totalObjects).toFixed(0)}`,
  );
  return { cpu, byName };
}
