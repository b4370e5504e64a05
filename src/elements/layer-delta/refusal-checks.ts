/**
 * The checks of `<layer-delta>` whose notes come with refusals.ts: settings that do not fit
 * together, weights or biases set in another shape than `sizes` asks, and a pass whose numbers
 * grow too large for a float. None of them refuses on a page whose numbers fit, so the notes are
 * fetched the first time one does; a refusal made before they are here waits for them. Each
 * check goes to the element's `check` (base-element.ts), passed in as `check`.
 */
import type { Problem } from '../../internal/attributes.js';
import { LazyView, type LoadHost } from '../../internal/lazy-view.js';
import { isFinitePass, type LayerDeltaModel } from './layer-delta-model.js';
import { misfit } from './shapes.js';

/** The notes for values the element cannot use, fetched the first time a page gives some. */
export const refusals = new LazyView(() => import('./refusals.js'));
type Refusals = typeof import('./refusals.js');

type Host = Pick<LoadHost, 'awaitLoad'>;
type Check = (name: string, problem: Problem | null) => void;

/**
 * Makes a check whose note is in refusals.ts: now when it is here, else once it arrives. A
 * fetch that failed is not tried again on every update (each would start another update).
 */
export function withRefusals(host: Host, check: (notes: Refusals) => void): void {
  const notes = refusals.ready;
  if (notes) return check(notes);
  if (!refusals.unavailable) host.awaitLoad(refusals.load().then(check));
}

/** The verdicts of the settings that must fit together (config.ts's `fitSettings`). */
export function checkSettings(host: Host, verdicts: Record<string, Problem | null>, check: Check) {
  // A refusal's words come with refusals.ts: the checks wait for it when one refuses.
  const entries = Object.entries(verdicts);
  const checks = () => entries.forEach(([name, problem]) => check(name, problem));
  if (entries.some(([, problem]) => problem)) withRefusals(host, checks);
  else checks();
}

/**
 * Whether weights or biases set from code fit `sizes` (shapes.ts's `misfit`): a fit clears the
 * note, a misfit files one, and the values in use stay.
 */
export function checkFit(
  host: Host,
  name: 'weights' | 'biases',
  value: unknown,
  sizes: readonly number[],
  check: Check,
): boolean {
  const bad = misfit(value, sizes, name);
  if (bad === null) check(name, null);
  else withRefusals(host, (notes) => check(name, notes.shapeProblem(bad, sizes, name)));
  return bad === null;
}

/** The note for a pass whose numbers grow too large for a float, checked on every update. */
export class OverflowCheck {
  /** Whether the last check found a number too large (its note is on screen). */
  private overflowed = false;

  /**
   * Files the note under the read-only property where the numbers of `model` (read when the note's
   * words are here) first overflow, and clears the others. A pass with no overflow, after one
   * without, has nothing to clear: the usual case skips.
   */
  run(host: Host, model: () => LayerDeltaModel, check: Check): void {
    if (!this.overflowed && isFinitePass(model())) return;
    withRefusals(host, (notes) => {
      const overflow = notes.overflowNote(model());
      this.overflowed = overflow !== null;
      for (const name of notes.OVERFLOW_PROPERTIES)
        check(name, overflow?.property === name ? overflow : null);
    });
  }
}
