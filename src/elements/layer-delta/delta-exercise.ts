/**
 * What `<layer-delta>` can ask and the numbers it hides: `ask="deltas"` asks, before the backward
 * pass reaches each layer, for the δ of that layer's first unit (the same unit every time, so
 * moving focus never changes the question); `ask="deltas-all"` for the δ of every unit in turn.
 * The words around each question (label, working, hints) and the fresh numbers of "Try new
 * numbers" are in views/questions.ts, loaded when the element first asks. Free of DOM and Lit;
 * the numbers are the core's.
 */
import type { AskedNumber } from '../../internal/exercise/exercise-element.js';
import { outputLayer, type LayerDeltaModel } from './layer-delta-model.js';

export const DELTA_QUESTIONS = ['deltas', 'deltas-all'] as const;
export type DeltaQuestion = (typeof DELTA_QUESTIONS)[number];

/** One asked δ: the layer (an index into sizes) and the unit (0-based) it belongs to. */
export interface AskedDelta extends AskedNumber {
  readonly layer: number;
  readonly unit: number;
}

/**
 * `delta-2-1`: layer 2 (as in δ₂), unit 1 (as the reader counts). Letters, digits and hyphens
 * only, so the id is a plain CSS identifier for the field and a SCORM interaction id.
 */
export const deltaId = (layer: number, unit: number): string => `delta-${layer}-${unit + 1}`;

/** The units asked in each layer: the first one, or all of them. */
function askedUnits(
  model: LayerDeltaModel,
  layer: number,
  ask: readonly DeltaQuestion[],
): number[] {
  if (ask.includes('deltas-all'))
    return Array.from({ length: model.config.sizes[layer] }, (_, unit) => unit);
  return ask.includes('deltas') ? [0] : [];
}

/** The numbers asked for, in the order the backward pass reaches them: output first. */
export function deltaAsked(model: LayerDeltaModel, ask: readonly DeltaQuestion[]): AskedDelta[] {
  const asked: AskedDelta[] = [];
  for (let layer = outputLayer(model); layer >= 1; layer--)
    for (const unit of askedUnits(model, layer, ask))
      asked.push({
        id: deltaId(layer, unit),
        expected: model.result.deltas[layer - 1][unit],
        layer,
        unit,
      });
  return asked;
}

/** The layer the next step of the backward pass reaches, or null once it reached the input. */
export function nextLayer(model: LayerDeltaModel): number | null {
  const layer = outputLayer(model) - model.step;
  return layer >= 1 ? layer : null;
}

/** Whether a question is still open (ExerciseElement's `isHidden`). */
export type IsOpen = (id: string) => boolean;

/**
 * How many layers, counted from the first, have their δ hidden: through the highest layer with a
 * question still open, since every δ below it and every gradient of those layers follow from it;
 * 0 when nothing is hidden.
 */
export function hiddenThrough(asked: readonly AskedDelta[], isOpen: IsOpen): number {
  return asked.find((question) => isOpen(question.id))?.layer ?? 0;
}

/** The layer the next step reaches while a question of it is open (the reader predicts first). */
export function waitingLayer(
  model: LayerDeltaModel,
  ask: readonly DeltaQuestion[],
  isOpen: IsOpen,
): number | null {
  const layer = nextLayer(model);
  if (layer === null) return null;
  const open = deltaAsked(model, ask).some((q) => q.layer === layer && isOpen(q.id));
  return open ? layer : null;
}

/** Each layer's δ, or null for the first `hidden` layers (copies: the model stays untouched). */
export function shownDeltas(model: LayerDeltaModel, hidden: number): (number[] | null)[] {
  return model.result.deltas.map((row, k) => (k < hidden ? null : [...row]));
}

/** dL/dW, shaped like the weights, or null for the first `hidden` layers. */
export function shownGradients(model: LayerDeltaModel, hidden: number): (number[][] | null)[] {
  return model.result.weightGradients.map((matrix, k) =>
    k < hidden ? null : matrix.map((row) => [...row]),
  );
}
