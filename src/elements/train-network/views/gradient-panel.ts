import { html, nothing, type TemplateResult } from 'lit';
import { pendingMark } from '../../../internal/exercise/pending-mark.js';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { explainGradient } from '../gradient-explain.js';
import type { ConnectionRef, TrainModel } from '../train-network-model.js';
import './gradient-panel.messages.js';
import { renderDeltaStory, type DeltaHandlers } from './delta-story.js';
import { unitName } from './unit-names.js';

export { gradientPanelStyles as styles } from './gradient-panel.styles.js';

/**
 * "Click a connection: its gradient, explained": pickers for the connection (the keyboard's way
 * in), ∂L/∂w for the next mini-batch as the mean of δ_j·a_i, the first example's numbers, where
 * that δ_j comes from (delta-story.ts, on request or when a unit is clicked), and the update Step
 * makes. The formulas are typeset with the shared TeX module. A view loaded on first
 * use (gradient-slot.ts), with its English beside it.
 */

export interface PanelHandlers extends DeltaHandlers {
  pick(event: Event): void;
}

/**
 * With `ask="gradient"`: whether ∂L/∂w is still hidden (the first example's product, the mean and
 * the update then show a question mark) and where the reader answers.
 */
export interface PanelExercise {
  readonly hidden: boolean;
  /** The field or the working (whatever the shared exercise renders). */
  readonly question: unknown;
}

/** A line of numbers that is hidden while asked: "= ?" in its place. */
const hiddenLine = (l10n: Localizer): TemplateResult =>
  html`<p class="asked">= ${pendingMark(l10n)}</p>`;

function picker(
  name: 'layer' | 'from' | 'to',
  label: string,
  count: number,
  current: number,
  text: (k: number) => string,
  on: (event: Event) => void,
): TemplateResult {
  return html`<label class="field"
    ><span>${label}</span>
    <select data-pick=${name} @change=${on}>
      ${Array.from({ length: count }, (_, k) => html`<option value=${k} ?selected=${k === current}>${text(k)}</option>`)}
    </select></label
  >`;
}

export function renderGradientPanel(
  l10n: Localizer,
  model: TrainModel,
  handlers: PanelHandlers,
  exercise: PanelExercise = { hidden: false, question: nothing },
): TemplateResult {
  const { sizes } = model.training.network;
  const ref: ConnectionRef = model.selected ?? { layer: sizes.length - 2, to: 0, from: 0 };
  const { hidden } = exercise;
  const pickers = html`<div
    class="pickers"
    role="group"
    aria-label=${l10n.t('train-network.panel.pick')}
  >
    ${picker('layer', l10n.t('train-network.panel.layer'), sizes.length - 1, ref.layer, (k) => l10n.t('train-network.panel.layerOption', { from: k, to: k + 1 }), handlers.pick)}
    ${picker('from', l10n.t('train-network.panel.from'), sizes[ref.layer], ref.from, (k) => unitName(l10n, model, ref.layer, k), handlers.pick)}
    ${picker('to', l10n.t('train-network.panel.to'), sizes[ref.layer + 1], ref.to, (k) => unitName(l10n, model, ref.layer + 1, k), handlers.pick)}
  </div>`;
  const e = explainGradient(model, ref);
  const n = (v: number) => l10n.tex(v);
  const f = (v: number) => l10n.texFactor(v);
  const penaltyTex =
    model.setup.regularization.kind === 'l2'
      ? ' + \\lambda w'
      : model.setup.regularization.kind === 'l1'
        ? ' + \\lambda \\operatorname{sign}(w)'
        : '';
  const penaltyValue = penaltyTex ? ` + ${f(e.penalty)}` : '';
  // Each formula as a rule and then its numbers, two short lines that fit a phone column.
  const meanLines = [
    `\\frac{\\partial L}{\\partial w} = \\frac{1}{${e.count}}\\sum_{k=1}^{${e.count}} \\delta_j^{(k)} a_i^{(k)}${penaltyTex}`,
    `= ${n(e.mean)}${penaltyValue} = ${n(e.gradient)}`,
  ];
  const exampleFactors = `\\delta_j^{(1)} a_i^{(1)} = ${f(e.example.delta)} \\cdot ${f(e.example.activation)}`;
  const exampleLine = `${exampleFactors} = ${n(e.example.product)}`;
  // While asked, the update line that holds w is hidden; the λw or λ·sign(w) term needs it.
  const weightLine = hidden && penaltyTex ? tex(`w = ${n(e.weight)}`, true) : nothing;
  const updateLines = [
    `w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w}`,
    `= ${n(e.weight)} - ${f(e.learningRate)} \\cdot ${f(e.gradient)} = ${n(e.updated)}`,
  ];
  return html`<section class="panel" part="panel">
    <h3>
      ${l10n.t('train-network.panel.title', { from: unitName(l10n, model, ref.layer, ref.from), to: unitName(l10n, model, ref.layer + 1, ref.to) })}
    </h3>
    ${pickers}
    <p>${l10n.t('train-network.panel.mean', { count: e.count })}</p>
    <div class="formula" part="formula">
      ${hidden ? [tex(meanLines[0], true), hiddenLine(l10n)] : meanLines.map((line) => tex(line, true))}
    </div>
    <p>${l10n.t('train-network.panel.example')}</p>
    <div class="formula" part="formula">
      ${hidden ? [tex(exampleFactors, true), hiddenLine(l10n)] : tex(exampleLine, true)}
      ${weightLine}
    </div>
    ${exercise.question} ${renderDeltaStory(l10n, model, ref, handlers)}
    <p>${l10n.t('train-network.panel.update')}</p>
    <div class="formula" part="formula">
      ${hidden ? [tex(updateLines[0], true), hiddenLine(l10n)] : updateLines.map((line) => tex(line, true))}
    </div>
  </section>`;
}
