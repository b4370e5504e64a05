import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The English of forward mode's strip under the diagram: the tangent carried node by node, the
 * comparison with reverse mode at the end and the pass tally. Loaded with the view, which is fetched on first use.
 */
export const forwardCaptionMessages: Messages = {
  'graph-backprop.forward.start':
    'Forward mode: the tangent of {wrt} starts at 1 and every other input’s at 0. Press Step forward to carry it on, one node at a time.',
  'graph-backprop.forward.step':
    '{name} adds up local gradient × input tangent over its inputs: its tangent is {tangent}.',
  // `{tangent}` is the output's tangent; `{gradient}` what the backward pass gives for `{wrt}`.
  'graph-backprop.forward.done':
    'The output’s tangent, {tangent}, is the gradient with respect to {wrt}: the backward pass gives {gradient} for {wrt} too.',
  'graph-backprop.forward.tally': {
    one: 'Every gradient of this output: forward mode needs {count} pass (one per input), reverse mode 1 (one per output).',
    other:
      'Every gradient of this output: forward mode needs {count} passes (one per input), reverse mode 1 (one per output).',
  },
  'graph-backprop.tex.tangentTitle': 'tangent',
};

addEnglish(forwardCaptionMessages);
