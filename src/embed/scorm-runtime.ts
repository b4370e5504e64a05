/**
 * SCORM 1.2 from the launched page's side: find the LMS's `API` object, open a session, mark the
 * figure completed when the reader has done its main action, and close the session on unload,
 * reporting how long it lasted and how the reader left. Every step tolerates a missing or failing
 * API: the page keeps working as a plain page.
 */

/** The part of the SCORM 1.2 runtime API (the `API` object an LMS provides) used here. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string | number;
}

/** How many parent frames to climb: the SCORM 1.2 specification's search looks about this far. */
const MAX_FRAME_DEPTH = 7;

function apiOf(candidate: Window | null): Scorm12Api | undefined {
  try {
    const api = (candidate as (Window & { API?: Scorm12Api }) | null)?.API;
    return api && typeof api.LMSInitialize === 'function' ? api : undefined;
  } catch {
    // A cross-origin frame refuses to be read: there is no API this page may use there.
    return undefined;
  }
}

function searchUp(start: Window): Scorm12Api | undefined {
  let current: Window = start;
  for (let depth = 0; depth <= MAX_FRAME_DEPTH; depth++) {
    const api = apiOf(current);
    if (api) return api;
    let parent: Window;
    try {
      parent = current.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** The LMS's API: in this window or a parent frame, else in the window that opened this one. */
export function findScormApi(start: Window = window): Scorm12Api | undefined {
  const found = searchUp(start);
  if (found) return found;
  let opener: Window | null;
  try {
    opener = start.top?.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener) : undefined;
}

/** Calls one API function, turning an exception from a broken LMS into a 'false'. */
function call(run: () => string): boolean {
  try {
    return String(run()) === 'true';
  } catch {
    return false;
  }
}

/**
 * A duration as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (hours up to 9999, as the data model
 * allows; a longer session is reported as the longest it can say).
 */
export function scormTimespan(milliseconds: number): string {
  const hundredths = Math.min(Math.max(Math.round(milliseconds / 10), 0), 9999 * 360000 + 359999);
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

export interface ScormSession {
  /** Sets `cmi.core.lesson_status` to `completed` and commits (once). */
  complete(): void;
  /**
   * Reports the session's length (`cmi.core.session_time`) and how it ended (`cmi.core.exit`:
   * empty once completed, `suspend` before, so the LMS keeps the attempt to resume; a figure
   * that asks decides with `exitWith`), commits and calls LMSFinish (once); also done on
   * `pagehide`.
   */
  finish(): void;
  /** Reads one data model element; '' when the LMS refuses or the session has finished. */
  get(element: string): string;
  /** Writes one data model element; false when the LMS refuses or the session has finished. */
  set(element: string, value: string): boolean;
  /** LMSCommit, while the session is open. */
  commit(): void;
  /** What `cmi.core.exit` says at the finish, asked then (instead of the completed rule). */
  exitWith(decide: () => '' | 'suspend'): void;
}

/**
 * Opens a SCORM session if an LMS is around; undefined when there is none (a plain page).
 * A fresh attempt is marked `incomplete`; a figure already completed or passed stays so.
 */
export function startScorm(api: Scorm12Api | undefined = findScormApi()): ScormSession | undefined {
  if (!api || !call(() => api.LMSInitialize(''))) return undefined;
  const started = performance.now();
  let finished = false;
  let closing = false;
  let completed = false;
  let exit = (): '' | 'suspend' => (completed ? '' : 'suspend');
  const get = (element: string): string => {
    if (finished) return '';
    try {
      return String(api.LMSGetValue(element));
    } catch {
      return '';
    }
  };
  const set = (element: string, value: string): boolean =>
    !finished && call(() => api.LMSSetValue(element, value));
  const commit = (): void => {
    if (!finished) call(() => api.LMSCommit(''));
  };
  const status = get('cmi.core.lesson_status');
  if (status !== 'completed' && status !== 'passed') {
    set('cmi.core.lesson_status', 'incomplete');
    commit();
  }
  const session: ScormSession = {
    complete() {
      if (completed || finished) return;
      completed = true;
      set('cmi.core.lesson_status', 'completed');
      commit();
    },
    finish() {
      if (closing) return;
      closing = true;
      set('cmi.core.session_time', scormTimespan(performance.now() - started));
      set('cmi.core.exit', exit());
      commit();
      // No call to the LMS after this one.
      finished = true;
      call(() => api.LMSFinish(''));
    },
    get,
    set,
    commit,
    exitWith(decide) {
      exit = decide;
    },
  };
  // pagehide fires when the LMS closes or navigates the frame; unload is unreliable.
  addEventListener('pagehide', () => session.finish(), { once: true });
  return session;
}
