import { html, nothing, type TemplateResult } from 'lit';
import { targetRange } from '../config.js';
import { layerCount, weightAt, WEIGHT_LIMIT, type LayerDeltaModel } from '../layer-delta-model.js';
import { unitName } from '../narration.js';

/**
 * The reader's number fields: x and y under the diagram, and the selected layer's weight
 * editor (any weight, by its from and to units). Each handler gets the field's native event,
 * which stops at the shadow root: only the element's own `input`/`change` reach the page.
 */

export interface FieldsHandlers {
  /** Both `input` (typing) and `change` (committing) of an x or y field. */
  vectorEdit(event: Event): void;
  weightPick(event: Event): void;
  /** Both `input` and `change` of the weight field. */
  weightEdit(event: Event): void;
}

/** Where a vector field writes: read back by the handlers from the field's data attributes. */
export function vectorFieldOf(event: Event): { field: 'x' | 'y'; index: number } {
  const input = event.target as HTMLInputElement;
  return { field: input.dataset.field as 'x' | 'y', index: Number(input.dataset.index) };
}

function vectorFields(
  field: 'x' | 'y',
  values: readonly number[],
  range: { min: number; max: number } | null,
  handlers: FieldsHandlers,
): TemplateResult[] {
  return values.map(
    (value, index) =>
      html`<label
        >${field}<sub>${index + 1}</sub>
        <input
          type="number"
          step="0.1"
          min=${range ? String(range.min) : nothing}
          max=${range ? String(range.max) : nothing}
          data-field=${field}
          data-index=${index}
          .value=${String(value)}
          @input=${handlers.vectorEdit}
          @change=${handlers.vectorEdit}
      /></label>`,
  );
}

export function renderVectors(model: LayerDeltaModel, handlers: FieldsHandlers): TemplateResult {
  return html`<div class="vectors">
    <fieldset>
      <legend>Input x</legend>
      <div class="fields">${vectorFields('x', model.input, null, handlers)}</div>
    </fieldset>
    <fieldset>
      <legend>Target y</legend>
      <div class="fields">
        ${vectorFields('y', model.target, targetRange(model.config.loss), handlers)}
      </div>
    </fieldset>
  </div>`;
}

export function renderWeightEditor(
  model: LayerDeltaModel,
  layer: number,
  handlers: FieldsHandlers,
): TemplateResult {
  const sizes = model.config.sizes;
  const ref = model.selectedWeight;
  const w = weightAt(model, ref);
  const options = (count: number, from: number, chosen: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        html`<option value=${i} ?selected=${i === chosen}>
          ${unitName(from, i, layerCount(model))}
        </option>`,
    );
  return html`<fieldset class="weight-editor">
    <legend>Edit a weight of W<sub>${layer}</sub></legend>
    <div class="fields">
      <label
        >from
        <select data-pick="column" @change=${handlers.weightPick}>
          ${options(sizes[layer - 1], layer - 1, ref.column)}
        </select></label
      >
      <label
        >to
        <select data-pick="row" @change=${handlers.weightPick}>
          ${options(sizes[layer], layer, ref.row)}
        </select></label
      >
      <label
        >w
        <input
          class="weight-input"
          type="number"
          step="0.1"
          min=${-WEIGHT_LIMIT}
          max=${WEIGHT_LIMIT}
          .value=${String(Number(w.toFixed(3)))}
          @input=${handlers.weightEdit}
          @change=${handlers.weightEdit}
      /></label>
    </div>
  </fieldset>`;
}
