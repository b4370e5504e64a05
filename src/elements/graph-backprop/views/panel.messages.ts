import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The details panel's English: what each op does (one sentence each; op keys end with the
 * core's op name), the panel's headings, the value field and the finite-difference check. Loaded with the view, which is fetched on first use.
 */
export const panelMessages: Messages = {
  'graph-backprop.op.add': 'Adds its inputs; the gradient passes through unchanged to both.',
  'graph-backprop.op.sub':
    'Subtracts the second input from the first; the gradient passes to the first and flips sign for the second.',
  'graph-backprop.op.mul': "Multiplies its inputs; each input's local gradient is the other input.",
  'graph-backprop.op.div': 'Divides the first input by the second.',
  'graph-backprop.op.pow': 'Raises the first input to the power of the second.',
  'graph-backprop.op.neg': 'Flips the sign; the gradient flips sign too.',
  'graph-backprop.op.exp': 'The exponential; its local gradient is its own output.',
  'graph-backprop.op.log': 'The natural logarithm; its local gradient is one over its input.',
  'graph-backprop.op.sqrt': 'The square root; its local gradient is one over twice its output.',
  'graph-backprop.op.sin': 'The sine; its local gradient is the cosine of its input.',
  'graph-backprop.op.cos': 'The cosine; its local gradient is minus the sine of its input.',
  'graph-backprop.op.tanh':
    'The hyperbolic tangent; its local gradient is one minus its output squared.',
  'graph-backprop.op.sigmoid':
    'Squashes its input into (0, 1); its local gradient is its output times one minus its output.',
  'graph-backprop.op.relu':
    'Keeps a positive input and turns a negative one into zero; the gradient passes only when the input is positive.',
  'graph-backprop.op.abs':
    'The absolute value; its local gradient is the sign of its input (zero at zero).',
  'graph-backprop.op.bce':
    'Binary cross-entropy of a predicted probability p against a label y: small when p is near y.',
  'graph-backprop.op.bce_logits':
    'Binary cross-entropy of a label y against the probability sigmoid(z), computed from z itself so it stays exact when z is large.',
  'graph-backprop.op.mse': 'Squared error between a prediction p and a target y.',
  'graph-backprop.panel.variable': 'variable {name}',
  'graph-backprop.panel.close': 'Close details',
  'graph-backprop.panel.aboutVariable':
    'An input you can change: drag it sideways, use the arrow keys on it, or type a value here.',
  'graph-backprop.panel.aboutConstant':
    'A fixed number: it has a gradient like any input, but you cannot change it.',
  'graph-backprop.panel.upstream': 'Upstream gradient reaching it:',
  'graph-backprop.panel.outputSeed': "(the output's own gradient is always 1)",
  // `{letter}` is the letter the op's rule uses for this input (u or v).
  'graph-backprop.panel.input': 'Input {letter} = {name} ({value})',
  'graph-backprop.panel.isOutput': 'It is the output, so its gradient is 1.',
  'graph-backprop.panel.uses': {
    one: 'Its gradient is upstream × local from the one node that reads it:',
    other:
      'Used {count} times, so its gradient is the sum over its uses (upstream × local for each):',
  },
  'graph-backprop.panel.via': 'via {name}:',
  // Instead of the gradient, until every node that reads this one has passed its gradient back.
  'graph-backprop.panel.notReached':
    'The backward pass has not reached it yet: press Step until it gets here.',
  // Forward mode's counterpart, until the tangent has been carried to this node.
  'graph-backprop.panel.forwardNotReached':
    'Forward mode has not reached it yet: press Step forward until it gets here.',
  // `{wrt}` is the variable whose tangent forward mode traces.
  'graph-backprop.panel.tangent':
    'Its tangent with respect to {wrt}: local gradient × input tangent, summed over its inputs:',
  'graph-backprop.panel.seed':
    'An input: its tangent starts at 1 if it is {wrt}, the variable traced, and at 0 otherwise.',
  'graph-backprop.value.label': 'Value of {name}',
  'graph-backprop.value.invalid': 'type a number, such as {example}',
  'graph-backprop.check.title': 'Finite-difference check',
  'graph-backprop.check.nudge': 'with a small nudge h = {h}',
  'graph-backprop.check.compare':
    'Backpropagation says {autodiff}; nudging the input says {numeric}.',
  // The check of an op node: its own value nudged, its inputs held as they are.
  'graph-backprop.check.nudgeNode':
    "with a small nudge h = {h} to this node's value, its inputs held",
  'graph-backprop.check.compareNode':
    'Backpropagation says {autodiff}; nudging this node says {numeric}.',
  'graph-backprop.check.agree': '✓ They agree.',
  'graph-backprop.check.differ': '✗ They differ.',
};

addEnglish(panelMessages);
