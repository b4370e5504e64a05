import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * What `<layer-delta>`'s live region says, in English: apart from the element's other words
 * because they arrive with the sentences (spoken.ts), on the reader's first action or when the
 * page is idle, not before the first paint. Names as in messages.ts.
 */
export const layerDeltaSpokenMessages: Messages = {
  'layer-delta.say.outputBce':
    'Output layer: delta is a minus y: {deltas}. Gradients of W{layer} are delta times the layer input.',
  'layer-delta.say.outputMse':
    'Output layer: delta is two times a minus y, times f prime of z: {deltas}. Gradients of W{layer} are delta times the layer input.',
  'layer-delta.say.outputCe':
    'Output layer: with softmax and cross-entropy, delta is a minus y: {deltas}. Gradients of W{layer} are delta times the layer input.',
  'layer-delta.say.hidden':
    'Hidden {number}: deltas passed back through W{above} transposed and multiplied by f prime of z: {deltas}. Gradients of W{number} are ready.',
  'layer-delta.say.reset':
    'Backward pass cleared: no deltas yet. Step backward to start from the loss.',
  'layer-delta.say.selected': '{layer} layer selected: delta {deltas}.',
  'layer-delta.say.selectedPending': '{layer} layer selected: delta not computed yet.',
  'layer-delta.say.weight':
    '{weight} is {value}; its gradient is {gradient}: delta {delta} times input {input}',
  'layer-delta.say.weightPending':
    '{weight} is {value}; its gradient appears once the backward pass reaches the {layer} layer',
  // {field} is x or y, {index} its position.
  'layer-delta.say.vector': '{field} {index} is {value}; output {output}, loss {loss}.',
};

addEnglish(layerDeltaSpokenMessages);
