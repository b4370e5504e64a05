/**
 * The words of `<chain-rule-gears ask="product">`: the question, the working, the rule and the
 * likely mistakes (the ratios added, or one ratio alone). Loaded when the element first asks;
 * the numbers are the model's, never formatted ones.
 */
import { pick } from '../../../core/random.js';
import type { ExerciseQuestion } from '../../../internal/exercise/exercise-element.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { GearsView } from '../chain-rule-gears-model.js';
import type { GearsQuestion } from '../gears-exercise.js';
import './questions.messages.js';

type GearsHint = 'sum' | 'partial';

/** A factor in a product: a negative number in parentheses, "3 × (−2)". */
function factorText(value: number, l10n: Localizer): string {
  const text = l10n.number(value);
  return value < 0 ? `(${text})` : text;
}

/** The ratios outermost first, as the formula writes them: "3 × 2". */
function ratiosText(model: GearsView): string {
  return [...model.ratios]
    .reverse()
    .map((ratio) => factorText(ratio, model.l10n))
    .join(' × ');
}

export function gearsQuestions(
  model: GearsView,
  ask: readonly GearsQuestion[],
): ExerciseQuestion<GearsHint>[] {
  if (!ask.includes('product')) return [];
  const { ratios, names, product, l10n } = model;
  const stages = ratios.length;
  const sum = ratios.reduce((total, ratio) => total + ratio, 0);
  const factors = ratiosText(model);
  return [
    {
      id: 'product',
      expected: product,
      label: l10n.t('chain-rule-gears.ask.product', { last: names[stages], lever: names[0] }),
      working: `${factors} = ${l10n.number(product)}`,
      rule: l10n.t('chain-rule-gears.hint.rule', { factors }),
      mistakes:
        stages > 1
          ? [
              { value: sum, hint: 'sum' },
              { value: ratios[0], hint: 'partial' },
              { value: ratios[stages - 1], hint: 'partial' },
            ]
          : [],
      hintFor: (hint) => l10n.t(`chain-rule-gears.hint.${hint}`),
    },
  ];
}

/** Tidy ratios for "Try new numbers": no 0 or 1, whose products teach nothing. */
const FRESH_RATIOS = [-3, -2, -1.5, -0.5, 0.5, 1.5, 2, 2.5, 3, 4] as const;

/** As many fresh ratios as the train has stages. */
export function drawRatios(random: () => number, stages: number): number[] {
  return Array.from({ length: stages }, () => pick(random, FRESH_RATIOS));
}
