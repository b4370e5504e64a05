/**
 * The checks of `<layer-delta>` whose notes come with refusals.ts: settings that do not fit
 * together, weights or biases set in another shape than `sizes` asks, and a pass whose numbers
 * grow too large for a float. None of them refuses on a page whose numbers fit, so the notes are
 * fetched the first time one does: a refusal goes to the element's `check` (base-element.ts),
 * passed in as `check`, as a problem from refusals.ts, which the base holds until it is here.
 */
import type { Problem } from '../../internal/attributes.js';
import type { ProblemFrom } from '../../internal/base-element.js';
import { LazyView } from '../../internal/lazy-view.js';
import { isFinitePass, type LayerDeltaModel } from './layer-delta-model.js';
import { misfit } from './shapes.js';

/** The notes for values the element cannot use, fetched the first time a page gives some. */
export const refusals = new LazyView(() => import('./refusals.js'));
type Refusals = typeof import('./refusals.js');

/** The element's `check` (base-element.ts), as the checks here call it. */
export type Check = (name: string, problem: Problem | ProblemFrom<Refusals> | null) => void;

/** A refusal worked out by refusals.ts, which brings its words. */
const fromRefusals = (problem: (notes: Refusals) => Problem | null): ProblemFrom<Refusals> => ({
  from: refusals,
  problem,
});

/** The verdicts of the settings that must fit together (config.ts's `fitSettings`). */
export function checkSettings(verdicts: Record<string, Problem | null>, check: Check): void {
  for (const [name, problem] of Object.entries(verdicts))
    check(name, problem && fromRefusals(() => problem));
}

/**
 * Whether weights or biases set from code fit `sizes` (shapes.ts's `misfit`): a fit clears the
 * note, a misfit files one, and the values in use stay.
 */
export function checkFit(
  name: 'weights' | 'biases',
  value: unknown,
  sizes: readonly number[],
  check: Check,
): boolean {
  const bad = misfit(value, sizes, name);
  check(name, bad === null ? null : fromRefusals((notes) => notes.shapeProblem(bad, sizes, name)));
  return bad === null;
}

/**
 * The read-only properties that would read Infinity or NaN, in the order a pass fills them; the
 * note is filed under the one where the numbers first overflow.
 */
const OVERFLOW_PROPERTIES = ['activations', 'deltas', 'weightGradients'] as const;

/** The note for a pass whose numbers grow too large for a float, checked on every update. */
export class OverflowCheck {
  /** Whether the last check found a number too large (its note is on screen). */
  private overflowed = false;

  /**
   * Files the note under the read-only property where the numbers of `model` first overflow
   * (refusals.ts says which), and clears the others. A pass with no overflow, after one
   * without, has nothing to clear: the usual case skips.
   */
  run(model: LayerDeltaModel, check: Check): void {
    const overflowed = !isFinitePass(model);
    if (!overflowed && !this.overflowed) return;
    this.overflowed = overflowed;
    for (const name of OVERFLOW_PROPERTIES)
      check(name, overflowed ? fromRefusals((notes) => notes.overflowNote(model, name)) : null);
  }
}
