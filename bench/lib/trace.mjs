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
/**
 * The mark it sets once that change's last frame is painted: what follows (the harness's wait for
 * a fresh frame before the next change) is not the change's work. A run without these marks
 * (first renders, an older commit's harness) counts each change up to the next one's start.
 */
const PAINTED_MARK = 'bench-painted';

/**
 * The trace events each kind of work is made of (the names Chromium's DevTools timeline uses).
 * A task's time outside all of them is `other` (the scheduler, hit testing, input routing...).
 */
export const KINDS = {
  script: [
    'FunctionCall',
    'EventDispatch',
    'FireAnimationFrame',
    'RunMicrotasks',
    'TimerFire',
    'EvaluateScript',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'V8.GC_MARK_COMPACTOR',
    'V8.GCScavenger',
    'V8.GCIncrementalMarking',
  ],
  style: ['UpdateLayoutTree', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: [
    'PrePaint',
    'Paint',
    'PaintImage',
    'Layerize',
    'UpdateLayer',
    'Commit',
    'CompositeLayers',
  ],
};
const KIND_OF = new Map(
  Object.entries(KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])),
);
export async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return events;
}

/** CPU milliseconds of an event: its thread time, so other processes on the machine do not count. */
const cpuOf = (e) => (e.tdur ?? e.dur ?? 0) / 1000;

/**
 * Each classified event's own CPU time (without the classified events nested in it: a layout
 * forced inside a script counts as layout, not twice), summed per kind.
 */
function selfTimeByKind(events, markOf) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = { script: 0, style: 0, layout: 0, paint: 0 };
  const byName = new Map();
  /** The same totals per mark: the change whose mark is the last at or before the event's end. */
  const byMark = new Map();
  const stack = [];
  const close = (frame) => {
    totals[frame.kind] += frame.self;
    byName.set(frame.name, (byName.get(frame.name) ?? 0) + frame.self);
    const mark = markOf(frame.end);
    if (!byMark.has(mark)) byMark.set(mark, { script: 0, style: 0, layout: 0, paint: 0 });
    byMark.get(mark)[frame.kind] += frame.self;
  };
  for (const e of sorted) {
    while (stack.length > 0 && stack.at(-1).end <= e.ts) close(stack.pop());
    const frame = {
      name: e.name,
      kind: KIND_OF.get(e.name),
      end: e.ts + (e.dur ?? 0),
      self: cpuOf(e),
    };
    if (stack.length > 0) stack.at(-1).self -= frame.self;
    stack.push(frame);
  }
  while (stack.length > 0) close(stack.pop());
  return { totals, byName, byMark };
}

/**
 * Stops tracing. Returns, for the renderer's main thread:
 * - `cpu`: CPU milliseconds (thread time, so other processes on a busy machine do not count)
 *   spent in the tasks from one change's start mark to its painted mark (to the next change's
 *   start where there is none: then `toPaint` is false), one entry per change;
 * - `untilNext`: the same, always to the next change's start: with the harness's wait for a
 *   fresh frame, and any work a change put off to a later task (a timer, an observer);
 * - `kinds` (counted as `cpu` is): mean CPU milliseconds per change in script, style, layout,
 *   paint (pre-paint, paint, layerize, commit) and other (the rest of those tasks), and the
 *   layout passes per change with their mean dirty and total layout objects;
 * - `byName`: the same time per trace event name, as text lines, largest first;
 * - `kindsByMark`: script, style, layout, paint and other of each change on its own (counted as
 *   `cpu` is), for runs whose changes have more than one part.
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
  const painted = events
    .filter((e) => e.name === PAINTED_MARK && onMain(e))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const ends = painted.length === marks.length ? painted : null;
  const cpu = marks.map(() => 0);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e));
  let taskTotal = 0;
  const untilNext = marks.map(() => 0);
  // the change whose mark is the last one at or before `end`
  const lastMarkBefore = (end) => {
    let index = -1;
    for (let lo = 0, hi = marks.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] <= end) {
        index = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return index;
  };
  // that change, if `end` is not after its paint
  const markOf = (end) => {
    const index = lastMarkBefore(end);
    return ends && index >= 0 && end > ends[index] ? -1 : index;
  };
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const next = lastMarkBefore(end);
    if (next >= 0) untilNext[next] += cpuOf(task);
    const index = markOf(end);
    if (index >= 0) {
      cpu[index] += cpuOf(task);
      taskTotal += cpuOf(task);
    }
  }
  // Only the work of the timed changes: from the first mark on (the tasks counted above).
  const first = marks[0] ?? Infinity;
  const classified = events.filter(
    (e) =>
      e.ph === 'X' &&
      KIND_OF.has(e.name) &&
      onMain(e) &&
      e.ts + (e.dur ?? 0) >= first &&
      markOf(e.ts + (e.dur ?? 0)) >= 0,
  );
  const { totals, byName, byMark } = selfTimeByKind(classified, markOf);
  const perChange = (ms) => ms / changes;
  const classifiedTotal = Object.values(totals).reduce((a, b) => a + b, 0);
  // Layout events say how many layout objects were dirty and how many the tree holds.
  const layouts = classified.filter((e) => e.name === 'Layout');
  const mean = (pick) =>
    layouts.length === 0 ? 0 : layouts.reduce((sum, e) => sum + (pick(e) ?? 0), 0) / layouts.length;
  const kinds = {
    script: perChange(totals.script),
    style: perChange(totals.style),
    layout: perChange(totals.layout),
    paint: perChange(totals.paint),
    other: perChange(Math.max(0, taskTotal - classifiedTotal)),
    layoutPasses: perChange(layouts.length),
    dirtyObjects: mean((e) => e.args?.beginData?.dirtyObjects),
    totalObjects: mean((e) => e.args?.beginData?.totalObjects),
  };
  const lines = [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${perChange(ms).toFixed(2).padStart(7)} ms CPU  ${name}`);
  const kindsByMark = cpu.map((taskCpu, index) => {
    const own = byMark.get(index) ?? { script: 0, style: 0, layout: 0, paint: 0 };
    const classifiedCpu = own.script + own.style + own.layout + own.paint;
    return { ...own, other: Math.max(0, taskCpu - classifiedCpu) };
  });
  return { cpu, untilNext, toPaint: ends !== null, kinds, byName: lines, kindsByMark };
}
