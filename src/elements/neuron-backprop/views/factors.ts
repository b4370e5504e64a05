import { html, nothing, type TemplateResult } from 'lit';
import { relativeError } from '../../../core/index.js';
import { pendingMark } from '../../../internal/exercise/pending-mark.js';
import { signClass } from '../../../internal/format.js';
import { tex } from '../../../internal/tex.js';
import { simplifiedGradient, type NeuronState, type Traced } from '../neuron-math.js';
import {
  chainTex,
  factorDigits,
  factorTex,
  productTex,
  simplifiedRuleTex,
  simplifiedValueTex,
} from '../neuron-tex.js';
import { messageParts, type Localizer } from '../../../internal/localizer.js';

/**
 * The three chain factors, each with the function it differentiates (the loss, the sigmoid, the
 * weighted sum), its rule and its number, then their product and the simplified form, so the
 * reader sees the long way and the short way give one number. Each factor's heading carries its
 * number and its formulas have rows of their own, so a wide rule such as
 * −y/a + (1 − y)/(1 − a) never shares a line with anything it could run into. A factor's number
 * has the same digits in its card as in the product, enough for the product to add up.
 */

/** What an exercise hides here, and where the reader answers (ask="factors" or "gradient"). */
export interface FactorsExercise {
  /** Per factor, whether its number waits for the reader's answer. */
  readonly hiddenFactors: readonly boolean[];
  /** Whether the product (the gradient) and the simplified route's result wait too. */
  readonly gradientHidden: boolean;
  /** The field, or the working once answered, of a question (`factor-1`…, `gradient`). */
  readonly question: (id: string) => TemplateResult | typeof nothing;
}

const NO_EXERCISE: FactorsExercise = {
  hiddenFactors: [false, false, false],
  gradientHidden: false,
  question: () => nothing,
};

export function renderFactors(
  state: NeuronState,
  traced: Traced,
  l10n: Localizer,
  exercise: FactorsExercise = NO_EXERCISE,
): TemplateResult {
  const product = state.gradients[traced];
  const simplified = simplifiedGradient(state, traced);
  const agree = relativeError(product, simplified) < 1e-9;
  const { digits } = factorDigits(state, traced);
  // A group, not a <section>: a named section is a region landmark, and two copies of the
  // element on one page would repeat its name.
  return html`<div
    class="factors"
    part="formula"
    role="group"
    aria-label=${l10n.t('neuron-backprop.factors.label')}
  >
    <div class="chain">${tex(chainTex(traced), true)}</div>
    <ol class="factor-list">
      ${factorTex(state, traced).map(
        (factor, i) =>
          html`<li class="factor" data-factor=${i + 1}>
            <span class="factor-title"
              >${l10n.t('neuron-backprop.factor.numbered', {
                number: String(i + 1),
                title: l10n.t(factor.titleKey, { symbol: traced }),
              })}</span
            >
            ${
              exercise.hiddenFactors[i]
                ? html`<span class="factor-value value">${pendingMark(l10n)}</span>`
                : html`<span class="factor-value value ltr ${signClass(factor.value)}"
                    >${l10n.signed(factor.value, digits[i])}</span
                  >`
            }
            <span class="factor-source">${tex(factor.source)}</span>
            <span class="factor-rule">${tex(`\\displaystyle ${factor.rule}`)}</span>
            ${exercise.question(`factor-${i + 1}`)}
          </li>`,
      )}
    </ol>
    ${exercise.gradientHidden ? renderHiddenRoutes(traced, l10n, exercise) : renderRoutes(state, traced, l10n, exercise)}
    ${exercise.gradientHidden ? nothing : renderAgreement(state, traced, l10n, agree)}
  </div>`;
}

/** Both routes with their numbers; under the product, the gradient's working once answered. */
function renderRoutes(
  state: NeuronState,
  traced: Traced,
  l10n: Localizer,
  exercise: FactorsExercise,
): TemplateResult {
  return html`<div class="route product">
      <span class="route-label">${l10n.t('neuron-backprop.route.multiply')}</span>
      <span class="route-tex">${tex(productTex(state, traced, l10n))}</span>
    </div>
    ${exercise.question('gradient')}
    <div class="route simplified">
      <span class="route-label">${l10n.t('neuron-backprop.route.simplify')}</span>
      <span class="route-tex"
        >${tex(`${simplifiedRuleTex(traced)} = ${simplifiedValueTex(state, traced, l10n)}`)}</span
      >
    </div>`;
}

/** The two routes in symbols only, a question mark for their result, and the gradient's field. */
function renderHiddenRoutes(
  traced: Traced,
  l10n: Localizer,
  exercise: FactorsExercise,
): TemplateResult {
  return html`<div class="route product">
      <span class="route-label">${l10n.t('neuron-backprop.route.multiply')}</span>
      <span class="route-tex">${tex(chainTex(traced))} = ${pendingMark(l10n)}</span>
    </div>
    ${exercise.question('gradient')}
    <div class="route simplified">
      <span class="route-label">${l10n.t('neuron-backprop.route.simplify')}</span>
      <span class="route-tex">${tex(simplifiedRuleTex(traced))}</span>
    </div>`;
}

function renderAgreement(
  state: NeuronState,
  traced: Traced,
  l10n: Localizer,
  agree: boolean,
): TemplateResult {
  const product = state.gradients[traced];
  return html`<p class="agree ${agree ? '' : 'disagree'}">
    ${messageParts(l10n, agree ? 'neuron-backprop.agree' : 'neuron-backprop.disagree', {
      symbol: traced,
      gradient: html`<strong class="gradient value ltr ${signClass(product)}"
        >${l10n.signed(product)}</strong
      >`,
    })}
  </p>`;
}
