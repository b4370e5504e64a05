/**
 * The snapshot changes only a reader's actions make: a variable dragged, keyed or typed to a
 * value, one step of the pass, back to its start, the value field marked. Pure functions of a
 * GraphModel (graph-backprop-model.ts, whose settings make the rest); not part of the first load,
 * they come with the reader's code.
 */
import {
  activePass,
  evaluated,
  stepTo,
  stopPlaying,
  VALUE_LIMIT,
  type GraphModel,
} from './graph-backprop-model.js';

/** A value the reader gives, kept within ±VALUE_LIMIT. */
export function clampValue(value: number): number {
  return Math.max(-VALUE_LIMIT, Math.min(VALUE_LIMIT, value));
}

/**
 * One variable set by the reader (clamped): the graph runs again at the new value, the step
 * position kept. No new graph: a drag calls this on every pointer move.
 */
export function setVariable(model: GraphModel, name: string, value: number): GraphModel {
  if (!model.graph.variables.has(name)) return model;
  const values = { ...model.graph.values(), [name]: clampValue(value) };
  return { ...model, ...evaluated(model.graph, values, model), valueInvalid: false };
}

/** Marks whether the panel's value field holds something that is not a number. */
export function markValueField(model: GraphModel, invalid: boolean): GraphModel {
  return invalid === model.valueInvalid ? model : { ...model, valueInvalid: invalid };
}

/** One step further; at the end, unchanged. */
export function stepOnce(model: GraphModel): GraphModel {
  return stepTo(model, activePass(model).done + 1);
}

/** Back to the start of the pass, not playing. */
export function resetPass(model: GraphModel): GraphModel {
  return stopPlaying(stepTo(model, 0));
}
