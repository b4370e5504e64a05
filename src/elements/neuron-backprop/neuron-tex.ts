import { formatNumber } from '../../internal/format.js';
import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import { simplifiedGradient, type NeuronState, type Traced } from './neuron-math.js';

/**
 * The TeX the element shows: each chain factor with the function it differentiates, its rule and
 * its number, their product and the simplified form. Plain strings, so tests can read them
 * without a browser.
 */

const d = (top: string, bottom: string): string => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

/** ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w */
export function chainTex(traced: Traced): string {
  return `${d('L', traced)} = ${d('L', 'a')} \\cdot ${d('a', 'z')} \\cdot ${d('z', traced)}`;
}

export interface FactorTex {
  /** Which factor: the message key of its title (`{symbol}` is the traced parameter). */
  readonly titleKey: string;
  /**
   * The function this factor differentiates, so the rule below it can be derived on the page:
   * the cross-entropy for ∂L/∂a, the sigmoid for ∂a/∂z, the weighted sum for ∂z/∂w.
   */
  readonly source: string;
  /** The rule in symbols. */
  readonly rule: string;
  /** The factor's current number. */
  readonly value: number;
}

/** What z = wx + b gives for each traced parameter's last factor, in symbols. */
const LAST_FACTOR_RULE: Record<Traced, string> = { w: 'x', b: '1', x: 'w' };

/**
 * Binary cross-entropy of the prediction a against the label y (natural logarithms). Fixed-size
 * brackets rather than \left…\right, so a narrow card may break the line at its = or +; the
 * braces keep each term whole.
 */
export const LOSS_TEX = 'L = -\\big[\\,{y \\ln a} + {(1-y) \\ln(1-a)}\\,\\big]';
/** The sigmoid that turns the weighted sum into the activation. */
export const SIGMOID_TEX = 'a = \\sigma(z) = \\dfrac{1}{1+e^{-z}}';
/** The weighted sum. */
export const SUM_TEX = 'z = wx + b';

export function factorTex(state: NeuronState, traced: Traced): FactorTex[] {
  return [
    {
      titleKey: 'neuron-backprop.factor.dLda',
      source: LOSS_TEX,
      rule: `${d('L', 'a')} = -\\frac{y}{a} + \\frac{1-y}{1-a}`,
      value: state.dLda,
    },
    {
      titleKey: 'neuron-backprop.factor.dadz',
      source: SIGMOID_TEX,
      rule: `${d('a', 'z')} = a\\,(1-a)`,
      value: state.dadz,
    },
    {
      titleKey: 'neuron-backprop.factor.dz',
      source: SUM_TEX,
      rule: `${d('z', traced)} = ${LAST_FACTOR_RULE[traced]}`,
      value: state.dz[traced],
    },
  ];
}

/** The most significant digits a shown number gets while looking for a consistent line. */
const MAX_SIGNIFICANT = 8;

/**
 * The `digits` argument of formatNumber that shows `value` to at least `significant` figures:
 * in exponent form (below 0.001, from a million) it counts figures; in between, decimals, one
 * fewer per power of ten from 1,000 on.
 */
function digitsFor(value: number, significant: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return 3;
  if (magnitude < 1e-3 || magnitude >= 1e6) return Math.max(3, significant);
  const power = Math.floor(Math.log10(magnitude));
  const decimals = Math.max(0, significant - 1 - power);
  return Math.max(3, decimals + Math.max(0, power - 2));
}

/** The number a reader sees when `value` is shown with `digits` (formatNumber's rounding). */
export function shownValue(value: number, digits = 3): number {
  return Number(formatNumber(value, digits).replace(/\u2212/g, '-'));
}

/** How many digits each number of an equation gets, and whether the shown line is exact. */
export interface ShownDigits {
  readonly digits: readonly number[];
  /**
   * Whether the shown numbers, combined as the equation says, round to the shown result. When
   * they cannot within MAX_SIGNIFICANT figures the line says ≈ instead of =.
   */
  readonly exact: boolean;
}

/**
 * Digits for the numbers of an equation such as (−187.8)·0.005317·1.5 = −1.498, so what the
 * reader sees adds up: each number keeps the usual three decimals, and numbers with few
 * significant figures (0.005) get more, together, until `combine` of the shown numbers rounds to
 * the shown `result`. Rounding a factor to 0.005 would make the line say −1.41 = −1.492.
 */
export function consistentDigits(
  values: readonly number[],
  combine: (shown: readonly number[]) => number,
  result: number,
): ShownDigits {
  const target = formatNumber(result);
  let digits: number[] = values.map(() => 3);
  for (let significant = 3; significant <= MAX_SIGNIFICANT; significant++) {
    digits = values.map((value) => digitsFor(value, significant));
    const shown = values.map((value, i) => shownValue(value, digits[i]));
    if (formatNumber(combine(shown)) === target) return { digits, exact: true };
  }
  return { digits, exact: false };
}

const product = (numbers: readonly number[]): number => numbers.reduce((p, n) => p * n, 1);

/** The digits of the three factors in the cards and in the product line. */
export function factorDigits(state: NeuronState, traced: Traced): ShownDigits {
  return consistentDigits(
    [state.dLda, state.dadz, state.dz[traced]],
    product,
    state.gradients[traced],
  );
}

/** (−1.449) · 0.214 · 1.5 = −0.465, numbers in the reader's style (`0{,}214` in German). */
export function productTex(state: NeuronState, traced: Traced, l10n: Localizer = ENGLISH): string {
  const { digits, exact } = factorDigits(state, traced);
  const factors = [state.dLda, state.dadz, state.dz[traced]].map((value, i) =>
    l10n.texFactor(value, digits[i]),
  );
  return `${factors.join(' \\cdot ')} ${exact ? '=' : '\\approx'} ${l10n.tex(state.gradients[traced])}`;
}

/**
 * The simplified form in symbols: (a − y) times ∂z/∂(traced), so (a − y)x for w, a − y for b
 * and (a − y)w for x.
 */
export function simplifiedRuleTex(traced: Traced): string {
  if (traced === 'b') return 'a - y';
  return `(a - y)\\,${LAST_FACTOR_RULE[traced]}`;
}

/** (0.69 − 1) · 1.5 = −0.465, with as many digits of a as it takes to add up. */
export function simplifiedValueTex(
  state: NeuronState,
  traced: Traced,
  l10n: Localizer = ENGLISH,
): string {
  const { y } = state.inputs;
  const result = simplifiedGradient(state, traced);
  const last = traced === 'b' ? 1 : state.dz[traced];
  const { digits, exact } = consistentDigits(
    [state.a, last],
    ([a, factor]) => (a - y) * factor,
    result,
  );
  const difference = `${l10n.tex(state.a, digits[0])} - ${l10n.tex(y)}`;
  const equals = exact ? '=' : '\\approx';
  if (traced === 'b') return `${difference} ${equals} ${l10n.tex(result)}`;
  return `(${difference}) \\cdot ${l10n.texFactor(last, digits[1])} ${equals} ${l10n.tex(result)}`;
}
