/**
 * With `ask="deltas"`, the panel of the layer the reader predicts: its δ rule, then the numbers
 * going in, with three decimals as the reader uses them, never the result. Loaded with the
 * questions (views/questions.ts); until they are here the panel shows the rule alone.
 */
import type { Localizer } from '../../../internal/localizer.js';
import {
  BREAK,
  columnTex,
  deltaLines,
  derivativeTex,
  fits,
  matrixTex,
  T,
  transpose,
  type LayerEquationInput,
  type Write,
} from '../equation-tex.js';

const asShown: Write = (value: number, l10n: Localizer) => l10n.tex(value);

export function givenLines(input: LayerEquationInput): string[] {
  const [symbolic] = deltaLines({ ...input, revealed: false });
  const { layer: l, sizes, l10n } = input;
  if (!l10n) return [symbolic];
  const k = l - 1;
  const column = (values: readonly number[]): string => columnTex(values, l10n, asShown);
  if (l === sizes.length - 1) {
    if (!fits(sizes[l])) return [symbolic];
    const a = column(input.a[k]);
    const y = column(input.target);
    if (input.loss !== 'mse') return [symbolic, `= ${a} - ${y}`];
    return [symbolic, `= 2\\left(${a} - ${y}\\right) \\odot ${column(input.derivatives[k])}`];
  }
  if (!fits(sizes[l], sizes[l + 1])) return [symbolic];
  const weightsT = matrixTex(transpose(input.weights[k + 1]), l10n, asShown);
  const carried = `\\boxed{W_{${l + 1}}${T}}\\,\\delta_{${l + 1}}`;
  return [
    symbolic,
    `${carried} = \\boxed{${weightsT}}\\,${BREAK}${column(input.deltas[k + 1])}`,
    `${derivativeTex(input.activation, `z_{${l}}`)} = ${column(input.derivatives[k])}`,
  ];
}
