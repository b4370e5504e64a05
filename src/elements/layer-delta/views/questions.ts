/**
 * The words of `<layer-delta ask="deltas">`: for each asked δ, the question, the working, the
 * rule with its numbers and the likely mistakes (f′(z) left out, the wrong weights, the sign);
 * and the fresh numbers of "Try new numbers". Loaded when the element first asks; the numbers
 * are the core's (the same as delta-exercise.ts asks for), never formatted ones.
 */
import type { LikelyMistake } from '../../../core/answer.js';
import { pick } from '../../../core/random.js';
import type { ExerciseQuestion } from '../../../internal/exercise/exercise-element.js';
import type { Localizer } from '../../../internal/localizer.js';
import { deltaAsked, type AskedDelta, type DeltaQuestion } from '../delta-exercise.js';
import { computed, layerCount, outputLayer, type LayerDeltaModel } from '../layer-delta-model.js';
import { subscript, unitName } from '../narration.js';
import './questions.messages.js';

/**
 * The named mistakes: f′(z) left out; f′(z) put in where cross-entropy cancels it; the 2 of the
 * squared error left out; another unit's weights (a row of W instead of Wᵀ, or the wrong row).
 */
type DeltaHint = 'slope' | 'slopeCancels' | 'two' | 'transpose';

/** A factor in a product: negative numbers in parentheses. */
const factor = (value: number, l10n: Localizer): string =>
  value < 0 ? `(${l10n.number(value)})` : l10n.number(value);

/** What the rule says and the value of each likely mistake, for one asked δ. */
interface Worked {
  /** The rule with the numbers in it, never the result: "δ = a − y = 0.731 − 1". */
  readonly rule: string;
  readonly mistakes: LikelyMistake<DeltaHint>[];
}

/** The output's δ: a − y with bce and ce (f′ cancels), 2(a − y) f′(z) with mse. */
function outputWorked(model: LayerDeltaModel, unit: number, l10n: Localizer): Worked {
  const k = outputLayer(model) - 1;
  const a = model.cache.a[k][unit];
  const y = model.target[unit];
  const slope = model.slopes[k][unit];
  const n = (value: number): string => l10n.number(value);
  if (model.config.loss === 'mse')
    return {
      rule: `δ = 2(a − y) × f′(z) = 2 × (${n(a)} − ${n(y)}) × ${n(slope)}`,
      mistakes: [
        { value: 2 * (a - y), hint: 'slope' },
        { value: (a - y) * slope, hint: 'two' },
      ],
    };
  return {
    rule: `δ = a − y = ${n(a)} − ${n(y)}`,
    mistakes: [{ value: (a - y) * slope, hint: 'slopeCancels' }],
  };
}

/** A hidden unit's δ: its row of Wᵀ times the δ above, times its f′(z). */
function hiddenWorked(
  model: LayerDeltaModel,
  layer: number,
  unit: number,
  l10n: Localizer,
): Worked {
  const weights = model.network.weights[layer]; // W of the layer above: [unit above][unit here]
  const above = model.result.deltas[layer];
  const slope = model.slopes[layer - 1][unit];
  const carried = (column: number): number =>
    weights.reduce((sum, row, i) => sum + row[column] * above[i], 0);
  const terms = weights
    .map((row, i) => `${factor(row[unit], l10n)} × ${factor(above[i], l10n)}`)
    .join(' + ');
  const symbol = `(W${subscript(layer + 1)}ᵀδ${subscript(layer + 1)})${subscript(unit + 1)}`;
  const mistakes: LikelyMistake<DeltaHint>[] = [{ value: carried(unit), hint: 'slope' }];
  // Another unit's row of Wᵀ.
  for (let other = 0; other < model.config.sizes[layer]; other++)
    if (other !== unit) mistakes.push({ value: carried(other) * slope, hint: 'transpose' });
  // A row of W itself, where its length matches the δ above.
  const row = weights[unit];
  if (row && row.length === above.length) {
    const untransposed = row.reduce((sum, w, j) => sum + w * above[j], 0);
    mistakes.push({ value: untransposed * slope, hint: 'transpose' });
  }
  return { rule: `δ = ${symbol} × f′(z) = (${terms}) × ${l10n.number(slope)}`, mistakes };
}

function question(
  model: LayerDeltaModel,
  asked: AskedDelta,
  l10n: Localizer,
): ExerciseQuestion<DeltaHint> {
  const { layer, unit, expected } = asked;
  const worked =
    layer === outputLayer(model)
      ? outputWorked(model, unit, l10n)
      : hiddenWorked(model, layer, unit, l10n);
  return {
    id: asked.id,
    expected,
    label: l10n.t('layer-delta.ask.delta', {
      unit: unitName(l10n, layer, unit, layerCount(model)),
    }),
    working: `${worked.rule} = ${l10n.number(expected)}`,
    rule: l10n.t('layer-delta.hint.rule', { rule: worked.rule }),
    mistakes: worked.mistakes,
    hintFor: (hint) => l10n.t(`layer-delta.hint.${hint}`),
  };
}

export function deltaQuestions(
  model: LayerDeltaModel,
  ask: readonly DeltaQuestion[],
  l10n: Localizer,
): ExerciseQuestion<DeltaHint>[] {
  return deltaAsked(model, ask).map((asked) => question(model, asked, l10n));
}

/** Tidy values for "Try new numbers": sums of products a reader can work out by hand. */
const FRESH = {
  x: [-1, -0.5, 0.5, 1, 1.5],
  w: [-1.5, -1, -0.8, -0.5, -0.3, 0.3, 0.5, 0.8, 1, 1.5],
  b: [-0.5, -0.2, 0, 0.2, 0.5],
} as const;

/**
 * Fresh numbers ("Try new numbers"): a new input and new weights and biases of the same shapes
 * drawn from `random`, the backward pass back before the output and the output selected.
 */
export function withNewNumbers(model: LayerDeltaModel, random: () => number): LayerDeltaModel {
  const { sizes } = model.config;
  const draw = (choices: readonly number[], count: number): number[] =>
    Array.from({ length: count }, () => pick(random, choices));
  const input = draw(FRESH.x, sizes[0]);
  const weights = sizes.slice(1).map((n, k) => draw([], n).map(() => draw(FRESH.w, sizes[k])));
  const biases = sizes.slice(1).map((n) => draw(FRESH.b, n));
  const last = outputLayer(model);
  return computed({
    ...model,
    input,
    network: { ...model.network, weights, biases },
    step: 0,
    travel: null,
    selectedLayer: last,
    selectedWeight: { layer: last, row: 0, column: 0 },
    readout: null,
  });
}
