import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { parseNumber } from '../../../internal/attributes.js';
import { keyStep } from '../../../internal/interaction.js';
import type { Localizer } from '../../../internal/localizer.js';
import { targetRange } from '../config.js';
import { layerCount, weightAt, WEIGHT_LIMIT, type LayerDeltaModel } from '../layer-delta-model.js';
import { subscript, unitName, weightName } from '../narration.js';
import './fields.messages.js';

/**
 * The reader's number fields: x and y under the diagram, and the selected layer's weight
 * editor (any weight, by its from and to units, with a slider and a typed field). They come with
 * the reader's code (reader-handlers.ts), drawn once it is here, in the room kept for them. Each handler
 * gets the field's native event, which stops at the shadow root: only the element's own
 * `input`/`change` reach the page.
 *
 * The typed fields are text fields that accept the reader's own number style (`0,5` in
 * German); a browser's number field would take only the browser's.
 */

export interface FieldsHandlers {
  /** Both `input` (typing) and `change` (committing) of an x or y field. */
  vectorEdit(event: Event): void;
  /** Arrow Up/Down and Page Up/Down in a typed field. */
  fieldKey(event: KeyboardEvent): void;
  weightPick(event: Event): void;
  /** Both `input` and `change` of the weight's typed field and of its slider. */
  weightEdit(event: Event): void;
  /** Keys on the weight's slider: arrows, Page Up/Down, Home and End. */
  weightSliderKey(event: KeyboardEvent): void;
}

/** Where a vector field writes: read back by the handlers from the field's data attributes. */
export function vectorFieldOf(event: Event): { field: 'x' | 'y'; index: number } {
  const input = event.target as HTMLInputElement;
  return { field: input.dataset.field as 'x' | 'y', index: Number(input.dataset.index) };
}

/** The number in a field, typed in the reader's style; NaN while it is not one yet. */
export function fieldNumber(l10n: Localizer, event: Event): number {
  const parsed = parseNumber(l10n.read((event.target as HTMLInputElement).value));
  return parsed.ok ? parsed.value : NaN;
}

/** A value as a field shows it: every digit kept, in the reader's decimal style. */
export function fieldText(l10n: Localizer, value: number): string {
  const decimal = l10n.number(1.5).charAt(1);
  return String(value).replace('.', decimal);
}

/**
 * What Arrow Up/Down (Shift: by 1) or Page Up/Down ask of a typed field, as a number field
 * would step: the field (a vector entry, or the weight) and its new value within the field's
 * range; null for other keys.
 */
export function fieldStep(
  l10n: Localizer,
  event: KeyboardEvent,
): { field: 'x' | 'y' | 'weight'; index: number; value: number } | null {
  if (!['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown'].includes(event.key)) return null;
  const input = event.target as HTMLInputElement;
  const current = fieldNumber(l10n, event);
  const stepped = Math.round(((current || 0) + keyStep(event, 0.1, 1)!) * 100) / 100;
  const min = Number(input.dataset.min ?? -Infinity);
  const max = Number(input.dataset.max ?? Infinity);
  const value = Math.min(max, Math.max(min, stepped));
  if (!input.dataset.field) return { field: 'weight', index: 0, value };
  return { ...vectorFieldOf(event), value };
}

function vectorFields(
  l10n: Localizer,
  field: 'x' | 'y',
  values: readonly number[],
  range: { min: number; max: number } | null,
  handlers: FieldsHandlers,
): TemplateResult[] {
  return values.map(
    (value, index) =>
      html`<label
        ><span class="ltr">${field}<sub>${index + 1}</sub></span>
        <input
          class="ltr"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          data-field=${field}
          data-index=${index}
          data-min=${range ? range.min : nothing}
          data-max=${range ? range.max : nothing}
          .value=${fieldText(l10n, value)}
          @keydown=${handlers.fieldKey}
          @input=${handlers.vectorEdit}
          @change=${handlers.vectorEdit}
      /></label>`,
  );
}

export function renderVectors(
  l10n: Localizer,
  model: LayerDeltaModel,
  handlers: FieldsHandlers,
): TemplateResult {
  return html`<div class="vectors">
    <fieldset>
      <legend>${l10n.t('layer-delta.fields.x')}</legend>
      <div class="fields">${vectorFields(l10n, 'x', model.input, null, handlers)}</div>
    </fieldset>
    <fieldset>
      <legend>${l10n.t('layer-delta.fields.y')}</legend>
      <div class="fields">
        ${vectorFields(l10n, 'y', model.target, targetRange(model.config.loss), handlers)}
      </div>
    </fieldset>
  </div>`;
}

export function renderWeightEditor(
  l10n: Localizer,
  model: LayerDeltaModel,
  layer: number,
  handlers: FieldsHandlers,
): TemplateResult {
  const sizes = model.config.sizes;
  const ref = model.selectedWeight;
  const w = weightAt(model, ref);
  const count = layerCount(model);
  // The pickers' options change with the language, the layer and the choice, not with a number.
  const options = (units: number, from: number, chosen: number) =>
    guard([l10n, units, from, chosen, count], () =>
      Array.from(
        { length: units },
        (_, i) =>
          html`<option value=${i} ?selected=${i === chosen}>
            ${unitName(l10n, from, i, count)}
          </option>`,
      ),
    );
  return html`<fieldset class="weight-editor">
    <legend>${l10n.t('layer-delta.editor', { matrix: `W${subscript(layer)}` })}</legend>
    <div class="fields">
      <label
        >${l10n.t('layer-delta.editor.from')}
        <select data-pick="column" @change=${handlers.weightPick}>
          ${options(sizes[layer - 1], layer - 1, ref.column)}
        </select></label
      >
      <label
        >${l10n.t('layer-delta.editor.to')}
        <select data-pick="row" @change=${handlers.weightPick}>
          ${options(sizes[layer], layer, ref.row)}
        </select></label
      >
    </div>
    <div class="fields">
      <input
        class="weight-slider"
        type="range"
        min=${-WEIGHT_LIMIT}
        max=${WEIGHT_LIMIT}
        step="0.01"
        .value=${String(w)}
        aria-label=${weightName(l10n, ref.layer, ref.row, ref.column, count)}
        aria-valuetext=${l10n.spoken(w)}
        aria-description=${l10n.t('layer-delta.editor.sliderHint')}
        @keydown=${handlers.weightSliderKey}
        @input=${handlers.weightEdit}
        @change=${handlers.weightEdit}
      />
      <label
        >${l10n.t('layer-delta.editor.field')}
        <input
          class="weight-input ltr"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          data-min=${-WEIGHT_LIMIT}
          data-max=${WEIGHT_LIMIT}
          .value=${fieldText(l10n, Number(w.toFixed(3)))}
          @keydown=${handlers.fieldKey}
          @input=${handlers.weightEdit}
          @change=${handlers.weightEdit}
      /></label>
    </div>
  </fieldset>`;
}
