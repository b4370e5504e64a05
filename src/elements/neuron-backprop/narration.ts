import type { Localizer } from '../../internal/localizer.js';
import { type NeuronInputs, type NeuronState, type Traced } from './neuron-math.js';
import './narration.messages.js';

/**
 * Sentences for the live region (a chunk of its own with their words, fetched when the page is
 * idle or on the reader's first action): what changed, in words a screen reader says well, in the
 * reader's language. Each sentence is one whole message; two sentences may follow each other.
 */

/** "Gradient of the loss with respect to w is minus 0.465: d L by d a minus 1.45 times …" */
export function describeGradient(l10n: Localizer, state: NeuronState, traced: Traced): string {
  return l10n.t(`neuron-backprop.say.gradient.${traced}`, {
    gradient: l10n.spoken(state.gradients[traced]),
    dLda: l10n.spoken(state.dLda),
    dadz: l10n.spoken(state.dadz),
    dz: l10n.spoken(state.dz[traced]),
  });
}

/**
 * After a slider moved: the new value, the loss and the traced gradient (left out while an
 * exercise hides it, `gradientHidden`).
 */
export function describeChange(
  l10n: Localizer,
  name: keyof NeuronInputs,
  state: NeuronState,
  traced: Traced,
  gradientHidden = false,
): string {
  const change = l10n.t('neuron-backprop.say.change', {
    name,
    value: l10n.spoken(state.inputs[name]),
    a: l10n.spoken(state.a),
    loss: l10n.spoken(state.loss),
  });
  return gradientHidden ? change : `${change} ${describeGradient(l10n, state, traced)}`;
}

/** After a gradient step: where w and b went and what happened to the loss. */
export function describeStep(
  l10n: Localizer,
  before: NeuronState,
  after: NeuronState,
  learningRate: number,
): string {
  const direction =
    after.loss < before.loss ? 'fell' : after.loss > before.loss ? 'rose' : 'stayed';
  return l10n.t(`neuron-backprop.say.step.${direction}`, {
    rate: l10n.spoken(learningRate),
    wBefore: l10n.spoken(before.inputs.w),
    wAfter: l10n.spoken(after.inputs.w),
    bBefore: l10n.spoken(before.inputs.b),
    bAfter: l10n.spoken(after.inputs.b),
    before: l10n.spoken(before.loss),
    after: l10n.spoken(after.loss),
  });
}

/** After the reader picked another parameter to trace. */
export function describeTraced(
  l10n: Localizer,
  state: NeuronState,
  traced: Traced,
  gradientHidden = false,
): string {
  const tracing = l10n.t('neuron-backprop.say.traced', { symbol: traced });
  return gradientHidden ? tracing : `${tracing} ${describeGradient(l10n, state, traced)}`;
}

/** After Reset. */
export function describeReset(
  l10n: Localizer,
  state: NeuronState,
  traced: Traced,
  gradientHidden = false,
): string {
  const said = l10n.t('neuron-backprop.say.reset');
  return gradientHidden ? said : `${said} ${describeGradient(l10n, state, traced)}`;
}
