/**
 * The part of `<graph-backprop>`'s exercise its first load needs: the `ask` setting and the
 * question "is this number hidden?", which every view asks and which says no while the element
 * asks nothing. The questions themselves (which numbers, how far Step may go, what stays hidden)
 * are graph-exercise.ts, loaded before the first update that asks something.
 */
import type { GradNode } from '../../core/index.js';
import type { Parsed } from '../../internal/attributes.js';
import type { AskSpec } from '../../internal/exercise/exercise-settings.js';
import type { GraphModel } from './graph-backprop-model.js';

/** The word that asks every step's contributions; any other word names a variable. */
export const STEPS = 'steps';

/**
 * `ask`: `steps` and/or variable names, separated by spaces or commas; empty (the default) asks
 * nothing. Whether each name is a variable of the expression is checked by the element, which
 * knows the expression: any other word is refused there, with a note and an `error` event. Its
 * one fixed kind is `steps` (what a tool such as the builder can offer without the expression).
 */
export const ASK: AskSpec = {
  attribute: 'ask',
  parse: (text: string): Parsed<readonly string[]> => ({
    ok: true,
    value: [...new Set(text.split(/[\s,]+/).filter((word) => word !== ''))],
  }),
  fallback: [],
  kinds: [STEPS],
};

/**
 * Which numbers the views, the narration and the element's properties must keep hidden now. Pure
 * functions of a snapshot and the questions still open, so every place asks the same thing.
 */
export interface Concealment {
  /** Whether what input `index` of `user`'s backward step receives is hidden. */
  contribution(model: GraphModel, user: GradNode, index: number): boolean;
  /** Whether `node`'s gradient (so far or final) is hidden. */
  gradient(model: GraphModel, node: GradNode): boolean;
  /**
   * Whether the gradient `node` has so far (what the steps taken brought it) is hidden: some
   * share the pass has already passed it is a hidden number.
   */
  soFar(model: GraphModel, node: GradNode): boolean;
}

export const NOTHING_HIDDEN: Concealment = {
  contribution: () => false,
  gradient: () => false,
  soFar: () => false,
};

/** The concealment of a snapshot: nothing unless the element asks something. */
export const concealmentOf = (model: GraphModel): Concealment => model.hidden ?? NOTHING_HIDDEN;
