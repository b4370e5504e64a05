import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * What `<neuron-backprop>`'s live region says, in English: apart from the element's other words
 * because they arrive with the sentences (narration.ts), when the page is idle or on the
 * reader's first action, not before the first paint. Names as in messages.ts.
 */
export const neuronBackpropSpokenMessages: Messages = {
  // Screen-reader narration. "d L by d a" is how ∂L/∂a is read aloud.
  'neuron-backprop.say.gradient.w':
    'Gradient of the loss with respect to w is {gradient}: d L by d a {dLda} times d a by d z {dadz} times d z by d w, which is x, {dz}.',
  'neuron-backprop.say.gradient.b':
    'Gradient of the loss with respect to b is {gradient}: d L by d a {dLda} times d a by d z {dadz} times d z by d b, which is 1, {dz}.',
  'neuron-backprop.say.gradient.x':
    'Gradient of the loss with respect to x is {gradient}: d L by d a {dLda} times d a by d z {dadz} times d z by d x, which is w, {dz}.',
  'neuron-backprop.say.change': '{name} is {value}. a is {a}, loss {loss}.',
  'neuron-backprop.say.step.fell':
    'Gradient step with learning rate {rate}: w moved from {wBefore} to {wAfter}, b from {bBefore} to {bAfter}; the loss fell from {before} to {after}.',
  'neuron-backprop.say.step.rose':
    'Gradient step with learning rate {rate}: w moved from {wBefore} to {wAfter}, b from {bBefore} to {bAfter}; the loss rose from {before} to {after}.',
  'neuron-backprop.say.step.stayed':
    'Gradient step with learning rate {rate}: w moved from {wBefore} to {wAfter}, b from {bBefore} to {bAfter}; the loss stayed at {after}.',
  'neuron-backprop.say.traced': 'Tracing {symbol}.',
  'neuron-backprop.say.reset': 'Back to the starting values.',
};

addEnglish(neuronBackpropSpokenMessages);
