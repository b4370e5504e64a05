import type Scorm12ApiClass from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';

/**
 * scorm-again's SCORM 1.2 runtime (the `API` object an LMS provides) with every call a page
 * makes written down, for tests that check what a launched page tells the LMS.
 */

// The ES build exports the class by name; its type declarations describe a default export.
export const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12ApiClass };
export type Scorm12 = InstanceType<typeof Scorm12API>;

export interface ScormCall {
  name: string;
  args: string[];
  result: string;
}

const NAMES = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
] as const;

/** Values that depend on the clock, written as their format in `lines()`. */
const TIMESPAN = /^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/;
const TIMED = /^cmi\.(core\.session_time|interactions\.\d+\.latency)$/;

/** An API that passes every call on to `api` and logs it (function, arguments, result). */
export function recordCalls(api: Scorm12) {
  const log: ScormCall[] = [];
  const wrapped: Record<string, (...args: string[]) => string> = {};
  for (const name of NAMES) {
    wrapped[name] = (...args: string[]) => {
      const result = String((api[name] as (...args: string[]) => unknown)(...args));
      log.push({ name, args, result });
      return result;
    };
  }
  return {
    api: wrapped,
    log,
    /**
     * Every call as one line: `LMSSetValue cmi.core.score.raw 100`, `LMSGetValue cmi.core.entry
     * = resume`; a well-formed timespan reads `<timespan>`, so the clock cannot break the list.
     */
    lines: (): string[] =>
      log.map(({ name, args, result }) => {
        if (name === 'LMSSetValue') {
          const [element, value] = args;
          const shown = TIMED.test(element) && TIMESPAN.test(value) ? '<timespan>' : value;
          return `LMSSetValue ${element} ${shown}`;
        }
        if (name === 'LMSGetValue') return `LMSGetValue ${args[0]} = ${result}`;
        return name;
      }),
    valueSet: (element: string) =>
      [...log].reverse().find((call) => call.name === 'LMSSetValue' && call.args[0] === element)
        ?.args[1],
    /** Calls the LMS refused ('false'). */
    refused: () =>
      log.filter(
        (call) =>
          ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'].includes(call.name) &&
          call.result !== 'true',
      ),
  };
}
