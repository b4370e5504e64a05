/**
 * The selected layer's formulas, typeset: its delta rule with the live numbers (or shapes), with
 * `ce` the softmax's Jacobian, and its weight gradients. TeX is of use only once KaTeX is here, so
 * this code is a chunk of its own, fetched beside KaTeX when the panel is first drawn
 * (layer-panel.ts); until both are here the panel shows its words around empty formula boxes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { outputActivation } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import {
  deltaLines,
  gradientLines,
  jacobianLines,
  type LayerEquationInput,
} from '../equation-tex.js';
import type { LayerDeltaModel } from '../layer-delta-model.js';
import './panel-formulas.messages.js';

export { panelFormulasStyles as styles } from './panel-formulas.styles.js';

/**
 * Formula lines that fit the panel: each a block of math in display style that may wrap, after
 * = and ⊙ and between two written-out matrices, rather than run past the panel's edge inside a
 * scroll box (display math never wraps).
 */
function formulaLines(lines: readonly string[]): TemplateResult[] {
  return lines.map((line) => html`<div class="formula-row">${tex(`\\displaystyle ${line}`)}</div>`);
}

function equationInput(
  l10n: Localizer,
  model: LayerDeltaModel,
  layer: number,
  revealed: boolean,
): LayerEquationInput {
  const { network } = model;
  const output = outputActivation(network);
  const last = model.config.sizes.length - 1;
  return {
    l10n,
    layer,
    sizes: model.config.sizes,
    // A softmax output (loss 'ce') has no elementwise f′: its rule is written with J instead.
    activation: layer === last && output !== 'softmax' ? output : network.activation,
    loss: model.config.loss,
    revealed,
    input: model.input,
    target: model.target,
    a: model.cache.a,
    derivatives: model.slopes,
    deltas: model.result.deltas,
    weights: network.weights,
    weightGradients: model.result.weightGradients,
  };
}

/** With loss 'ce', at the output: why δ = a − y, and the softmax's Jacobian at this input. */
function renderSoftmax(
  l10n: Localizer,
  input: LayerEquationInput,
): TemplateResult | typeof nothing {
  const lines = jacobianLines(input);
  if (lines.length === 0) return nothing;
  return html`<div class="softmax">
    <p class="note">${l10n.t('layer-delta.panel.softmax')}</p>
    <p class="formula-label">${l10n.t('layer-delta.panel.jacobian')}</p>
    <div class="formula jacobian" part="formula">${formulaLines(lines)}</div>
  </div>`;
}

export interface PanelFormulas {
  /** The delta rule's lines (or, while the reader predicts it, the rule and the numbers going in). */
  readonly rule: TemplateResult[];
  readonly softmax: TemplateResult | typeof nothing;
  readonly gradients: TemplateResult[];
}

export function panelFormulas(
  l10n: Localizer,
  model: LayerDeltaModel,
  layer: number,
  revealed: boolean,
  given: boolean,
): PanelFormulas {
  const input = equationInput(l10n, model, layer, revealed);
  return {
    rule: formulaLines(deltaLines(input, given)),
    softmax: renderSoftmax(l10n, input),
    gradients: formulaLines(gradientLines(input)),
  };
}
