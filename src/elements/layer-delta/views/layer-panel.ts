import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, signClass, signed } from '../../../internal/format.js';
import { tex } from '../../../internal/tex.js';
import {
  deltaLines,
  gradientLines,
  MAX_WRITTEN,
  type LayerEquationInput,
} from '../equation-tex.js';
import { isRevealed, layerCount, outputLayer, type LayerDeltaModel } from '../layer-delta-model.js';
import { outputActivation } from '../../../core/index.js';
import { layerName } from '../narration.js';
import { renderWeightEditor, type FieldsHandlers } from './fields.js';

/**
 * The selected layer's panel: its delta rule typeset with the live numbers (or shapes, for a
 * large layer, with a unit-by-unit table instead), its weight gradients, and the weight editor.
 */

function equationInput(model: LayerDeltaModel, layer: number): LayerEquationInput {
  const { network } = model;
  const output = outputActivation(network);
  return {
    layer,
    sizes: model.config.sizes,
    // A softmax output comes only with the 'ce' loss, which this element does not offer yet.
    activation: layer === outputLayer(model) && output !== 'softmax' ? output : network.activation,
    loss: model.config.loss,
    revealed: isRevealed(model, layer),
    input: model.input,
    target: model.target,
    a: model.cache.a,
    derivatives: model.slopes,
    deltas: model.result.deltas,
    weights: network.weights,
    weightGradients: model.result.weightGradients,
  };
}

function renderUnitTable(model: LayerDeltaModel, layer: number): TemplateResult {
  const k = layer - 1;
  const revealed = isRevealed(model, layer);
  return html`<table class="unit-table">
    <caption class="visually-hidden">
      ${layerName(layer, layerCount(model))} layer, unit by unit
    </caption>
    <thead>
      <tr>
        <th scope="col">unit</th>
        <th scope="col">a</th>
        <th scope="col">f′(z)</th>
        <th scope="col">δ</th>
      </tr>
    </thead>
    <tbody>
      ${model.cache.a[k].map((a, i) => {
        const delta = model.result.deltas[k][i];
        return html`<tr>
          <th scope="row">${i + 1}</th>
          <td>${formatNumber(a)}</td>
          <td>${formatNumber(model.slopes[k][i])}</td>
          <td class=${revealed ? signClass(delta) : ''}>${revealed ? signed(delta) : '·'}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

export function renderLayerPanel(model: LayerDeltaModel, handlers: FieldsHandlers): TemplateResult {
  const layer = model.selectedLayer;
  const input = equationInput(model, layer);
  const sizes = model.config.sizes;
  const last = outputLayer(model);
  const large = sizes[layer] > MAX_WRITTEN || (sizes[layer + 1] ?? 0) > MAX_WRITTEN;
  const waitingFor =
    layer === last
      ? 'Step backward once to compute it from the loss.'
      : `It needs δ of ${layerName(layer + 1, layerCount(model))} first: keep stepping backward.`;
  return html`<section class="layer-panel" part="panel" aria-label="Selected layer">
    <h3>${layerName(layer, layerCount(model))} layer: its error signal δ<sub>${layer}</sub></h3>
    <div class="formula" part="formula">${deltaLines(input).map((line) => tex(line, true))}</div>
    ${
      input.revealed
        ? nothing
        : html`<p class="note">δ<sub>${layer}</sub> is not computed yet. ${waitingFor}</p>`
    }
    ${
      input.revealed && layer !== last
        ? html`<p class="note">
            The boxed W<sub>${layer + 1}</sub><sup>T</sup> carries the deltas above back along the
            same connections the forward pass used; ⊙ multiplies unit by unit with f′(z).
          </p>`
        : nothing
    }
    <p class="formula-label">Its weight gradients: δ times the layer's input</p>
    <div class="formula" part="formula">${gradientLines(input).map((line) => tex(line, true))}</div>
    ${large ? renderUnitTable(model, layer) : nothing} ${renderWeightEditor(model, layer, handlers)}
  </section>`;
}
