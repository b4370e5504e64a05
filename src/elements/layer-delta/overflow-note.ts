import { findDenseProblem, type DenseQuantity } from '../../core/index.js';
import { ENGLISH, type MessageRef } from '../../internal/localizer.js';
import type { LayerDeltaModel } from './layer-delta-model.js';
import './messages.js';

/**
 * A note for a pass whose numbers are too large for a float (x = 1e200 through relu), shown
 * instead of a silent "—": the read-only property that would read Infinity or NaN names it.
 */
export const OVERFLOW_PROPERTIES = ['activations', 'deltas', 'weightGradients'] as const;

export interface OverflowNote {
  readonly property: (typeof OVERFLOW_PROPERTIES)[number];
  readonly message: string;
  readonly ref: MessageRef;
}

const PROPERTY: Record<DenseQuantity, OverflowNote['property']> = {
  input: 'activations',
  z: 'activations',
  a: 'activations',
  loss: 'activations',
  delta: 'deltas',
  weightGradient: 'weightGradients',
};

/** A unit's name as a message reference, so it follows the reader's language. */
function unitRef(layer: number, unit: number, layerCount: number): MessageRef {
  const name: MessageRef =
    layer === 0
      ? { key: 'layer-delta.layer.input' }
      : layer === layerCount - 1
        ? { key: 'layer-delta.layer.output' }
        : { key: 'layer-delta.layer.hidden', params: { number: layer } };
  return { key: 'layer-delta.unit', params: { layer: name, number: unit + 1 } };
}

/** The note for the model's pass, or null when every number in it is finite. */
export function overflowNote(model: LayerDeltaModel): OverflowNote | null {
  const problem = findDenseProblem(model.cache, model.result);
  if (!problem) return null;
  const ref: MessageRef =
    problem.quantity === 'loss'
      ? { key: 'layer-delta.problem.overflowLoss' }
      : {
          key: 'layer-delta.problem.overflow',
          params: { unit: unitRef(problem.layer, problem.unit, model.config.sizes.length) },
        };
  return { property: PROPERTY[problem.quantity], message: ENGLISH.text(ref), ref };
}
