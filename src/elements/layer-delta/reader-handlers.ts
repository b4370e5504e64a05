/**
 * What the reader does, as handlers: Step, Run and Reset, a layer picked, a unit keyed or
 * clicked, a weight dragged, picked, typed or moved by its slider's keys, and the typed fields of
 * x and y. Each turns what the reader did into an outcome from layer-delta-actions.ts and hands
 * it to the element, which applies it. A chunk of its own with the actions and the fields the
 * reader types in (views/fields.ts): the figure paints without them and they are fetched right
 * after its first render; an action on the figure taken sooner waits for them
 * (waiting-handlers.ts), and the fields are drawn once they are here.
 */
import { css } from 'lit';
import { sliderKey } from '../../internal/interaction.js';
import type { Localizer } from '../../internal/localizer.js';
import { unitKeyAction } from './keyboard-grid.js';
import * as actions from './layer-delta-actions.js';
import * as rules from './layer-delta-model.js';
import { WEIGHT_LIMIT, type LayerDeltaModel, type WeightRef } from './layer-delta-model.js';
import { selectWeight } from './reader-edits.js';
import { fieldNumber, fieldStep, vectorFieldOf } from './views/fields.js';

import { deltaStyles } from './views/delta.styles.js';
import { fieldsStyles } from './views/fields.styles.js';
import { travelStyles } from './views/travel.js';

export { renderVectors, renderWeightEditor } from './views/fields.js';
export { renderTravel } from './views/travel.js';

/**
 * The fields' styles, the units' δ marks and the travelling dots', adopted when the code is first
 * used: a δ is on screen only after a step, which is this code's.
 */
export const styles = css`
  ${fieldsStyles}
  ${deltaStyles}
  ${travelStyles}
`;

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

export type ReaderHandlers = ReturnType<typeof readerHandlers>;

export function readerHandlers(host: ReaderHost) {
  const { model, l10n, apply } = host;

  const selectLayer = (layer: number): void => apply(actions.pickLayer(model(), layer, l10n()));
  const unitClick = (layer: number, unit: number): void =>
    apply(actions.pressUnit(model(), layer, unit, l10n()));

  /** A typed x or y (`commit`: Enter, blur, a key's step), or a typed weight or its slider. */
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
      host.replace(selectWeight(model(), ref));
    },
    dragWeight: (ref: WeightRef, value: number): void =>
      apply(actions.editWeight(model(), ref, value)),
    /** The drag ended; a drag that moved the weight commits it. */
    dropWeight: (ref: WeightRef, moved: boolean): void => {
      if (moved) apply(actions.commitWeight(model(), ref, l10n()));
    },

    /** Typing into x or y (`input`), or committing it (`change`: Enter, blur). */
    vectorEdit: (event: Event): void => {
      const { field, index } = vectorFieldOf(event);
      typeVector(field, index, fieldNumber(l10n(), event), event.type === 'change');
    },
    /** Arrow Up/Down (Shift: coarse) and Page Up/Down step a typed field, as a number field does. */
    fieldKey: (event: KeyboardEvent): void => {
      const step = fieldStep(l10n(), event);
      if (!step) return;
      event.preventDefault();
      const { field, index, value } = step;
      if (field === 'weight') typeWeight(value, true);
      else typeVector(field, index, value, true);
    },
    /** One of the weight pickers: the weight from another unit, or to another. */
    weightPick: (event: Event): void => {
      const select = event.target as HTMLSelectElement;
      const which = select.dataset.pick === 'row' ? 'row' : 'column';
      const ref = { ...model().selectedWeight, [which]: Number(select.value) };
      host.replace(selectWeight(model(), ref));
    },
    /** The weight's typed field or slider: `input` edits, `change` (Enter, blur, release) commits. */
    weightEdit: (event: Event): void => {
      const target = event.target as HTMLInputElement;
      const value = target.type === 'range' ? target.valueAsNumber : fieldNumber(l10n(), event);
      typeWeight(value, event.type === 'change');
    },
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
