/**
 * The state of one `<chain-rule-gears>`, free of DOM and Lit: an immutable snapshot and the
 * pure rules that change it. Every rule returns a new snapshot, or the same one when nothing
 * changed, so the element can tell a real move from a no-op by identity.
 */
import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import { chainProduct, clampLever, stageOutputs } from './chain-math.js';
import { gearPath, layoutTrain, type TrainLayout } from './gear-geometry.js';
import { narrateChain, stageNames, stageUnits } from './stage-text.js';

export const DEFAULT_RATIOS: readonly number[] = [2, 3];
export const DEFAULT_INPUT = 1;
/** Arrow keys move the lever by tenths; Shift and Page keys by whole units. */
export const FINE_STEP = 0.1;
export const COARSE_STEP = 1;

export interface GearsModel {
  /** Each stage's ratio (its local derivative). */
  readonly ratios: readonly number[];
  /** Where the lever starts and where Reset returns it. */
  readonly start: number;
  /** The lever's live displacement. */
  readonly value: number;
  /** The displacement after each stage. */
  readonly outputs: readonly number[];
  /** The product of the ratios: the last stage's derivative with respect to the lever. */
  readonly product: number;
  /** The names and units the author gave; `names` and `units` fill in the rest. */
  readonly givenLabels: readonly string[];
  readonly givenUnits: readonly string[];
  /** One name and one unit per stage, the lever first; defaults in the reader's language. */
  readonly names: readonly string[];
  readonly units: readonly string[];
  /** The reader's language: default names and units, narration, and every view's words. */
  readonly l10n: Localizer;
  /** Where everything is drawn, and each gear's outline. */
  readonly layout: TrainLayout;
  readonly gearPaths: readonly string[];
  /** The stage the reader points at or focuses (its gear, readout and factor light up). */
  readonly activeStage: number | null;
  /**
   * The gear that holds the gear train's one Tab stop (1 is the first gear): the last one the
   * reader focused, so Tab comes back to it. Arrow keys move it between gears.
   */
  readonly currentGear: number;
  /** Whether a pointer drag is under way (turn animations are off while it is). */
  readonly dragging: boolean;
  /**
   * The reader is asked for the product (`ask="product"`): it and the last stage's displacement
   * (the product times the lever) are hidden everywhere, and the last gear holds still.
   */
  readonly concealed: boolean;
}

/** Recomputes what follows from the ratios, the lever and the given names. */
function derive(base: Omit<GearsModel, 'outputs' | 'product' | 'names' | 'units'>): GearsModel {
  const stages = base.ratios.length;
  return {
    ...base,
    outputs: stageOutputs(base.ratios, base.value),
    product: chainProduct(base.ratios),
    names: stageNames(base.givenLabels, stages, base.l10n),
    units: stageUnits(base.givenUnits, stages, base.l10n),
  };
}

function geometry(ratios: readonly number[]): Pick<GearsModel, 'layout' | 'gearPaths'> {
  const layout = layoutTrain(ratios);
  return { layout, gearPaths: layout.gears.map((gear) => gearPath(gear.teeth, gear.pitchRadius)) };
}

/** The element before any attribute is read: ratios 2 and 3, lever at 1. */
export function createGears(l10n: Localizer = ENGLISH): GearsModel {
  return derive({
    l10n,
    ratios: DEFAULT_RATIOS,
    start: DEFAULT_INPUT,
    value: DEFAULT_INPUT,
    givenLabels: [],
    givenUnits: [],
    ...geometry(DEFAULT_RATIOS),
    activeStage: null,
    currentGear: 1,
    dragging: false,
    concealed: false,
  });
}

/**
 * New ratios: a new train; a highlight on a stage that no longer exists is dropped, and the Tab
 * stop on a gear that no longer exists moves to the last gear.
 */
