import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * Every word `<graph-backprop>` shows or speaks, in English. `{name}` is a node's name as
 * `graph-backprop.name.*` gives it ("w", "the constant 2", "the multiply node"); numbers come
 * already formatted for the reader's language. Op keys end with the core's op name (`mul`,
 * `bce_logits`, ...), which readers never see.
 */
export const graphBackpropMessages: Messages = {
  // ---- what each op is called: as a heading ("multiply node") and in a sentence ("the …") ----
  'graph-backprop.kind.add': 'add node',
  'graph-backprop.kind.sub': 'subtract node',
  'graph-backprop.kind.mul': 'multiply node',
  'graph-backprop.kind.div': 'divide node',
  'graph-backprop.kind.pow': 'power node',
  'graph-backprop.kind.neg': 'negate node',
  'graph-backprop.kind.exp': 'exp node',
  'graph-backprop.kind.log': 'log node',
  'graph-backprop.kind.sqrt': 'square-root node',
  'graph-backprop.kind.sin': 'sine node',
  'graph-backprop.kind.cos': 'cosine node',
  'graph-backprop.kind.tanh': 'tanh node',
  'graph-backprop.kind.sigmoid': 'sigmoid node',
  'graph-backprop.kind.relu': 'ReLU node',
  'graph-backprop.kind.abs': 'absolute-value node',
  'graph-backprop.kind.bce': 'binary cross-entropy node',
  'graph-backprop.kind.bce_logits': 'binary cross-entropy from logits node',
  'graph-backprop.kind.mse': 'squared-error node',
  'graph-backprop.kind.variable': 'variable',
  'graph-backprop.kind.constant': 'constant',
  // An op node named inside a sentence; `{kind}` is one of the kinds above ("the multiply node").
  'graph-backprop.name.op': 'the {kind}',
  // A constant named inside a sentence; `{value}` is the number as written in the expression.
  'graph-backprop.name.constant': 'the constant {value}',

  // ---- what each op does, in the details panel (one sentence each) ----
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

  // ---- the diagram ----
  'graph-backprop.diagram': 'Computation graph of {expr}',
  // A node's accessible name: short, with its numbers; how to use it is in the hints below.
  'graph-backprop.node.label': '{name}, value {value}, gradient {gradient}',
  // The same while the backward pass has brought only part of the node's gradient.
  'graph-backprop.node.labelSoFar': '{name}, value {value}, gradient so far {gradient}',
  'graph-backprop.node.labelUnreached': '{name}, value {value}, gradient not reached yet',
  // A variable is a slider: its value is read out as the slider's value, so the name leaves it out.
  'graph-backprop.variable.label': '{name}, gradient {gradient}',
  'graph-backprop.variable.labelSoFar': '{name}, gradient so far {gradient}',
  'graph-backprop.variable.labelUnreached': '{name}, gradient not reached yet',
  'graph-backprop.hint.variable':
    'Left and Right arrows change the value by {fine}, Page Up and Page Down by {coarse}, Home and End go to the ends; Up and Down arrows move to the other nodes; Enter opens the details; or drag sideways.',
  'graph-backprop.hint.node':
    'Enter or Space opens the details; arrow keys move to the other nodes.',
  // Drawn on an edge before the pass crosses it, above the edge's local gradient.
  'graph-backprop.edge.local': 'local',

  // ---- the formula strip and its TeX words ----
  'graph-backprop.tex.out': 'out',
  'graph-backprop.tex.upstream': 'upstream',
  'graph-backprop.tex.local': 'local',
  'graph-backprop.caption.single': 'A single input: its gradient with respect to itself is 1.',
  'graph-backprop.caption.start':
    'Forward values are in. Press Step to send the gradient back from the output, where it starts at 1.',
  'graph-backprop.caption.stepTitle': 'Step {step} of {total}:',
  'graph-backprop.caption.step':
    "{name} passes its gradient {gradient} to each input, times that input's local gradient.",
  'graph-backprop.caption.doneTitle': 'Done.',
  'graph-backprop.caption.done':
    "Every gradient is in; each variable's is the sum of what reached it:",

  // ---- the controls ----
  // The Step, Play and Reset group in reverse mode.
  'graph-backprop.controls': 'Backward pass',
  'graph-backprop.button.step': 'Step',
  'graph-backprop.button.play': 'Play',
  'graph-backprop.button.pause': 'Pause',
  'graph-backprop.button.reset': 'Reset',
  'graph-backprop.counter': 'Step {step} of {total}',
  'graph-backprop.domain.title': 'Cannot compute:',
  // `{message}` comes from the expression engine and may stay in English.
  'graph-backprop.domain.body': '{message} (at {name}, {id}). Change a value to continue.',

  // ---- the expression box ----
  'graph-backprop.expression.label': 'Expression',
  // `{first}`, `{second}` and `{third}` are example expressions, shown as code.
  'graph-backprop.expression.help': 'Try {first}, {second} or {third}.',
  // `{message}` is the expression engine's reason, which may stay in English.
  'graph-backprop.expression.failure':
    'This cannot be read: {message}. The graph below is the last one that worked.',

  // ---- the details panel ----
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
  'graph-backprop.value.label': 'Value of {name}',
  'graph-backprop.value.invalid': 'type a number, such as {example}',
  'graph-backprop.check.title': 'Finite-difference check',
  'graph-backprop.check.nudge': 'with a small nudge h = {h}',
  'graph-backprop.check.compare':
    'Backpropagation says {autodiff}; nudging the input says {numeric}.',
  'graph-backprop.check.agree': '✓ They agree.',
  'graph-backprop.check.differ': '✗ They differ.',

  // ---- the live region ----
  'graph-backprop.say.start': 'Back at the start: only the output has its gradient, 1.',
  'graph-backprop.say.step': 'Step {step} of {total}: {name} passes gradient {gradient}.',
  'graph-backprop.say.contribution':
    '{name} gets {contribution}: upstream {upstream} times local {local}.',
  'graph-backprop.say.done': 'All gradients are done.',
  // During Play, one short sentence per step.
  'graph-backprop.say.playStep': 'Step {step} of {total}: {name}.',
  'graph-backprop.say.selected': 'Selected {name}, {kind}: value {value}, gradient {gradient}.',
  'graph-backprop.say.variable':
    '{name} is {value}. Output {output}; gradient of {name} {gradient}.',
  // `{problem}` comes from the expression engine and may stay in English.
  'graph-backprop.say.variableProblem': '{name} is {value}. Cannot compute: {problem}.',
  'graph-backprop.say.newGraph': {
    one: 'New graph: output {output}, {count} backward step.',
    other: 'New graph: output {output}, {count} backward steps.',
  },
  'graph-backprop.say.paused': 'Paused at step {step} of {total}.',
  'graph-backprop.say.closed': 'Details closed.',

  // ---- forward mode ----
  'graph-backprop.mode.legend': 'Pass',
  'graph-backprop.mode.reverse': 'Reverse mode (backward)',
  'graph-backprop.mode.forward': 'Forward mode',
  'graph-backprop.wrt.label': 'Tangent of',
  // The Step, Play and Reset group in forward mode (reverse mode's is `graph-backprop.controls`).
  'graph-backprop.forward.controls': 'Forward-mode pass',
  // Forward mode's Step button: carries the tangent one node further towards the output.
  'graph-backprop.forward.button': 'Step forward',
  // A node's name in forward mode; `{tangent}` is d node / d `{wrt}` so far.
  'graph-backprop.forward.label': '{name}, value {value}, tangent {tangent}',
  'graph-backprop.forward.labelUnreached': '{name}, value {value}, tangent not reached yet',
  'graph-backprop.forward.start':
    'Forward mode: the tangent of {wrt} starts at 1 and every other input’s at 0. Press Step forward to carry it on, one node at a time.',
  'graph-backprop.forward.stepTitle': 'Step {step} of {total}:',
  'graph-backprop.forward.step':
    '{name} adds up local gradient × input tangent over its inputs: its tangent is {tangent}.',
  'graph-backprop.forward.doneTitle': 'Done.',
  // `{tangent}` is the output's tangent; `{gradient}` what the backward pass gives for `{wrt}`.
  'graph-backprop.forward.done':
    'The output’s tangent, {tangent}, is the gradient with respect to {wrt}: the backward pass gives {gradient} for {wrt} too.',
  'graph-backprop.forward.tally': {
    one: 'Every gradient of this output: forward mode needs {count} pass (one per input), reverse mode 1 (one per output).',
    other:
      'Every gradient of this output: forward mode needs {count} passes (one per input), reverse mode 1 (one per output).',
  },
  'graph-backprop.tex.tangentTitle': 'tangent',
  'graph-backprop.say.forwardStep': 'Step {step} of {total}: {name} gets tangent {tangent}.',
  'graph-backprop.say.forwardDone':
    'The output’s tangent {tangent} equals the backward pass’s gradient for {wrt}.',
  'graph-backprop.say.mode.reverse': 'Reverse mode: the gradient flows back from the output.',
  'graph-backprop.say.mode.forward': 'Forward mode: tracing the tangent of {wrt}.',

  // ---- refused settings ----
  'graph-backprop.problem.unknownVariable':
    "'{name}' is not a variable of {expr} (its variables: {names})",
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' is not a variable of {expr}, which has none",
  // `{last}` is the last node id, such as n5.
  'graph-backprop.problem.selected':
    "expected a variable name ({names}) or a node id from n0 to {last}, got '{got}'",
  'graph-backprop.problem.selectedNoVariables': "expected a node id from n0 to {last}, got '{got}'",
  'graph-backprop.problem.confusingName':
    "'{name}' reads as a broken number; choose another variable name",
  'graph-backprop.problem.wrt':
    "'{name}' is not a variable of {expr}; forward mode can trace {names}",
  // `{message}` is the expression engine's reason, which may stay in English.
  'graph-backprop.problem.parse': 'the expression cannot be read: {message}',
};

addEnglish(graphBackpropMessages);
