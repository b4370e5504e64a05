/**
 * What every framework app renders, one state after another (its "next" button advances). Each
 * element's part is its own file, test/apps/elements/<tag>.ts: its documented attributes and
 * settable properties in three states (given the way an app holds them: arrays and numbers as
 * values, text where an author would write text), the read-only properties an app might wrongly
 * pass, and the events it listens to. The browser tests (test/distribution/frameworks*.ts)
 * compute what each element must show from the same files.
 */

export type Props = Readonly<Record<string, unknown>>;

/** One element's part of the apps (the exports of test/apps/elements/<tag>.ts). */
export interface AppElement {
  tag: string;
  /** Attributes first, then other values, then the live properties on top of those. */
  states: readonly [Props, Props, Props];
  /** Read-only properties, passed as props in the last app state: each must be ignored and reported. */
  misused: Props;
  /** Every event the element documents. */
  events: readonly string[];
}

/** The app's states: the element's three, then the last again with the read-only props. */
export const STATE_COUNT = 4;

/** The state in which every app also passes the read-only props. */
export const isMisuse = (index: number): boolean => index === STATE_COUNT - 1;

/**
 * The props of `element` in app state `index`: every name any of its states sets, undefined
 * where this one does not (as a template naming each prop passes them).
 */
export function propsAt(element: AppElement, index: number): Record<string, unknown> {
  const state = element.states[Math.min(index, element.states.length - 1)];
  const names = new Set(element.states.flatMap((props) => Object.keys(props)));
  return Object.fromEntries([...names].map((name) => [name, state[name]]));
}

/** The read-only props an app passes in state `index` (none before the last). */
export const misusedAt = (element: AppElement, index: number): Props =>
  isMisuse(index) ? element.misused : {};

/** One line of an app's event log: `tag type detail-as-JSON`. */
export function logLine(tag: string, event: Event): string {
  return `${tag} ${event.type} ${JSON.stringify((event as CustomEvent).detail ?? null)}`;
}
