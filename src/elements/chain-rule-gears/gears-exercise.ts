/**
 * What `<chain-rule-gears>` can ask and the numbers it hides: `ask="product"` asks for
 * d(last)/d(lever), the product of the ratios. The words around the question (label, working,
 * hints) and the fresh numbers of "Try new numbers" are in views/questions.ts, loaded when the
 * element first asks. Free of DOM and Lit.
 */
import type { AskedNumber } from '../../internal/exercise/exercise-element.js';
import { productOf, type GearsModel } from './chain-rule-gears-model.js';

/** The questions this element can ask. */
export const GEARS_QUESTIONS = ['product'] as const;
export type GearsQuestion = (typeof GEARS_QUESTIONS)[number];

/** The numbers asked for: the core's product, never a formatted one. */
export function gearsAsked(model: GearsModel, ask: readonly GearsQuestion[]): AskedNumber[] {
  return ask.includes('product') ? [{ id: 'product', expected: productOf(model) }] : [];
}
