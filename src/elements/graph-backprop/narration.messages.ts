import { addEnglish, type Messages } from '../../internal/i18n.js';

/**
 * What `<graph-backprop>`'s live region says, in English: apart from the element's other words
 * because they arrive with the narration (narration.ts), on the reader's first action or when
 * the page is idle, not before the first paint.
 */
export const narrationMessages: Messages = {
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
  // `{problem}` is the engine's reason (`graph-backprop.reason.*`).
  'graph-backprop.say.variableProblem': '{name} is {value}. Cannot compute: {problem}.',
  'graph-backprop.say.newGraph': {
    one: 'New graph: output {output}, {count} backward step.',
    other: 'New graph: output {output}, {count} backward steps.',
  },
  'graph-backprop.say.paused': 'Paused at step {step} of {total}.',
  'graph-backprop.say.closed': 'Details closed.',

  // Forward mode.
  'graph-backprop.say.forwardStep': 'Step {step} of {total}: {name} gets tangent {tangent}.',
  'graph-backprop.say.forwardDone':
    'The output’s tangent {tangent} equals the backward pass’s gradient for {wrt}.',
  'graph-backprop.say.mode.reverse': 'Reverse mode: the gradient flows back from the output.',
  'graph-backprop.say.mode.forward': 'Forward mode: tracing the tangent of {wrt}.',
};

addEnglish(narrationMessages);
