import { html, type TemplateResult } from 'lit';
import type { TrainActivation } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { explainDelta } from '../gradient-explain.js';
import type { ConnectionRef, TrainModel } from '../train-network-model.js';
import { unitName } from './unit-names.js';

/**
 * Where δ_j of the unit a connection feeds comes from, as `<layer-delta>` tells it: at the
 * output the prediction minus the target; at a hidden unit the slope of its activation times
 * the next layer's δs weighted by the connections they come back along (the chain rule, one
 * layer back). The first example's numbers, then the mean over the mini-batch. Part of the
 * gradient panel, loaded with it.
 */

const SLOPE_TEX: Record<TrainActivation, string> = {
  relu: "\\operatorname{relu}'",
  tanh: "\\tanh'",
  sigmoid: "\\sigma'",
  linear: "\\operatorname{id}'",
};

export interface DeltaHandlers {
  toggleDelta(): void;
}

export function renderDeltaStory(
  l10n: Localizer,
  model: TrainModel,
  ref: ConnectionRef,
  handlers: DeltaHandlers,
): TemplateResult {
  const unit = unitName(l10n, model, ref.layer + 1, ref.to);
  const toggle = html`<p>
    <button class="delta-switch" aria-expanded=${model.deltaShown} @click=${handlers.toggleDelta}>
      ${l10n.t('train-network.panel.deltaToggle', { unit })}
    </button>
  </p>`;
  if (!model.deltaShown) return toggle;
  const d = explainDelta(model, ref.layer + 1, ref.to);
  const n = (v: number) => l10n.tex(v);
  const f = (v: number) => l10n.texFactor(v);
  const e = d.example;
  const exampleLines = d.output
    ? [
        `\\delta_j^{(1)} = a_j^{(1)} - y_j^{(1)}`,
        `= ${f(e.prediction)} - ${f(e.target)} = ${n(e.delta)}`,
      ]
    : [
        `\\delta_j^{(1)} = ${SLOPE_TEX[model.setup.activation]}\\big(z_j^{(1)}\\big) \\sum_k w_{kj}\\, \\delta_k^{(1)}`,
        `= ${f(e.slope)} \\cdot ${f(e.back)} = ${n(e.delta)}`,
      ];
  const meanLine = `\\bar\\delta_j = \\frac{1}{${d.count}}\\sum_{k=1}^{${d.count}} \\delta_j^{(k)} = ${n(d.mean)}`;
  return html`${toggle}
    <section class="delta-story" aria-label=${l10n.t('train-network.panel.deltaTitle', { unit })}>
      <h4>${l10n.t('train-network.panel.deltaTitle', { unit })}</h4>
      <p>
        ${l10n.t(d.output ? 'train-network.panel.deltaOutput' : 'train-network.panel.deltaHidden')}
      </p>
      <div class="formula" part="formula">${exampleLines.map((line) => tex(line, true))}</div>
      <p>${l10n.t('train-network.panel.deltaMean', { count: d.count })}</p>
      <div class="formula" part="formula">${tex(meanLine, true)}</div>
    </section>`;
}
