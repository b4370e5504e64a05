/**
 * The words of `<neuron-backprop>`'s questions: each factor and the gradient with its working,
 * its rule with numbers and the likely mistakes. Loaded when the element first asks; the numbers
 * are the core's (the same as neuron-exercise.ts asks for).
 */
import { pick } from '../../../core/random.js';
import type { ExerciseQuestion } from '../../../internal/exercise/exercise-element.js';
import type { Localizer } from '../../../internal/localizer.js';
import { FACTOR_IDS, type NeuronQuestion } from '../neuron-exercise.js';
import type { NeuronInputs, NeuronState, Traced } from '../neuron-math.js';
import './questions.messages.js';

type NeuronHint = 'sigmoid' | 'input' | 'sum' | 'missing-dLda' | 'missing-dadz' | 'missing-dz';

/** A factor in a product: negative numbers in parentheses. */
const factor = (value: number, l10n: Localizer): string =>
  value < 0 ? `(${l10n.number(value)})` : l10n.number(value);

export function neuronQuestions(
  state: NeuronState,
  traced: Traced,
  ask: readonly NeuronQuestion[],
  l10n: Localizer,
): ExerciseQuestion<NeuronHint>[] {
  const { a, dLda, dadz } = state;
  const { x, w, y } = state.inputs;
  const dz = state.dz[traced];
  const n = (value: number): string => l10n.number(value);
  const symbols = {
    dLda: '∂L/∂a',
    dadz: '∂a/∂z',
    dz: `∂z/∂${traced}`,
    gradient: `∂L/∂${traced}`,
  };
  const ask1 = (symbol: string): string => l10n.t('neuron-backprop.ask.value', { symbol });
  const rule = (text: string): string => l10n.t('neuron-backprop.hint.rule', { rule: text });
  const questions: ExerciseQuestion<NeuronHint>[] = [];
  if (ask.includes('factors')) {
    const lossRule = `${symbols.dLda} = −${n(y)}/${n(a)} + (1 − ${n(y)})/(1 − ${n(a)})`;
    const sigmoidRule = `${symbols.dadz} = ${n(a)} × (1 − ${n(a)})`;
    const sumRule =
      traced === 'b'
        ? `${symbols.dz} = 1`
        : `${symbols.dz} = ${traced === 'w' ? 'x' : 'w'} = ${n(dz)}`;
    const otherInput = traced === 'w' ? w : x;
    questions.push(
      {
        id: FACTOR_IDS[0],
        expected: dLda,
        label: ask1(symbols.dLda),
        working: `${lossRule} = ${n(dLda)}`,
        rule: rule(lossRule),
      },
      {
        id: FACTOR_IDS[1],
        expected: dadz,
        label: ask1(symbols.dadz),
        working: `${sigmoidRule} = ${n(dadz)}`,
        rule: rule(sigmoidRule),
        mistakes: [
          { value: a, hint: 'sigmoid' },
          { value: 1 - a, hint: 'sigmoid' },
        ],
      },
      {
        id: FACTOR_IDS[2],
        expected: dz,
        label: ask1(symbols.dz),
        working: sumRule,
        rule: rule(sumRule),
        mistakes: traced === 'b' ? [] : [{ value: otherInput, hint: 'input' }],
      },
    );
  }
  if (ask.includes('gradient')) {
    const product = `${factor(dLda, l10n)} × ${factor(dadz, l10n)} × ${factor(dz, l10n)}`;
    const gradient = state.gradients[traced];
    questions.push({
      id: 'gradient',
      expected: gradient,
      label: ask1(symbols.gradient),
      working: `${product} = ${n(gradient)}`,
      rule: rule(
        `${symbols.gradient} = ${symbols.dLda} × ${symbols.dadz} × ${symbols.dz} = ${product}`,
      ),
      mistakes: [
        { value: dLda + dadz + dz, hint: 'sum' },
        { value: dadz * dz, hint: 'missing-dLda' },
        { value: dLda * dz, hint: 'missing-dadz' },
        { value: dLda * dadz, hint: 'missing-dz' },
      ],
    });
  }
  // One sentence per named mistake; a missing factor is named by its symbol.
  const hintFor = (hint: NeuronHint): string => {
    if (hint === 'sigmoid') return l10n.t('neuron-backprop.hint.sigmoid');
    if (hint === 'input') return l10n.t('neuron-backprop.hint.input', { symbol: traced });
    if (hint === 'sum') return l10n.t('neuron-backprop.hint.sum');
    const missing = symbols[hint.slice('missing-'.length) as 'dLda' | 'dadz' | 'dz'];
    return l10n.t('neuron-backprop.hint.missing', { symbol: missing });
  };
  return questions.map((question) => ({ hintFor, ...question }));
}

/** Tidy values for "Try new numbers": products a reader can work out by hand. */
const FRESH = {
  x: [-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2],
  w: [-1.5, -1, -0.5, 0.5, 1, 1.5],
  b: [-1, -0.5, 0, 0.5, 1],
  y: [0, 1],
} as const;

export function drawInputs(random: () => number): NeuronInputs {
  return {
    x: pick(random, FRESH.x),
    w: pick(random, FRESH.w),
    b: pick(random, FRESH.b),
    y: pick(random, FRESH.y),
  };
}
