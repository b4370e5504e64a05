import { REASON_WORDS } from '../../core/reason-words.js';
import { addEnglish, addTranslations, type Messages } from '../../internal/i18n.js';
import { translations } from '../../i18n/graph-backprop.js';

// Its words in the other shipped languages, fetched when the element first shows one.
addTranslations('graph-backprop', translations);

/**
 * Every word `<graph-backprop>` shows or speaks, in English. `{name}` is a node's name as
 * `graph-backprop.name.*` gives it ("w", "the constant 2", "the multiply node"); numbers come
 * already formatted for the reader's language. Op keys end with the core's op name (`mul`,
 * `bce_logits`, ...), which readers never see. The views a reader opens on demand (the details
 * panel, forward mode's strip, the expression box, the strip at a step) carry their own English
 * beside them (`views/*.messages.ts`), loaded with them.
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
  'graph-backprop.caption.single': 'A single input: its gradient with respect to itself is 1.',
  'graph-backprop.caption.start':
    'Forward values are in. Press Step to send the gradient back from the output, where it starts at 1.',

  // ---- the controls ----
  // The Step, Play and Reset group in reverse mode.
  'graph-backprop.controls': 'Backward pass',
  'graph-backprop.button.step': 'Step',
  'graph-backprop.button.play': 'Play',
  'graph-backprop.button.pause': 'Pause',
  'graph-backprop.button.reset': 'Reset',
  'graph-backprop.counter': 'Step {step} of {total}',
  'graph-backprop.domain.title': 'Cannot compute:',
  // `{message}` is the engine's reason, one of `graph-backprop.reason.*` below.
  'graph-backprop.domain.body': '{message} (at {name}). Change a value to continue.',

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

  // The notes for refused settings are refusals.messages.ts, fetched with the first one.
};

addEnglish(graphBackpropMessages);
// Why a graph cannot be computed (`graph-backprop.reason.<code>`): the core's own English
// templates (core/reason-words.ts), so the words have one source. `{op}` is an op as written in
// an expression (`sqrt`), `{name}` a variable's name, a number or an op, `{wrt}` a variable.
addEnglish(
  Object.fromEntries(
    Object.entries(REASON_WORDS).map(([code, words]) => [`graph-backprop.reason.${code}`, words]),
  ),
);
