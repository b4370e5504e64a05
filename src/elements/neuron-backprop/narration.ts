import { spokenNumber } from '../../internal/format.js';
import { type NeuronInputs, type NeuronState, type Traced } from './neuron-math.js';

/** Sentences for the live region: what changed, in words a screen reader says well. */

const FACTOR_WORDS: Record<Traced, string> = {
  w: 'd z by d w, which is x,',
  b: 'd z by d b, which is 1,',
  x: 'd z by d x, which is w,',
};

/** "gradient of w is minus 0.465: d L by d a minus 1.45 times d a by d z 0.214 times …" */
export function describeGradient(state: NeuronState, traced: Traced): string {
  return (
    `Gradient of the loss with respect to ${traced} is ${spokenNumber(state.gradients[traced])}: ` +
    `d L by d a ${spokenNumber(state.dLda)} times d a by d z ${spokenNumber(state.dadz)} ` +
    `times ${FACTOR_WORDS[traced]} ${spokenNumber(state.dz[traced])}.`
  );
}

/** After a slider moved: the new value, the loss and the traced gradient. */
export function describeChange(
  name: keyof NeuronInputs,
  state: NeuronState,
  traced: Traced,
): string {
  return (
    `${name} is ${spokenNumber(state.inputs[name])}. a is ${spokenNumber(state.a)}, ` +
    `loss ${spokenNumber(state.loss)}. ${describeGradient(state, traced)}`
  );
}

/** After a gradient step: where w and b went and what happened to the loss. */
export function describeStep(
  before: NeuronState,
  after: NeuronState,
  learningRate: number,
): string {
  const direction =
    after.loss < before.loss ? 'fell' : after.loss > before.loss ? 'rose' : 'stayed';
  const lossWords =
    direction === 'stayed'
      ? `the loss stayed at ${spokenNumber(after.loss)}`
      : `the loss ${direction} from ${spokenNumber(before.loss)} to ${spokenNumber(after.loss)}`;
  return (
    `Gradient step with learning rate ${spokenNumber(learningRate)}: ` +
    `w moved from ${spokenNumber(before.inputs.w)} to ${spokenNumber(after.inputs.w)}, ` +
    `b from ${spokenNumber(before.inputs.b)} to ${spokenNumber(after.inputs.b)}; ${lossWords}.`
  );
}

/** After the reader picked another parameter to trace. */
export function describeTraced(state: NeuronState, traced: Traced): string {
  return `Tracing ${traced}. ${describeGradient(state, traced)}`;
}
