/**
 * The state of one `<chain-rule-gears>`, free of DOM and Lit: an immutable snapshot and the
 * pure rules that change it. Every rule returns a new snapshot, or the same one when nothing
 * changed, so the element can tell a real move from a no-op by identity. The snapshot holds what
 * the reader and the author set; what follows from it (outputs, product, names, the drawing) is
 * computed by `viewOf` when drawn, in the language the element hands it.
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
  /** The names and units the author gave; the view fills in the rest. */
  readonly givenLabels: readonly string[];
  readonly givenUnits: readonly string[];
  /** The stage the reader points at or focuses (its gear, readout and factor light up). */
  readonly activeStage: number | null;
  /**
   * The gear that holds the gear train's one Tab stop (1 is the first gear): the last one the
   * reader focused, so Tab comes back to it. Arrow keys move it between gears.
   */
  readonly currentGear: number;
  /** Whether a pointer drag is under way (turn animations are off while it is). */
  readonly dragging: boolean;
}

/** What the views draw: the model, and what follows from it in the reader's language. */
export interface GearsView extends GearsModel {
  /** The displacement after each stage. */
  readonly outputs: readonly number[];
  /** The product of the ratios: the last stage's derivative with respect to the lever. */
  readonly product: number;
  /** One name and one unit per stage, the lever first; defaults in the reader's language. */
  readonly names: readonly string[];
  readonly units: readonly string[];
  /** The reader's language, for every view's words. */
  readonly l10n: Localizer;
  /** Where everything is drawn, and each gear's outline. */
  readonly layout: TrainLayout;
  readonly gearPaths: readonly string[];
  /**
   * The reader is asked for the product (`ask="product"`): it and the last stage's displacement
   * (the product times the lever) are hidden everywhere, and the last gear holds still.
   */
  readonly concealed: boolean;
}

/** The displacement after each stage. */
export function outputsOf(model: GearsModel): number[] {
  return stageOutputs(model.ratios, model.value);
}

export function productOf(model: GearsModel): number {
  return chainProduct(model.ratios);
}

/**
 * The drawing of a train, made once per ratios (a drag or a language switch keeps the same
 * array, so the same layout and gear outlines).
 */
const trains = new WeakMap<readonly number[], Pick<GearsView, 'layout' | 'gearPaths'>>();

function trainOf(ratios: readonly number[]): Pick<GearsView, 'layout' | 'gearPaths'> {
  let train = trains.get(ratios);
  if (!train) {
    const layout = layoutTrain(ratios);
    const gearPaths = layout.gears.map((gear) => gearPath(gear.teeth, gear.pitchRadius));
    trains.set(ratios, (train = { layout, gearPaths }));
  }
  return train;
}

export function layoutOf(model: GearsModel): TrainLayout {
  return trainOf(model.ratios).layout;
}

/** Names or units made from what the author gave, for one number of stages in one language. */
interface Words {
  readonly stages: number;
  readonly l10n: Localizer;
  readonly words: readonly string[];
}

/**
 * The names and units last made from each given list: a move of the lever makes a new model
 * with the same lists, and keeps the same words (the same arrays), so a view that shows only
 * words is not made again.
 */
const names = new WeakMap<readonly string[], Words>();
const units = new WeakMap<readonly string[], Words>();

function wordsOf(
  kept: WeakMap<readonly string[], Words>,
  given: readonly string[],
  stages: number,
  l10n: Localizer,
  make: (given: readonly string[], stages: number, l10n: Localizer) => string[],
): readonly string[] {
  let words = kept.get(given);
  if (words?.stages !== stages || words.l10n !== l10n) {
    words = { stages, l10n, words: make(given, stages, l10n) };
    kept.set(given, words);
  }
  return words.words;
}

/** The last view made for each model, so a render that changes nothing computes nothing. */
const views = new WeakMap<GearsModel, GearsView>();

/**
 * The view of a model in a language, the product `concealed` or not: computed when asked, kept
 * only while the model lives.
 */
export function viewOf(model: GearsModel, l10n: Localizer = ENGLISH, concealed = false): GearsView {
  const kept = views.get(model);
  if (kept?.l10n === l10n && kept.concealed === concealed) return kept;
  const stages = model.ratios.length;
  const view: GearsView = {
    ...model,
    ...trainOf(model.ratios),
    outputs: outputsOf(model),
    product: productOf(model),
    names: wordsOf(names, model.givenLabels, stages, l10n, stageNames),
    units: wordsOf(units, model.givenUnits, stages, l10n, stageUnits),
    l10n,
    concealed,
  };
  views.set(model, view);
  return view;
}

/** The element before any attribute is read: ratios 2 and 3, lever at 1. */
export function createGears(): GearsModel {
  return {
    ratios: DEFAULT_RATIOS,
    start: DEFAULT_INPUT,
    value: DEFAULT_INPUT,
    givenLabels: [],
    givenUnits: [],
    activeStage: null,
    currentGear: 1,
    dragging: false,
  };
}

/**
 * New ratios: a new train; a highlight on a stage that no longer exists is dropped, and the Tab
 * stop on a gear that no longer exists moves to the last gear.
 */
export function withRatios(model: GearsModel, ratios: readonly number[]): GearsModel {
  const activeStage =
    model.activeStage !== null && model.activeStage > ratios.length ? null : model.activeStage;
  const currentGear = Math.min(model.currentGear, ratios.length);
  return { ...model, ratios, activeStage, currentGear };
}

/** A new starting displacement: the reset point, and the lever moves there too. */
export function withStart(model: GearsModel, start: number): GearsModel {
  const value = clampLever(start);
  return { ...model, start: value, value };
}

export function withLabels(model: GearsModel, labels: readonly string[]): GearsModel {
  return { ...model, givenLabels: labels };
}

export function withUnits(model: GearsModel, units: readonly string[]): GearsModel {
  return { ...model, givenUnits: units };
}

/** Places the lever exactly (kept inside its travel), as script does through `value`. */
export function placeLever(model: GearsModel, value: number): GearsModel {
  if (!Number.isFinite(value)) return model;
  const placed = clampLever(value) || 0;
  return placed === model.value ? model : { ...model, value: placed };
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

/** Each stage's displacement as a page may read it: the last one null while `concealed`. */
export function shownOutputs(model: GearsModel, concealed = false): (number | null)[] {
  const outputs = outputsOf(model);
  return outputs.map((output, k) => (concealed && k === outputs.length - 1 ? null : output));
}

/** The product as a page may read it: null while `concealed`. */
export function shownProduct(model: GearsModel, concealed = false): number | null {
  return concealed ? null : productOf(model);
}

/** What the `input` and `change` events carry (fresh arrays, computed for each event). */
export function eventDetail(
  model: GearsModel,
  concealed = false,
): { value: number; outputs: (number | null)[]; product: number | null } {
  return {
    value: model.value,
    outputs: shownOutputs(model, concealed),
    product: shownProduct(model, concealed),
  };
}

/**
 * The sentence the live region speaks after a reader's move; while the product is `concealed`,
 * the last gear's clause is left out.
 */
export function narration(model: GearsModel, l10n: Localizer = ENGLISH, concealed = false): string {
  const { names, units, outputs } = viewOf(model, l10n);
  const stages = concealed ? model.ratios.length - 1 : model.ratios.length;
  const ratios = model.ratios.slice(0, stages);
  return narrateChain(names, units, model.value, ratios, outputs.slice(0, stages), l10n);
}
