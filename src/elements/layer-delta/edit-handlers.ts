/**
 * What the reader edits, as handlers for the views: a weight dragged, picked, typed or moved by
 * its slider's keys, and the typed fields of x and y. Each turns the event into an outcome from
 * layer-delta-actions.ts and hands it to the element, which applies it.
 */
import type { ReactiveControllerHost } from 'lit';
import { sliderKey } from '../../internal/interaction.js';
import { DragHold } from '../../internal/lifecycle.js';
import type { Localizer } from '../../internal/localizer.js';
import * as actions from './layer-delta-actions.js';
import * as rules from './layer-delta-model.js';
import { WEIGHT_LIMIT, type LayerDeltaModel, type WeightRef } from './layer-delta-model.js';
import { fieldNumber, fieldStep, vectorFieldOf } from './views/fields.js';
import { dragWeight } from './weight-drag.js';

/** What the handlers need of the element: its snapshot, its language and how it applies outcomes. */
export interface EditHost {
  model(): LayerDeltaModel;
  /** Replaces the snapshot without events (a weight chosen). */
  replace(model: LayerDeltaModel): void;
  apply(outcome: actions.Outcome): void;
  l10n(): Localizer;
  selectLayer(layer: number): void;
}

export function editHandlers(element: ReactiveControllerHost & HTMLElement, host: EditHost) {
  /** The weight drag under way, ended when the element leaves the page. */
  const drag = new DragHold(element);

  const weightPointerDown = (event: PointerEvent, ref: WeightRef): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    if (ref.layer !== host.model().selectedLayer) host.selectLayer(ref.layer);
    host.replace(rules.selectWeight(host.model(), ref));
    drag.end();
    const finish = dragWeight(event, rules.weightAt(host.model(), ref), {
      move: (value) => host.apply(actions.editWeight(host.model(), ref, value)),
      end: (moved) => {
        if (moved) host.apply(actions.commitWeight(host.model(), ref, host.l10n()));
      },
    });
    drag.hold(finish);
  };

  /** Typing into x or y (`input`), or committing it (`change`: Enter, blur). */
  const vectorEdit = (event: Event): void => {
    const { field, index } = vectorFieldOf(event);
    const value = fieldNumber(host.l10n(), event);
    const commit = event.type === 'change';
    host.apply(actions.typeVector(host.model(), field, index, value, commit, host.l10n()));
  };

  /** Arrow Up/Down (Shift: coarse) and Page Up/Down step a typed field, as a number field does. */
  const fieldKey = (event: KeyboardEvent): void => {
    const step = fieldStep(host.l10n(), event);
    if (!step) return;
    event.preventDefault();
    const { field, index, value } = step;
    host.apply(
      field === 'weight'
        ? actions.typeWeight(host.model(), value, true, host.l10n())
        : actions.typeVector(host.model(), field, index, value, true, host.l10n()),
    );
  };

  const weightPick = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const which = select.dataset.pick === 'row' ? 'row' : 'column';
    const ref = { ...host.model().selectedWeight, [which]: Number(select.value) };
    host.replace(rules.selectWeight(host.model(), ref));
  };

  /** The weight's typed field or slider: `input` edits, `change` (Enter, blur, release) commits. */
  const weightEdit = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const value = target.type === 'range' ? target.valueAsNumber : fieldNumber(host.l10n(), event);
    host.apply(actions.typeWeight(host.model(), value, event.type === 'change', host.l10n()));
  };

  /** The weight's slider keys, all handled here so Home and End never scroll the page. */
  const weightSliderKey = (event: KeyboardEvent): void => {
    const ref = host.model().selectedWeight;
    const range = { min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT, fine: 0.1, coarse: 1 };
    const value = sliderKey(event, rules.weightAt(host.model(), ref), range);
    if (value === null) return;
    event.preventDefault();
    host.apply(actions.editWeight(host.model(), ref, rules.roundWeight(value)));
    host.apply(actions.commitWeight(host.model(), ref, host.l10n()));
  };

  return { weightPointerDown, vectorEdit, fieldKey, weightPick, weightEdit, weightSliderKey };
}
