/**
 * The notes for numbers `<layer-delta>` cannot use: weights or biases set from code in another
 * shape than `sizes` asks, and a pass whose numbers grow too large for a float. Neither happens
 * on a page whose numbers fit, so this is a chunk of its own, fetched the first time one does
 * (the element keeps its numbers meanwhile, and its `updateComplete` waits for the note).
 * DOM-free.
 */
import { findDenseProblem } from '../../core/index.js';
import { problem, type Problem } from '../../internal/attributes.js';
import type { LayerDeltaModel } from './layer-delta-model.js';
import './refusals.messages.js';

/** The note for weights or biases whose entry `bad` does not fit `sizes` (-1: not one per layer). */
export function shapeProblem(
  bad: number,
  sizes: readonly number[],
  kind: 'weights' | 'biases',
): Problem {
  const expected: Record<string, string | number> = { layers: sizes.length - 1 };
  if (kind === 'biases') expected.sizes = sizes.slice(1).join(', ');
  else
    expected.shapes = sizes
      .slice(1)
      .map((rows, l) => `${rows}×${sizes[l]}`)
      .join(', ');
  if (bad === -1) return problem(`layer-delta.problem.${kind}`, expected);
  return problem(`layer-delta.problem.${kind}At`, { ...expected, index: bad });
}

/** The last pass looked at, and the read-only property where its numbers first overflow. */
let looked: { model: LayerDeltaModel; property: string | null } | undefined;

/**
 * The note for a pass whose numbers are too large for a float (x = 1e200 through relu), shown
 * instead of a silent "—", under the read-only property where they first overflow (`activations`,
 * `deltas` or `weightGradients`); null for the others, and for all when every number is finite.
 * The three properties ask about the same pass in turn: it is looked through once.
 */
export function overflowNote(model: LayerDeltaModel, property: string): Problem | null {
  if (looked?.model !== model) {
    const quantity = findDenseProblem(model.cache, model.result)?.quantity;
    const where =
      quantity === 'δ' ? 'deltas' : quantity === 'dL/dW' ? 'weightGradients' : 'activations';
    looked = { model, property: quantity ? where : null };
  }
  return looked.property === property ? problem('layer-delta.problem.overflow') : null;
}
