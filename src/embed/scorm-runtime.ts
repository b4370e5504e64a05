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
   * empty once completed, `suspend` before, so the LMS keeps the attempt to resume), commits and
   * calls LMSFinish (once); also done on `pagehide`.
   */
  finish(): void;
}

/**
 * Opens a SCORM session if an LMS is around; undefined when there is none (a plain page).
 * A fresh attempt is marked `incomplete`; a figure already completed stays completed.
 */
export function startScorm(api: Scorm12Api | undefined = findScormApi()): ScormSession | undefined {
  if (!api || !call(() => api.LMSInitialize(''))) return undefined;
  const started = performance.now();
  let finished = false;
  let completed = false;
  const status = (() => {
    try {
      return String(api.LMSGetValue('cmi.core.lesson_status'));
    } catch {
      return '';
    }
  })();
  if (status !== 'completed' && status !== 'passed') {
    call(() => api.LMSSetValue('cmi.core.lesson_status', 'incomplete'));
    call(() => api.LMSCommit(''));
  }
  const session: ScormSession = {
    complete() {
      if (completed || finished) return;
      completed = true;
      call(() => api.LMSSetValue('cmi.core.lesson_status', 'completed'));
      call(() => api.LMSCommit(''));
    },
    finish() {
      if (finished) return;
      finished = true;
      call(() =>
        api.LMSSetValue('cmi.core.session_time', scormTimespan(performance.now() - started)),
      );
      call(() => api.LMSSetValue('cmi.core.exit', completed ? '' : 'suspend'));
      call(() => api.LMSCommit(''));
      call(() => api.LMSFinish(''));
    },
  };
  // pagehide fires when the LMS closes or navigates the frame; unload is unreliable.
  addEventListener('pagehide', () => session.finish(), { once: true });
  return session;
}
