import { html, type TemplateResult } from 'lit';
import { relativeError } from '../../../core/index.js';
import { signClass } from '../../../internal/format.js';
import type { Localizer } from '../../../internal/localizer.js';
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
import { messageParts } from '../../../internal/localizer.js';

/**
 * The three chain factors, each with the function it differentiates (the loss, the sigmoid, the
 * weighted sum), its rule and its number, then their product and the simplified form, so the
 * reader sees the long way and the short way give one number. Each factor's heading carries its
 * number and its formulas have rows of their own, so a wide rule such as
 * −y/a + (1 − y)/(1 − a) never shares a line with anything it could run into. A factor's number
 * has the same digits in its card as in the product, enough for the product to add up.
 */

export function renderFactors(state: NeuronState, traced: Traced, l10n: Localizer): TemplateResult {
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
            <span class="factor-value value ltr ${signClass(factor.value)}"
              >${l10n.signed(factor.value, digits[i])}</span
            >
            <span class="factor-source">${tex(factor.source)}</span>
            <span class="factor-rule">${tex(`\\displaystyle ${factor.rule}`)}</span>
          </li>`,
      )}
    </ol>
    <div class="route product">
      <span class="route-label">${l10n.t('neuron-backprop.route.multiply')}</span>
      <span class="route-tex">${tex(productTex(state, traced, l10n))}</span>
    </div>
    <div class="route simplified">
      <span class="route-label">${l10n.t('neuron-backprop.route.simplify')}</span>
      <span class="route-tex"
        >${tex(`${simplifiedRuleTex(traced)} = ${simplifiedValueTex(state, traced, l10n)}`)}</span
      >
    </div>
    <p class="agree ${agree ? '' : 'disagree'}">
      ${messageParts(l10n, agree ? 'neuron-backprop.agree' : 'neuron-backprop.disagree', {
        symbol: traced,
        gradient: html`<strong class="gradient value ltr ${signClass(product)}"
          >${l10n.signed(product)}</strong
        >`,
      })}
    </p>
  </div>`;
}
