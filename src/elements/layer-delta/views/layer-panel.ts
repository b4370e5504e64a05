import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { signClass } from '../../../internal/format.js';
import type { Localizer } from '../../../internal/localizer.js';
import { pendingMark } from '../../../internal/exercise/pending-mark.js';
import { LazyView, type LoadHost } from '../../../internal/lazy-view.js';
import { loadTex } from '../../../internal/tex.js';
import { isRevealed, layerCount, outputLayer, type LayerDeltaModel } from '../layer-delta-model.js';
import { layerName, subscript } from '../narration.js';
import { MAX_WRITTEN } from '../written-limit.js';

/**
 * The formulas' TeX and the code that writes it: of use once KaTeX is here, so fetched beside
 * KaTeX when the panel is first drawn, not before the element's first paint.
 */
const formulasView = new LazyView(() => {
  void loadTex();
  return import('./panel-formulas.js');
});

/**
 * The selected layer's panel: its delta rule typeset with the live numbers (or shapes, for a
 * large layer, with a unit-by-unit table instead), its weight gradients, and the weight editor.
 * It is a plain section, not a named region: two figures on a page would otherwise hold two
 * landmarks of the same name.
 */

/** A large layer's numbers unit by unit; a δ the reader is asked for shows the pending mark. */
function renderUnitTable(
  l10n: Localizer,
  model: LayerDeltaModel,
  layer: number,
  asked: readonly number[],
): TemplateResult {
  const k = layer - 1;
  const revealed = isRevealed(model, layer);
  return html`<table class="unit-table">
    <caption class="visually-hidden">
      ${l10n.t('layer-delta.panel.table', { layer: layerName(l10n, layer, layerCount(model)) })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${l10n.t('layer-delta.panel.tableUnit')}</th>
        <th scope="col">a</th>
        <th scope="col">f′(z)</th>
        <th scope="col">δ</th>
      </tr>
    </thead>
    <tbody>
      ${model.cache.a[k].map((a, i) => {
        // A δ still hidden is no part of the row: every weight moved changes every δ.
        const delta = revealed ? model.result.deltas[k][i] : null;
        const slope = model.slopes[k][i];
        const pending = asked.includes(i);
        // A row is written again only when its own numbers change: a weight moved reaches few.
        return guard(
          [l10n, a, slope, delta, revealed, pending],
          () =>
            html`<tr>
              <th scope="row">${i + 1}</th>
              <td><span class="ltr">${l10n.number(a)}</span></td>
              <td><span class="ltr">${l10n.number(slope)}</span></td>
              <td class=${delta !== null ? signClass(delta) : ''}>
                ${
                  delta !== null
                    ? html`<span class="ltr">${l10n.signed(delta)}</span>`
                    : pending
                      ? pendingMark(l10n)
                      : '·'
                }
              </td>
            </tr>`,
        );
      })}
    </tbody>
  </table>`;
}

/** With `ask`: the layer whose δ the reader predicts now. */
export interface PanelAsk {
  readonly layer: number;
  /** The units whose δ the reader is asked for and has not answered yet. */
  readonly units: readonly number[];
  /**
   * Whether the questions' words are here: the panel then writes the rule with the numbers going
   * in and asks for the prediction; until then it shows the rule alone.
   */
  readonly given: boolean;
}

export function renderLayerPanel(
  l10n: Localizer,
  model: LayerDeltaModel,
  /** The weight editor (views/fields.ts), or nothing until the reader's code is here. */
  editor: unknown,
  host: LoadHost,
  ask: PanelAsk | null = null,
): TemplateResult {
  const layer = model.selectedLayer;
  const revealed = isRevealed(model, layer);
  const given = ask?.layer === layer && ask.given;
  const sizes = model.config.sizes;
  const last = outputLayer(model);
  const count = layerCount(model);
  const large = sizes[layer] > MAX_WRITTEN || (sizes[layer + 1] ?? 0) > MAX_WRITTEN;
  const delta = `δ${subscript(layer)}`;
  const pending = given
    ? l10n.t('layer-delta.panel.predict', { delta })
    : layer === last
      ? l10n.t('layer-delta.panel.pendingOutput', { delta })
      : l10n.t('layer-delta.panel.pendingHidden', {
          delta,
          layer: layerName(l10n, layer + 1, count),
        });
  const formulas = formulasView.use(host)?.panelFormulas(l10n, model, layer, revealed, given);
  return html`<section class="layer-panel" part="panel">
    <h3>${l10n.t('layer-delta.panel.heading', { layer: layerName(l10n, layer, count), delta })}</h3>
    <div class="formula" part="formula">${formulas?.rule}</div>
    ${revealed ? nothing : html`<p class="note">${pending}</p>`} ${formulas?.softmax ?? nothing}
    ${
      revealed && layer !== last
        ? html`<p class="note">
            ${l10n.t('layer-delta.panel.carried', { matrix: `W${subscript(layer + 1)}ᵀ` })}
          </p>`
        : nothing
    }
    <p class="formula-label">${l10n.t('layer-delta.panel.gradients')}</p>
    <div class="formula" part="formula">${formulas?.gradients}</div>
    ${large ? renderUnitTable(l10n, model, layer, ask?.layer === layer ? ask.units : []) : nothing}
    ${editor}
  </section>`;
}
