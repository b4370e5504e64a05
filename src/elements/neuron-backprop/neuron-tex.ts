import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import { simplifiedGradient, type NeuronState, type Traced } from './neuron-math.js';

/**
 * The TeX the element shows: each chain factor in symbols and with its number, their product and
 * the simplified form. Plain strings, so tests can read them without a browser.
 */

const d = (top: string, bottom: string): string => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

/** ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w */
export function chainTex(traced: Traced): string {
  return `${d('L', traced)} = ${d('L', 'a')} \\cdot ${d('a', 'z')} \\cdot ${d('z', traced)}`;
}

export interface FactorTex {
  /** Which factor: the message key of its title (`{symbol}` is the traced parameter). */
  readonly titleKey: string;
  /** The rule in symbols. */
  readonly rule: string;
  /** The factor's current number. */
  readonly value: number;
}

/** What z = wx + b gives for each traced parameter's last factor, in symbols. */
const LAST_FACTOR_RULE: Record<Traced, string> = { w: 'x', b: '1', x: 'w' };

export function factorTex(state: NeuronState, traced: Traced): FactorTex[] {
  return [
    {
      titleKey: 'neuron-backprop.factor.dLda',
      rule: `${d('L', 'a')} = -\\frac{y}{a} + \\frac{1-y}{1-a}`,
      value: state.dLda,
    },
    {
      titleKey: 'neuron-backprop.factor.dadz',
      rule: `${d('a', 'z')} = a\\,(1-a)`,
      value: state.dadz,
    },
    {
      titleKey: 'neuron-backprop.factor.dz',
      rule: `${d('z', traced)} = ${LAST_FACTOR_RULE[traced]}`,
      value: state.dz[traced],
    },
  ];
}

/** (−1.449) · 0.214 · 1.5 = −0.465, numbers in the reader's style (`0{,}214` in German). */
export function productTex(state: NeuronState, traced: Traced, l10n: Localizer = ENGLISH): string {
  const factors = [state.dLda, state.dadz, state.dz[traced]].map((value) => l10n.texFactor(value));
  return `${factors.join(' \\cdot ')} = ${l10n.tex(state.gradients[traced])}`;
}

/**
 * The simplified form in symbols: (a − y) times ∂z/∂(traced), so (a − y)x for w, a − y for b
 * and (a − y)w for x.
 */
export function simplifiedRuleTex(traced: Traced): string {
  if (traced === 'b') return 'a - y';
  return `(a - y)\\,${LAST_FACTOR_RULE[traced]}`;
}

/** (0.69 − 1) · 1.5 = −0.465 */
export function simplifiedValueTex(
  state: NeuronState,
  traced: Traced,
  l10n: Localizer = ENGLISH,
): string {
  const difference = `${l10n.tex(state.a)} - ${l10n.tex(state.inputs.y)}`;
  const result = l10n.tex(simplifiedGradient(state, traced));
  if (traced === 'b') return `${difference} = ${result}`;
  return `(${difference}) \\cdot ${l10n.texFactor(state.dz[traced])} = ${result}`;
}
