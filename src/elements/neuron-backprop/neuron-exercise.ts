/**
 * What `<neuron-backprop>` can ask and the numbers it hides: `ask="factors"` the three chain
 * factors of the traced parameter in turn, `ask="gradient"` their product. The words around each
 * question (label, working, hints) are in views/questions.ts, loaded when the element first asks.
 * Free of DOM and Lit; the numbers are the core's.
 */
import type { AskedNumber } from '../../internal/exercise/exercise-element.js';
import type { NeuronState, Traced } from './neuron-math.js';

export const NEURON_QUESTIONS = ['factors', 'gradient'] as const;
export type NeuronQuestion = (typeof NEURON_QUESTIONS)[number];

/** The ids of the factor questions, in the order the chain is written. */
export const FACTOR_IDS = ['factor-1', 'factor-2', 'factor-3'] as const;

/** The numbers asked for: ∂L/∂a, ∂a/∂z, ∂z/∂(traced), then ∂L/∂(traced). */
export function neuronAsked(
  state: NeuronState,
  traced: Traced,
  ask: readonly NeuronQuestion[],
): AskedNumber[] {
  const asked: AskedNumber[] = [];
  if (ask.includes('factors')) {
    const values = [state.dLda, state.dadz, state.dz[traced]];
    FACTOR_IDS.forEach((id, i) => asked.push({ id, expected: values[i] }));
  }
  if (ask.includes('gradient')) asked.push({ id: 'gradient', expected: state.gradients[traced] });
  return asked;
}
