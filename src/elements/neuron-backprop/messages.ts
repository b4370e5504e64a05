import { addEnglish, addTranslations, type Messages } from '../../internal/i18n.js';
import { translations } from '../../i18n/neuron-backprop.js';

// Its words in the other shipped languages, fetched when the element first shows one.
addTranslations('neuron-backprop', translations);

/**
 * Every word <neuron-backprop> shows or speaks, in English. Placeholders: {x}, {w}, {b}, {y},
 * {z}, {a}, {loss} and the like are numbers already in the reader's style; {symbol} is one of
 * the italic parameter names x, w or b, which stay as they are in every language.
 */
export const neuronBackpropMessages: Messages = {
  // The pipeline diagram x, w, b → z → a → L.
  'neuron-backprop.pipeline.label': 'The neuron, from inputs to loss',
  // What pressing an input box does; read after its name.
  'neuron-backprop.trace.x': 'the input: trace the gradient with respect to x',
  'neuron-backprop.trace.w': 'the weight: trace the gradient with respect to w',
  'neuron-backprop.trace.b': 'the bias: trace the gradient with respect to b',
  // Spoken descriptions of the z, a and L boxes.
  'neuron-backprop.stage.z': 'z, the weighted sum w times x plus b: {w} times {x} plus {b} is {z}',
  'neuron-backprop.stage.a': 'a, the sigmoid of z, is {a}',
  'neuron-backprop.stage.l': 'L, the cross-entropy loss of a against the label y = {y}, is {loss}',
  'neuron-backprop.hint': 'Press x, w or b to trace its gradient.',
  // The name of the x/w/b radio group; the chosen symbol follows it when read aloud.
  'neuron-backprop.trace.group': 'Trace the gradient with respect to',

  // The role of each slider's value, shown beside its symbol and read as its description.
  'neuron-backprop.role.x': 'input',
  'neuron-backprop.role.w': 'weight',
  'neuron-backprop.role.b': 'bias',
  // y is the training label: the answer the neuron should give (0 or 1).
  'neuron-backprop.role.y': 'label',
  'neuron-backprop.stepButton': 'Gradient step',
  'neuron-backprop.resetButton': 'Reset',
  // {rate} is the learning rate with a minus sign: "by −0.5 × their gradients".
  'neuron-backprop.step.before': 'A step moves w and b by {rate} × their gradients.',
  'neuron-backprop.step.lower': 'Loss {before} → {after} (lower)',
  'neuron-backprop.step.higher': 'Loss {before} → {after} (higher: try a smaller rate)',
  'neuron-backprop.step.same': 'Loss {before} → {after}',
  'neuron-backprop.step.moves': 'w {wBefore} → {wAfter}, b {bBefore} → {bAfter}',

  'neuron-backprop.plot.label':
    "Loss plotted against {symbol} from {min} to {max}. At {symbol} = {value} the loss is {loss} and the tangent's slope, the gradient, is {slope}.",
  // The plot's name while the gradient is asked (ask="factors" or "gradient"): no slope in it.
  'neuron-backprop.plot.labelHidden':
    'Loss plotted against {symbol} from {min} to {max}. At {symbol} = {value} the loss is {loss}; the tangent is hidden until you answer.',
  'neuron-backprop.plot.legend': "Loss against {symbol}; the tangent's slope is {slope}",
  // Under the legend after a gradient step. The step changes w and b together, so the curve of
  // the loss against one of them shifts: the old curve and the old point are drawn dashed.
  'neuron-backprop.plot.before':
    'Dashed: the curve and the point before the last step. A step moves w and b together, so the curve moves as well as the point.',

  'neuron-backprop.factors.label': 'The chain rule for this neuron',
  // A chain factor's heading: its position, then its title ("1. sigmoid slope").
  'neuron-backprop.factor.numbered': '{number}. {title}',
  // ∂L/∂a: how the loss changes with the activation.
  'neuron-backprop.factor.dLda': 'loss against activation',
  // ∂a/∂z: the slope of the sigmoid.
  'neuron-backprop.factor.dadz': 'sigmoid slope',
  // ∂z/∂w (or ∂z/∂b, ∂z/∂x): how the weighted sum changes with the traced parameter.
  'neuron-backprop.factor.dz': 'weighted sum against {symbol}',
  // Heading of the row that multiplies the three factors' numbers.
  'neuron-backprop.route.multiply': 'Multiply',
  // Heading of the row with the short form (a − y)x.
  'neuron-backprop.route.simplify': 'Simplify',
  'neuron-backprop.agree': '✓ Both routes agree: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': 'The routes differ: ∂L/∂{symbol} = {gradient}',

  // The finite-difference check of the backpropagated gradient.
  'neuron-backprop.check.label': 'Gradient check',
  'neuron-backprop.check.title': 'Check ∂L/∂{symbol}',
  'neuron-backprop.check.backprop': 'backprop {value}',
  'neuron-backprop.check.numeric': 'finite difference {value}',
  'neuron-backprop.check.error': 'relative error {value}',
};

addEnglish(neuronBackpropMessages);
