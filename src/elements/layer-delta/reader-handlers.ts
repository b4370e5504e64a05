/**
 * What the reader does, as handlers: Step, Run and Reset, a layer picked, a unit keyed or
 * clicked, a weight dragged, picked, typed or moved by its slider's keys, and the typed fields of
 * x and y. Each turns what the reader did into an outcome from layer-delta-actions.ts and hands
 * it to the element, which applies it. A chunk of its own with the actions: nothing here is needed
 * before the reader's first action, so the figure paints without it and it is fetched once the
 * page is idle (waiting-handlers.ts, which reads each event before handing it on).
 */
import { sliderKey } from '../../internal/interaction.js';
import type { Localizer } from '../../internal/localizer.js';
import { unitKeyAction } from './keyboard-grid.js';
import * as actions from './layer-delta-actions.js';
import * as rules from './layer-delta-model.js';
import { WEIGHT_LIMIT, type LayerDeltaModel, type WeightRef } from './layer-delta-model.js';

/** What the handlers need of the element: its snapshot, its language and its exercise. */
export interface ReaderHost {
  model(): LayerDeltaModel;
  /** Replaces the snapshot without events (a weight chosen). */
  replace(model: LayerDeltaModel): void;
  apply(outcome: actions.Outcome): void;
  l10n(): Localizer;
  /** The layer whose δ the reader predicts before the pass may reach it, or null. */
  askedLayer(model?: LayerDeltaModel): number | null;
  /** Applies a step's outcome, then turns to the layer asked about, if any. */
  stepped(outcome: actions.Outcome): void;
  /** Moves the roving Tab stop to a unit and focuses it once drawn. */
  focusUnitAt(layer: number, unit: number): void;
}

/** A field's step (Arrow Up/Down, Page Up/Down) as the waiting handlers read it. */
export interface FieldStep {
  field: 'x' | 'y' | 'weight';
  index: number;
  value: number;
}

export type ReaderHandlers = ReturnType<typeof readerHandlers>;

export function readerHandlers(host: ReaderHost) {
  const { model, l10n, apply } = host;

  const selectLayer = (layer: number): void => apply(actions.pickLayer(model(), layer, l10n()));
  const unitClick = (layer: number, unit: number): void =>
    apply(actions.pressUnit(model(), layer, unit, l10n()));

  /** A typed x or y (`commit`: Enter, blur), or a typed weight or its slider. */
  const typeVector = (field: 'x' | 'y', index: number, value: number, commit: boolean): void =>
    apply(actions.typeVector(model(), field, index, value, commit, l10n()));
  const typeWeight = (value: number, commit: boolean): void =>
    apply(actions.typeWeight(model(), value, commit, l10n()));

  return {
    /** Step and Run stop before a layer whose δ the reader predicts; its field takes the focus. */
    step: (): void => {
      if (host.askedLayer() === null) host.stepped(actions.step(model(), l10n()));
    },
    run: (): void => {
      if (host.askedLayer() !== null) return;
      host.stepped(actions.runToInput(model(), l10n(), (next) => host.askedLayer(next)));
    },
    reset: (): void => apply(actions.reset(model(), l10n())),
    selectLayer,
    unitClick,

    /** Arrow keys inside the network: the one Tab stop moves with the focus (roving tabindex). */
    unitKey: (event: KeyboardEvent, layer: number, unit: number): void => {
      const action = unitKeyAction(event.key, model().config.sizes, layer, unit);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'select') unitClick(layer, unit);
      else host.focusUnitAt(action.layer, action.unit);
    },

    /** A connection pressed: its layer and the weight chosen, before the drag moves it. */
    chooseWeight: (ref: WeightRef): void => {
      if (ref.layer !== model().selectedLayer) selectLayer(ref.layer);
      host.replace(rules.selectWeight(model(), ref));
    },
    dragWeight: (ref: WeightRef, value: number): void =>
      apply(actions.editWeight(model(), ref, value)),
    /** The drag ended; a drag that moved the weight commits it. */
    dropWeight: (ref: WeightRef, moved: boolean): void => {
      if (moved) apply(actions.commitWeight(model(), ref, l10n()));
    },

    typeVector,
    typeWeight,
    /** Arrow Up/Down (Shift: coarse) and Page Up/Down step a typed field, as a number field does. */
    stepField: ({ field, index, value }: FieldStep): void =>
      field === 'weight' ? typeWeight(value, true) : typeVector(field, index, value, true),
    /** One of the weight pickers: the weight from another unit, or to another. */
    pickWeight: (which: 'row' | 'column', unit: number): void =>
      host.replace(rules.selectWeight(model(), { ...model().selectedWeight, [which]: unit })),
    /** The weight's slider keys, all handled here so Home and End never scroll the page. */
    weightSliderKey: (event: KeyboardEvent): void => {
      const ref = model().selectedWeight;
      const range = { min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT, fine: 0.1, coarse: 1 };
      const value = sliderKey(event, rules.weightAt(model(), ref), range);
      if (value === null) return;
      event.preventDefault();
      apply(actions.editWeight(model(), ref, rules.roundWeight(value)));
      apply(actions.commitWeight(model(), ref, l10n()));
    },
  };
}
