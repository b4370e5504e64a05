import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * The notes of `<layer-delta>` for values it cannot use (x and y that do not fit the other
 * settings, weights and biases of another shape, numbers too large for a float), in English: apart
 * from the element's other words because they arrive with refusals.ts, the first time a page gives
 * such values. Names as in messages.ts.
 */
export const layerDeltaRefusalMessages: Messages = {
  // Values that do not fit the other settings (x and y against sizes and the loss).
  'layer-delta.problem.x': {
    one: 'expected {count} number, one per input unit (sizes starts with {count}), got {got}',
    other: 'expected {count} numbers, one per input unit (sizes starts with {count}), got {got}',
  },
  'layer-delta.problem.y': {
    one: 'expected {count} number, one per output unit (sizes ends with {count}), got {got}',
    other: 'expected {count} numbers, one per output unit (sizes ends with {count}), got {got}',
  },
  'layer-delta.problem.misfit': 'not used: {name} would not fit it ({reason})',
  'layer-delta.problem.yRange':
    'expected numbers from {min} to {max}, got {got} (with loss="{loss}" each target is a probability)',
  // Softmax cross-entropy (loss="ce") needs a one-hot or probability target.
  'layer-delta.problem.ceOutputs': 'ce needs at least two outputs: a softmax over one is always 1',
  'layer-delta.problem.ceNegative': 'with ce no target entry may be negative',
  'layer-delta.problem.ceSum':
    'with ce the target must be one-hot or a probability vector summing to 1, not {sum}',
  // Weights and biases set from code.
  'layer-delta.problem.weights':
    'expected {layers} matrices of finite numbers shaped {shapes} (weights[l][i][j] joins unit j of layer l to unit i of layer l+1)',
  'layer-delta.problem.weightsAt':
    'expected {layers} matrices of finite numbers shaped {shapes} (weights[l][i][j] joins unit j of layer l to unit i of layer l+1); weights[{index}] does not fit',
  'layer-delta.problem.biases': 'expected {layers} arrays of finite numbers, sized {sizes}',
  'layer-delta.problem.biasesAt':
    'expected {layers} arrays of finite numbers, sized {sizes}; biases[{index}] does not fit',
  // Numbers of the pass too large for a float (the reader sees — where they are).
  'layer-delta.problem.overflow':
    'the numbers grow too large to compute: try smaller inputs, targets or weights',
};

addEnglish(layerDeltaRefusalMessages);
