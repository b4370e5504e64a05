import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The English of the strip under the diagram once a pass has taken a step (step-caption.ts), also
 * spoken by forward mode's strip and the details panel: loaded with the first of them, each
 * fetched on demand.
 */
export const stepCaptionMessages: Messages = {
  // The two factors of a contribution, labelled under them in TeX.
  'graph-backprop.tex.upstream': 'upstream',
  'graph-backprop.tex.local': 'local',
  'graph-backprop.caption.stepTitle': 'Step {step} of {total}:',
  'graph-backprop.caption.step':
    "{name} passes its gradient {gradient} to each input, times that input's local gradient.",
  'graph-backprop.caption.doneTitle': 'Done.',
  'graph-backprop.caption.done':
    "Every gradient is in; each variable's is the sum of what reached it:",
};

addEnglish(stepCaptionMessages);
