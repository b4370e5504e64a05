/**
 * The words of `<graph-backprop>`'s questions: each step's share (upstream × local) and each
 * named variable's gradient, with the working, the rule with numbers and the likely mistakes
 * (the local derivative alone, the upstream gradient alone, the two added, one use of several);
 * in forward mode each step's tangent, Σ local × input tangent (the local derivative alone, one
 * input's term without the others). Loaded when the element first asks; the numbers are the core's recorded pass, the same as
 * graph-exercise.ts asks for.
 */
import { pick } from '../../../core/random.js';
import type { ExerciseQuestion } from '../../../internal/exercise/exercise-element.js';
import type { Localizer } from '../../../internal/localizer.js';
import { nodeName } from '../describe.js';
import { applyStartValues, type GraphModel } from '../graph-backprop-model.js';
import { resetPass } from '../reader-changes.js';
import {
  askedInputs,
  askedTangents,
  gradientQuestionId,
  stepQuestionId,
  tangentQuestionId,
} from '../graph-exercise.js';
import { STEPS } from '../ask-setting.js';
import { usesOf } from '../node-uses.js';
import './questions.messages.js';

type GraphHint = 'local' | 'upstream' | 'sum' | 'path' | 'tangentLocal' | 'term';

/** A factor in a product: a negative number in parentheses, "1.5 × (−2)". */
const factor = (value: number, l10n: Localizer): string =>
  value < 0 ? `(${l10n.number(value)})` : l10n.number(value);

const product = (upstream: number, local: number, l10n: Localizer): string =>
  `${factor(upstream, l10n)} × ${factor(local, l10n)}`;

function stepQuestions(model: GraphModel, l10n: Localizer): ExerciseQuestion<GraphHint>[] {
  return model.pass.steps.flatMap((step, k) =>
    askedInputs(step).map((i) => {
      const { local, contribution, node: input } = step.inputs[i];
      const factors = product(step.upstream, local, l10n);
      return {
        id: stepQuestionId(k, i),
        expected: contribution,
        label: l10n.t('graph-backprop.ask.step', {
          step: k + 1,
          name: nodeName(step.node, l10n),
          input: nodeName(input, l10n),
        }),
        working: `${factors} = ${l10n.number(contribution)}`,
        rule: l10n.t('graph-backprop.hint.stepRule', { factors }),
        mistakes: [
          { value: local, hint: 'local' as const },
          { value: step.upstream, hint: 'upstream' as const },
          { value: step.upstream + local, hint: 'sum' as const },
        ],
      };
    }),
  );
}

function gradientQuestion(
  model: GraphModel,
  name: string,
  l10n: Localizer,
): ExerciseQuestion<GraphHint> | null {
  const node = model.graph.variables.get(name);
  if (!node) return null;
  const uses = usesOf(model, node);
  const terms = uses.map((use) => product(use.upstream, use.local, l10n)).join(' + ');
  const mistakes =
    uses.length === 1
      ? [
          { value: uses[0].local, hint: 'local' as const },
          { value: uses[0].upstream, hint: 'upstream' as const },
          { value: uses[0].upstream + uses[0].local, hint: 'sum' as const },
        ]
      : uses.map((use) => ({ value: use.contribution, hint: 'path' as const }));
  return {
    id: gradientQuestionId(name),
    expected: node.grad,
    label: l10n.t('graph-backprop.ask.gradient', { name }),
    // The output itself (`ask="x"` of the expression `x`): its gradient is the seed, 1.
    working: terms ? `${terms} = ${l10n.number(node.grad)}` : l10n.number(node.grad),
    rule: l10n.t('graph-backprop.hint.gradientRule', { name, terms: terms || '1' }),
    mistakes,
  };
}

/** Forward mode: the tangent each asked step computes, Σ local × input tangent. */
function tangentQuestions(
  model: GraphModel,
  ask: readonly string[],
  l10n: Localizer,
): ExerciseQuestion<GraphHint>[] {
  const { steps } = model.forward;
  return askedTangents(model, ask).map((k) => {
    const { node, tangent, inputs } = steps[k];
    const terms = inputs
      .map((input) => `${factor(input.local, l10n)} × ${factor(input.tangentIn, l10n)}`)
      .join(' + ');
    // Only the inputs whose tangent is not 0 make a term a reader can leave out.
    const moving = inputs.filter((input) => input.tangentIn !== 0);
    // With a tangent of 1 coming in, one term alone and the local alone are the same number:
    // "one term only" is the likelier mistake then, so it is named first.
    const oneTerm =
      moving.length > 1
        ? moving.map((input) => ({ value: input.contribution, hint: 'term' as const }))
        : [];
    return {
      id: tangentQuestionId(k),
      expected: tangent,
      label: l10n.t('graph-backprop.ask.tangent', {
        step: k + 1,
        name: nodeName(node, l10n),
        wrt: model.wrt,
      }),
      working: `${terms} = ${l10n.number(tangent)}`,
      rule: l10n.t('graph-backprop.hint.tangentRule', { terms }),
      mistakes: [
        ...oneTerm,
        ...moving.map((input) => ({ value: input.local, hint: 'tangentLocal' as const })),
      ],
    };
  });
}

export function graphQuestions(
  model: GraphModel,
  ask: readonly string[],
  l10n: Localizer,
): ExerciseQuestion<GraphHint>[] {
  const hintFor = (hint: GraphHint): string => l10n.t(`graph-backprop.hint.${hint}`);
  if (model.mode === 'forward') {
    return tangentQuestions(model, ask, l10n).map((question) => ({ hintFor, ...question }));
  }
  const questions = ask.includes(STEPS) ? stepQuestions(model, l10n) : [];
  for (const word of ask) {
    const question = word === STEPS ? null : gradientQuestion(model, word, l10n);
    if (question) questions.push(question);
  }
  return questions.map((question) => ({ hintFor, ...question }));
}

/** Tidy values for "Try new numbers": shares a reader can work out by hand. */
const FRESH_VALUES = [-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 3] as const;

/**
 * The snapshot with a fresh value for each variable, the pass back at its start. A draw that puts
 * an op outside its domain (log of a negative) is drawn again, a few times at most.
 */
export function drawModel(random: () => number, model: GraphModel): GraphModel {
  let drawn = model;
  for (let tries = 0; tries < 20; tries++) {
    const names = model.graph.variableNames;
    const values = Object.fromEntries(names.map((name) => [name, pick(random, FRESH_VALUES)]));
    drawn = applyStartValues(model, values).model;
    if (!drawn.problem) break;
  }
  return resetPass(drawn);
}
