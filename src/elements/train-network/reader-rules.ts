/**
 * What the reader does to `<train-network>`'s model, DOM-free: points added or removed, the
 * keyboard cursor moved, a connection or unit picked, a part of the panel opened. Pure functions
 * `(model, …) => model` beside train-network-model.ts's, in their own module because nothing
 * needs them before the reader's first action: they come with the code that follows the first
 * paint (views/later.ts).
 */
import { DOMAIN, evaluate } from '../../core/index.js';
import {
  firstOutputWeight,
  isRegression,
  prepared,
  type ConnectionRef,
  type PlacedPoint,
  type TrainModel,
} from './train-network-model.js';

/** The points changed (one added or removed): same network and epoch, new losses. */
function withPoints(model: TrainModel, points: readonly PlacedPoint[]): TrainModel {
  const data = prepared(points, model.setup);
  const metrics = evaluate(model.training.network, data);
  return { ...model, points, data, training: { ...model.training, ...metrics, batch: 0 } };
}

/** Clamps a position into the plane. */
export function inPlane(value: number): number {
  return Math.min(DOMAIN, Math.max(-DOMAIN, value));
}

/** Adds a training point of the chosen class (regression: the chosen value) where asked. */
export function addPoint(model: TrainModel, x: number, y: number): TrainModel {
  const label = isRegression(model)
    ? model.newLabel
    : Math.min(model.newLabel, model.setup.classes - 1);
  return withPoints(model, [...model.points, { x: inPlane(x), y: inPlane(y), label, test: false }]);
}

/** How near (in data units) a press must be to a point to remove it. */
export const REMOVE_RADIUS = 0.35;

/** The index of the point nearest (x, y) within REMOVE_RADIUS, or -1. */
export function pointNear(model: TrainModel, x: number, y: number): number {
  let best = -1;
  let bestDistance = REMOVE_RADIUS;
  model.points.forEach((p, k) => {
    const d = Math.hypot(p.x - x, p.y - y);
    if (d <= bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return best;
}

/** Removes a point; the last two stay (a model needs something to learn from). */
export function removePoint(model: TrainModel, index: number): TrainModel {
  if (index < 0 || model.points.length <= 2) return model;
  return withPoints(
    model,
    model.points.filter((_, k) => k !== index),
  );
}

export function moveCursor(model: TrainModel, dx: number, dy: number): TrainModel {
  return { ...model, cursor: { x: inPlane(model.cursor.x + dx), y: inPlane(model.cursor.y + dy) } };
}

export function toggleGrid(model: TrainModel): TrainModel {
  return { ...model, gridShown: !model.gridShown };
}

export function setNewLabel(model: TrainModel, label: number): TrainModel {
  return { ...model, newLabel: label };
}

export function selectConnection(model: TrainModel, ref: ConnectionRef | null): TrainModel {
  return { ...model, selected: ref };
}

/** The panel's switch: opens it on the output's first weight, or closes it. */
export function togglePanel(model: TrainModel): TrainModel {
  if (model.selected) return { ...model, selected: null, deltaShown: false };
  return selectConnection(model, firstOutputWeight(model.setup));
}

/**
 * A unit after the inputs (`layer` an index into sizes, 1 or more) was chosen: the panel opens
 * on a connection into it, keeping the unit it comes from when it can, and tells its δ.
 */
export function selectUnit(model: TrainModel, layer: number, unit: number): TrainModel {
  const { sizes } = model.training.network;
  if (layer < 1 || layer >= sizes.length || unit < 0 || unit >= sizes[layer]) return model;
  const from = model.selected?.layer === layer - 1 ? model.selected.from : 0;
  return { ...model, selected: { layer: layer - 1, to: unit, from }, deltaShown: true };
}

/** The panel's δ switch: tells where δ of the unit fed comes from, or stops telling it. */
export function toggleDelta(model: TrainModel): TrainModel {
  return model.selected ? { ...model, deltaShown: !model.deltaShown } : model;
}

/**
 * A picker in the panel chose a layer, a unit it comes from or a unit it goes to; the other two
 * stay, clamped into the layers the choice leaves.
 */
export function pickConnection(
  model: TrainModel,
  which: 'layer' | 'from' | 'to',
  value: number,
): TrainModel {
  const { sizes } = model.training.network;
  const current = model.selected ?? firstOutputWeight(model.setup);
  const next = { ...current, [which]: value };
  next.from = Math.min(next.from, sizes[next.layer] - 1);
  next.to = Math.min(next.to, sizes[next.layer + 1] - 1);
  return isConnection(model, next) ? selectConnection(model, next) : model;
}

/** Whether a connection exists in the current network. */
export function isConnection(model: TrainModel, ref: ConnectionRef): boolean {
  const w = model.training.network.weights;
  return (
    ref.layer >= 0 &&
    ref.layer < w.length &&
    ref.to >= 0 &&
    ref.to < w[ref.layer].length &&
    ref.from >= 0 &&
    ref.from < w[ref.layer][0].length
  );
}

/** Whether the keyboard cursor shows: while the plane has the focus. */
export function showCursor(model: TrainModel, shown: boolean): TrainModel {
  return shown === model.cursorShown ? model : { ...model, cursorShown: shown };
}
