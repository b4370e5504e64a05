/**
 * The chain rule with one column per factor, the total first and the factors outermost first,
 * each column a TeX symbol over its live number; and a sentence saying what the product means.
 */
import { html, type TemplateResult } from 'lit';
import { signClass, spokenNumber, texFactor, texNumber } from '../../../internal/format.js';
import { tex } from '../../../internal/tex.js';
import { factorTex, totalTex } from '../chain-math.js';
import type { GearsModel } from '../chain-rule-gears-model.js';
import { signedDisplacement, withUnit } from '../stage-text.js';
import type { GearsHandlers } from './handlers.js';

export function renderFormula(model: GearsModel, handlers: GearsHandlers): TemplateResult {
  const stages = model.ratios.length;
  const { names, units, product } = model;
  const columns: TemplateResult[] = [
    html`<span
      class="column total"
      role="img"
      aria-label=${`d ${names[stages]} over d ${names[0]} equals ${spokenNumber(product)}`}
    >
      <span class="sym">${tex(totalTex(stages))}</span>
      <span class="num ${signClass(product)}">${tex(texNumber(product))}</span>
    </span>`,
    renderOperator('=', '='),
  ];
  for (let stage = stages; stage >= 1; stage--) {
    columns.push(renderFactor(model, stage, handlers));
    if (stage > 1) columns.push(renderOperator('\\cdot', '\\times'));
  }
  return html`<div class="formula" part="formula">
    <p class="formula-title">The chain rule, one factor per gear</p>
    <div class="equation">${columns}</div>
    <p class="summary">
      Each ${withUnit('1', units[0])} of ${names[0]} turns ${names[stages]} by
      <strong class=${signClass(product)}>${signedDisplacement(product, units[stages])}</strong>.
    </p>
  </div>`;
}

function renderOperator(symbolTex: string, numberTex: string): TemplateResult {
  return html`<span class="column op" aria-hidden="true">
    <span class="sym">${tex(symbolTex)}</span><span class="num">${tex(numberTex)}</span>
  </span>`;
}

function renderFactor(model: GearsModel, stage: number, handlers: GearsHandlers): TemplateResult {
  const ratio = model.ratios[stage - 1];
  const { names } = model;
  const label =
    `factor for ${names[stage]}: d ${names[stage]} over d ${names[stage - 1]}` +
    ` equals ${spokenNumber(ratio)}`;
  return html`<span
    class="column factor ${model.activeStage === stage ? 'active' : ''}"
    data-stage=${stage}
    role="img"
    tabindex="0"
    aria-label=${label}
    @pointerenter=${handlers.stageIn}
    @pointerleave=${handlers.stageOut}
    @focus=${handlers.stageIn}
    @blur=${handlers.stageOut}
  >
    <span class="sym">${tex(factorTex(stage))}</span>
    <span class="num ${signClass(ratio)}">${tex(texFactor(ratio))}</span>
  </span>`;
}
