/**
 * What the reader's actions make of a snapshot, DOM-free: a step of the backward pass, a unit
 * pressed, a weight chosen or set, an entry of x or y typed. Like the snapshot's own rules
 * (layer-delta-model.ts), never a mutation: an edited weight gets a new weights array sharing the
 * untouched layers. These come with the reader's code (reader-handlers.ts), not in the element's
 * first load.
 */
import type { Loss } from '../../core/index.js';
import { targetRange } from './config.js';
import {
  canStep,
  chooseWeightIn,
  computed,
  outputLayer,
  selectLayer,
  WEIGHT_LIMIT,
  type LayerDeltaModel,
  type WeightRef,
} from './layer-delta-model.js';
import './steps.messages.js';

/** One more layer's delta, the deltas' dots travelling into it. */
export function stepBackward(model: LayerDeltaModel): LayerDeltaModel {
  if (!canStep(model)) return model;
  const step = model.step + 1;
  const layer = outputLayer(model) - step + 1;
  return {
    ...model,
    step,
    selectedLayer: layer,
    selectedWeight: chooseWeightIn(model, layer),
    travel: { key: (model.travel?.key ?? 0) + 1, layer },
  };
}

/** The layer the last step reached (valid once step > 0). */
export const steppedLayer = (model: LayerDeltaModel): number => outputLayer(model) - model.step + 1;

/** A click (or Enter) on a unit: its numbers in the readout, and its layer selected. */
export function clickUnit(model: LayerDeltaModel, layer: number, unit: number): LayerDeltaModel {
  const described: LayerDeltaModel = { ...model, readout: { kind: 'unit', layer, unit } };
  return layer >= 1 ? selectLayer(described, layer) : described;
}

export function selectWeight(model: LayerDeltaModel, ref: WeightRef): LayerDeltaModel {
  return { ...model, selectedWeight: ref, readout: { kind: 'weight', ref } };
}

/** Sets one weight (clamped to ±WEIGHT_LIMIT), recomputing everything downstream. */
export function setWeight(model: LayerDeltaModel, ref: WeightRef, value: number): LayerDeltaModel {
  const clamped = Math.max(-WEIGHT_LIMIT, Math.min(WEIGHT_LIMIT, value));
  const k = ref.layer - 1;
  const weights = model.network.weights.map((matrix, l) =>
    l !== k
      ? matrix
      : matrix.map((row, i) =>
          i !== ref.row ? row : row.map((w, j) => (j === ref.column ? clamped : w)),
        ),
  );
  const next = computed({ ...model, network: { ...model.network, weights }, selectedWeight: ref });
  return { ...next, readout: { kind: 'weight', ref } };
}

/** Sets x[index] or y[index], recomputing everything downstream. */
export function setVectorValue(
  model: LayerDeltaModel,
  field: 'x' | 'y',
  index: number,
  value: number,
): LayerDeltaModel {
  if (field === 'y')
    return computed({
      ...model,
      target: withTargetEntry(model.config.loss, model.target, index, value),
    });
  return computed({ ...model, input: model.input.map((v, j) => (j === index ? value : v)) });
}

/**
 * y with entry `index` typed by the reader. A ce target stays a probability vector: the other
 * entries share what is left of 1 in their current proportions (equally when they are all 0).
 */
export function withTargetEntry(
  loss: Loss,
  target: readonly number[],
  index: number,
  value: number,
): number[] {
  if (loss !== 'ce') return target.map((v, j) => (j === index ? value : v));
  const others = target.reduce((total, v, j) => (j === index ? total : total + v), 0);
  const rest = 1 - value;
  return target.map((v, j) => {
    if (j === index) return value;
    return others > 0 ? (v / others) * rest : rest / (target.length - 1);
  });
}

/** Whether a value the reader typed into y fits the loss (x takes any finite number). */
export function acceptsTarget(loss: Loss, value: number): boolean {
  const range = targetRange(loss);
  return !range || (value >= range.min && value <= range.max);
}
