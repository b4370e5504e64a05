import type { Props } from '../../apps/shared/states.js';

/**
 * One element's part of the framework tests (the exports of test/distribution/frameworks/<tag>.ts),
 * beside what the apps pass it (test/apps/elements/<tag>.ts).
 */
export interface FrameworkChecks {
  tag: string;
  /** Fails unless the element uses exactly `props` and shows what they give, computed here. */
  expectProps(element: HTMLElement, props: Props): void;
  /** Attributes the element itself sets from these props (a reflected boolean), if any. */
  reflects?(props: Props): string[];
  /** Uses the element as a reader does, so it fires each documented event but `error`. */
  use(element: HTMLElement, settled: () => Promise<void>): Promise<void>;
  /** After every element was used: what the reader's use must have left (the app's log given). */
  afterUse?(element: HTMLElement, log: string[], lastProps: Props): void;
}