export function withRatios(model: GearsModel, ratios: readonly number[]): GearsModel {
  const activeStage =
    model.activeStage !== null && model.activeStage > ratios.length ? null : model.activeStage;
  const currentGear = Math.min(model.currentGear, ratios.length);
  return derive({ ...model, ratios, ...geometry(ratios), activeStage, currentGear });
}

/** A new starting displacement: the reset point, and the lever moves there too. */
export function withStart(model: GearsModel, start: number): GearsModel {
  const value = clampLever(start);
  return derive({ ...model, start: value, value });
}

export function withLabels(model: GearsModel, labels: readonly string[]): GearsModel {
  return derive({ ...model, givenLabels: labels });
}

export function withUnits(model: GearsModel, units: readonly string[]): GearsModel {
  return derive({ ...model, givenUnits: units });
}

/** The reader's language changed: default names and units follow it; the author's stay as given. */
export function withLanguage(model: GearsModel, l10n: Localizer): GearsModel {
  return model.l10n === l10n ? model : derive({ ...model, l10n });
}

/** Places the lever exactly (kept inside its travel), as script does through `value`. */
export function placeLever(model: GearsModel, value: number): GearsModel {
  if (!Number.isFinite(value)) return model;
  const placed = clampLever(value) || 0;
  return placed === model.value ? model : derive({ ...model, value: placed });
}

/** Snaps a reader's lever position to tenths (no float dust, no −0) inside the travel. */
export function snapLever(value: number): number {
  return clampLever(Math.round(value * 10) / 10) || 0;
}

/** Moves the lever as the reader does: snapped to tenths. The same snapshot when it stays put. */
export function moveLever(model: GearsModel, value: number): GearsModel {
  return placeLever(model, snapLever(value));
}

/** Back to the starting displacement. */
export function resetLever(model: GearsModel): GearsModel {
  return moveLever(model, model.start);
}

export function highlight(model: GearsModel, stage: number): GearsModel {
  if (stage < 1 || stage > model.ratios.length || model.activeStage === stage) return model;
  return { ...model, activeStage: stage };
}

/** The reader focused gear `stage`: it lights up and holds the gear train's Tab stop. */
export function focusGear(model: GearsModel, stage: number): GearsModel {
  if (stage < 1 || stage > model.ratios.length) return model;
  const lit = highlight(model, stage);
  return lit.currentGear === stage ? lit : { ...lit, currentGear: stage };
}

/** Clears the highlight if it is still on `stage` (another stage may have taken it). */
export function unhighlight(model: GearsModel, stage: number): GearsModel {
  return model.activeStage === stage ? { ...model, activeStage: null } : model;
}

export function withDragging(model: GearsModel, dragging: boolean): GearsModel {
  return model.dragging === dragging ? model : { ...model, dragging };
}

/** Hides (or shows again) the product and the last stage's displacement. */
export function withConcealed(model: GearsModel, concealed: boolean): GearsModel {
  return model.concealed === concealed ? model : { ...model, concealed };
}

/** Each stage's displacement as the page may read it: the last one null while concealed. */
export function shownOutputs(model: GearsModel): (number | null)[] {
  const last = model.outputs.length - 1;
  return model.outputs.map((output, k) => (model.concealed && k === last ? null : output));
}

/** The product as the page may read it: null while concealed. */
export function shownProduct(model: GearsModel): number | null {
  return model.concealed ? null : model.product;
}

/** What the `input` and `change` events carry (fresh arrays: the snapshot stays untouched). */
export function eventDetail(model: GearsModel): {
  value: number;
  outputs: (number | null)[];
  product: number | null;
} {
  return { value: model.value, outputs: shownOutputs(model), product: shownProduct(model) };
}

/** The sentence the live region speaks after a reader's move (the last gear's left out while concealed). */
export function narration(model: GearsModel): string {
  const stages = model.concealed ? model.ratios.length - 1 : model.ratios.length;
  return narrateChain(
    model.names,
    model.units,
    model.value,
    model.ratios.slice(0, stages),
    model.outputs.slice(0, stages),
    model.l10n,
  );
}
