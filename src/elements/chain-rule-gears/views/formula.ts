/**
 * The chain rule with one column per factor, the total first and the factors outermost first,
 * each column a TeX symbol over its live number; and a sentence saying what the product means.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { pendingMark } from '../../../internal/exercise/pending-mark.js';
import { signClass } from '../../../internal/format.js';
import { isTexReady, tex } from '../../../internal/tex.js';
import { factorTex, totalTex } from '../chain-math.js';
import type { GearsView } from '../chain-rule-gears-model.js';
import { messageParts } from '../../../internal/localizer.js';
import { signedDisplacement, withUnit } from '../stage-text.js';
import type { GearsHandlers } from './handlers.js';

/**
 * Every formula here sits in a column that names it (`role="img"` with its `aria-label`) or is
 * `aria-hidden` (the operators), so none needs the MathML a screen reader would read. Without
 * it the equation's ten small formulas cost a new element about a third less layout.
 */
const pictured = (source: string) => tex(source, false, false);

/**
 * `question` is the exercise's field (or its working once answered), under the equation; while
 * the model is concealed, a question mark stands for the total and for the summary's amount.
 * Nothing here follows the lever: the equation and the summary are made again only when the
 * ratios, the words, the highlight or the concealment change (and the equation once KaTeX has
 * arrived, to typeset its stand-ins), not on each move of the lever.
 */
export function renderFormula(
  model: GearsView,
  handlers: GearsHandlers,
  question: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const { ratios, names, units, l10n, concealed, activeStage } = model;
  return html`<div class="formula" part="formula">
    ${guard([ratios, names, l10n, concealed, activeStage, handlers, isTexReady()], () =>
      renderEquation(model, handlers),
    )}
    ${question} ${guard([ratios, names, units, l10n, concealed], () => renderSummary(model))}
  </div>`;
}

function renderEquation(model: GearsView, handlers: GearsHandlers): TemplateResult {
  const stages = model.ratios.length;
  const { names, product, l10n, concealed } = model;
  const totalNames = { last: names[stages], first: names[0] };
  const columns: TemplateResult[] = [
    html`<span
      class="column total"
      role="img"
      aria-label=${
        concealed
          ? l10n.t('chain-rule-gears.formula.totalHidden', totalNames)
          : l10n.t('chain-rule-gears.formula.total', { ...totalNames, value: l10n.spoken(product) })
      }
    >
      <span class="sym">${pictured(totalTex(stages))}</span>
      ${
        concealed
          ? html`<span class="num">${pendingMark(l10n)}</span>`
          : html`<span class="num ${signClass(product)}">${pictured(l10n.tex(product))}</span>`
      }
    </span>`,
    renderOperator('=', '='),
  ];
  for (let stage = stages; stage >= 1; stage--) {
    columns.push(renderFactor(model, stage, handlers));
    if (stage > 1) columns.push(renderOperator('\\cdot', '\\times'));
  }
  return html`<p class="formula-title">${l10n.t('chain-rule-gears.formula.title')}</p>
    <div class="equation">${columns}</div>`;
}

/**
 * The whole sentence is one message; the bold amount goes where its placeholder stands, so a
 * translation may put it anywhere.
 */
function renderSummary(model: GearsView): TemplateResult {
  const stages = model.ratios.length;
  const { names, units, product, l10n, concealed } = model;
  const summary = messageParts(l10n, 'chain-rule-gears.formula.summary', {
    unitStep: withUnit(l10n.number(1), units[0]),
    lever: names[0],
    last: names[stages],
    amount: concealed
      ? pendingMark(l10n)
      : html`<strong class="ltr ${signClass(product)}"
          >${signedDisplacement(product, units[stages], l10n)}</strong
        >`,
  });
  return html`<p class="summary">${summary}</p>`;
}

function renderOperator(symbolTex: string, numberTex: string): TemplateResult {
  return html`<span class="column op" aria-hidden="true">
    <span class="sym">${pictured(symbolTex)}</span><span class="num">${pictured(numberTex)}</span>
  </span>`;
}

function renderFactor(model: GearsView, stage: number, handlers: GearsHandlers): TemplateResult {
  const ratio = model.ratios[stage - 1];
  const { names, l10n } = model;
  const label = l10n.t('chain-rule-gears.formula.factor', {
    name: names[stage],
    previous: names[stage - 1],
    value: l10n.spoken(ratio),
  });
  // Not a Tab stop: focusing its gear lights it up (the gear's name says the same ratio).
  return html`<span
    class="column factor ${model.activeStage === stage ? 'active' : ''}"
    data-stage=${stage}
    role="img"
    aria-label=${label}
    @pointerenter=${handlers.stageIn}
    @pointerleave=${handlers.stageOut}
  >
    <span class="sym">${pictured(factorTex(stage))}</span>
    <span class="num ${signClass(ratio)}">${pictured(l10n.texFactor(ratio))}</span>
  </span>`;
}
