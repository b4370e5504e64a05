import { findDenseProblem } from '../../core/index.js';
import { ENGLISH } from '../../internal/localizer.js';
import type { LayerDeltaModel } from './layer-delta-model.js';
import './messages.js';

/** The read-only properties that would read Infinity or NaN; the note is filed under one. */
export const OVERFLOW_PROPERTIES = ['activations', 'deltas', 'weightGradients'] as const;

const ref = { key: 'layer-delta.problem.overflow' };

/**
 * A note for a pass whose numbers are too large for a float (x = 1e200 through relu), shown
 * instead of a silent "—", under the property where they first overflow; null when all are
 * finite.
 */
export function overflowNote(model: LayerDeltaModel) {
  const quantity = findDenseProblem(model.cache, model.result)?.quantity;
  if (!quantity) return null;
  const property = OVERFLOW_PROPERTIES[quantity === 'δ' ? 1 : quantity === 'dL/dW' ? 2 : 0];
  return { property, message: ENGLISH.text(ref), ref };
}
