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

/** The read-only properties that would read Infinity or NaN; the note is filed under one. */
export const OVERFLOW_PROPERTIES = ['activations', 'deltas', 'weightGradients'] as const;

/**
 * A note for a pass whose numbers are too large for a float (x = 1e200 through relu), shown
 * instead of a silent "—", under the property where they first overflow; null when all are
 * finite.
 */
export function overflowNote(model: LayerDeltaModel) {
  const quantity = findDenseProblem(model.cache, model.result)?.quantity;
  if (!quantity) return null;
  const property = OVERFLOW_PROPERTIES[quantity === 'δ' ? 1 : quantity === 'dL/dW' ? 2 : 0];
  return { property, ...problem('layer-delta.problem.overflow') };
}
