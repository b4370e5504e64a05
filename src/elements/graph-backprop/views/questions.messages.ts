import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The words of `<graph-backprop>`'s questions and of the refusal of an `ask` it cannot ask,
 * loaded with views/questions.ts and graph-exercise.ts when the element first asks. `{name}` and `{input}` are node names ("w", "the multiply node"); `{factors}` is
 * upstream × local with the numbers in; `{terms}` is a sum of such products.
 */
export const graphQuestionMessages: Messages = {
  // `ask` names a variable the expression lacks; `{names}` lists its variables.
  'graph-backprop.problem.ask':
    "'{name}' is not a variable of {expr}; ask can name steps or {names}",
  // "Predict, then check" (ask="steps"): the question, the field's name, before Step shows it.
  'graph-backprop.ask.step':
    'Step {step}: predict what {name} passes back to {input} (upstream × local)',
  // ask="x w": the final gradient of one variable.
  'graph-backprop.ask.gradient':
    'Predict ∂out/∂{name}, the gradient of the output with respect to {name}',
  // Forward mode (ask="steps" with mode="forward"): the tangent a forward step computes; `{wrt}`
  // is the variable traced.
  'graph-backprop.ask.tangent':
    'Step {step}: predict the tangent of {name} with respect to {wrt} (local × input tangent, added over its inputs)',
  // Hints for a named mistake: the local derivative alone, the upstream gradient alone, the two
  // added, or one use of a variable used more than once.
  'graph-backprop.hint.local':
    'That is the local derivative alone: multiply it by the gradient arriving from above (upstream).',
  'graph-backprop.hint.upstream':
    'That is the upstream gradient alone: multiply it by this node’s local derivative.',
  'graph-backprop.hint.sum': 'Upstream and local multiply; they do not add.',
  'graph-backprop.hint.path': 'That is one use only: the shares of every use add up.',
  // Forward mode's named mistakes: the local derivative alone, one input's term alone.
  'graph-backprop.hint.tangentLocal':
    'That is the local derivative alone: multiply it by the input’s tangent.',
  'graph-backprop.hint.term':
    'That is one input’s term only: add local × input tangent over every input.',
  // From the second wrong try: the rule with the numbers in, never the result.
  'graph-backprop.hint.stepRule': 'Multiply upstream by local: {factors}.',
  'graph-backprop.hint.gradientRule': 'Add upstream × local over every use of {name}: {terms}.',
  // `{terms}` is local × input tangent for each input, added.
  'graph-backprop.hint.tangentRule': 'Add local × input tangent over the inputs: {terms}.',
};

addEnglish(graphQuestionMessages);
