import { html, type TemplateResult } from 'lit';
import { relativeError } from '../../../core/index.js';
import { signClass, signed } from '../../../internal/format.js';
import { tex } from '../../../internal/tex.js';
import { simplifiedGradient, type NeuronState, type Traced } from '../neuron-math.js';
import {
  chainTex,
  factorTex,
  productTex,
  simplifiedRuleTex,
  simplifiedValueTex,
} from '../neuron-tex.js';

/**
 * The three chain factors, each in symbols and with its number, then their product and the
 * simplified form, so the reader sees the long way and the short way give one number.
 */

export function renderFactors(state: NeuronState, traced: Traced): TemplateResult {
  const product = state.gradients[traced];
  const simplified = simplifiedGradient(state, traced);
  const agree = relativeError(product, simplified) < 1e-9;
  return html`<section class="factors" part="formula" aria-label="The chain rule for this neuron">
    <div class="chain">${tex(chainTex(traced), true)}</div>
    <ol class="factor-list">
      ${factorTex(state, traced).map(
        (factor, i) =>
          html`<li class="factor" data-factor=${i + 1}>
            <span class="factor-title">${i + 1}. ${factor.title}</span>
            <span class="factor-rule">${tex(`\\displaystyle ${factor.rule}`)}</span>
            <span class="factor-value value ${signClass(factor.value)}"
              >${signed(factor.value)}</span
            >
          </li>`,
      )}
    </ol>
    <div class="route product">
      <span class="route-label">Multiply</span>
      <span class="route-tex">${tex(productTex(state, traced))}</span>
    </div>
    <div class="route simplified">
      <span class="route-label">Simplify</span>
      <span class="route-tex"
        >${tex(`${simplifiedRuleTex(traced)} = ${simplifiedValueTex(state, traced)}`)}</span
      >
    </div>
    <p class="agree ${agree ? '' : 'disagree'}">
      ${agree ? '✓ Both routes agree:' : 'The routes differ:'} ∂L/∂${traced} =
      <strong class="gradient value ${signClass(product)}">${signed(product)}</strong>
    </p>
  </section>`;
}
