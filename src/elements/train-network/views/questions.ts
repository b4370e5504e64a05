/**
 * The words of `<train-network>`'s question: ∂L/∂w of one connection for a batch of one example,
 * with its working, its rule with numbers and the likely mistakes (a_i or δ_j left out, the
 * regularisation term forgotten; a turned sign the shared check names), and the numbers "Try new
 * numbers" moves on to. Loaded when the element first asks; the numbers are the core's
 * (train-exercise.ts).
 */
import type { ExerciseQuestion } from '../../../internal/exercise/exercise-element.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';
import * as rules from '../train-network-model.js';
import { oneExampleGradient } from '../train-exercise.js';
import type { TrainQuestion } from '../train-network-settings.js';
import { unitName } from './unit-names.js';
import './questions.messages.js';

/** The numbers asked come with their words: the element asks for both when it first asks. */
export { trainAsked } from '../train-exercise.js';

type TrainHint = 'missing-activation' | 'missing-delta' | 'penalty';

/** A factor in a product: negative numbers in parentheses. */
const factor = (value: number, l10n: Localizer): string =>
  value < 0 ? `(${l10n.number(value)})` : l10n.number(value);

export function trainQuestions(
  model: TrainModel,
  ask: readonly TrainQuestion[],
  l10n: Localizer,
): ExerciseQuestion<TrainHint>[] {
  const one = oneExampleGradient(model);
  if (!ask.includes('gradient') || !one) return [];
  const { ref, delta, activation, weight, penalty, gradient } = one;
  const n = (value: number): string => l10n.number(value);
  const kind = model.setup.regularization.kind;
  const rate = model.setup.regularization.rate;
  // The regularisation term as a rule and with its numbers (empty without regularisation).
  const penaltyRule = kind === 'l2' ? ' + λw' : kind === 'l1' ? ' + λ·sign(w)' : '';
  const penaltyNumbers =
    kind === 'l2'
      ? ` + ${factor(rate, l10n)} × ${factor(weight, l10n)}`
      : kind === 'l1'
        ? ` + ${factor(rate, l10n)} × ${factor(Math.sign(weight), l10n)}`
        : '';
  const product = `${factor(delta, l10n)} × ${factor(activation, l10n)}${penaltyNumbers}`;
  const label = l10n.t('train-network.ask.gradient', {
    from: unitName(l10n, model, ref.layer, ref.from),
    to: unitName(l10n, model, ref.layer + 1, ref.to),
  });
  const mistakes: { value: number; hint: TrainHint }[] = [
    { value: delta + penalty, hint: 'missing-activation' },
    { value: activation + penalty, hint: 'missing-delta' },
  ];
  if (penalty !== 0) mistakes.push({ value: delta * activation, hint: 'penalty' });
  const hintFor = (hint: TrainHint): string => l10n.t(`train-network.hint.${hint}`);
  return [
    {
      id: 'gradient',
      expected: gradient,
      label,
      working: `${product} = ${n(gradient)}`,
      rule: l10n.t('train-network.hint.rule', {
        rule: `∂L/∂w = δⱼ·aᵢ${penaltyRule} = ${product}`,
      }),
      mistakes,
      hintFor,
    },
  ];
}

/** "Try new numbers" trains this many more mini-batches at most (at least one). */
const MAX_NEW_BATCHES = 5;

/** New numbers: training goes on a seeded 1 to 5 mini-batches, so the batch and weights move on. */
export function newNumbers(model: TrainModel, random: () => number): TrainModel {
  const batches = 1 + Math.floor(random() * MAX_NEW_BATCHES);
  let next = rules.setPlaying(model, false);
  // As Step would: on a diverging loss the model is rewound and paused, and says so.
  for (let k = 0; k < batches; k++) next = rules.advance(next, 1).model;
  return next;
}
