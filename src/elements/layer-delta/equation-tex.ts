import { ENGLISH, type Localizer } from '../../internal/localizer.js';
import { softmaxJacobian } from '../../core/index.js';
import type { Activation, Loss } from '../../core/index.js';
import { MAX_WRITTEN } from './written-limit.js';

/**
 * The TeX a selected layer shows, DOM-free: its delta rule with W transposed boxed (the box is
 * themed by the element's CSS), then the same rule with the live numbers when the matrices are
 * small, or with their shapes when they are not; then its weight gradient, delta times input.
 */

export const T = '^{\\mathsf T}';
/**
 * Where a product of two written-out matrices may wrap onto a new line in a narrow panel (the
 * panel sets its lines as breakable math, which also wraps after = and ⊙).
 */
export const BREAK = '\\allowbreak ';

export interface LayerEquationInput {
  /** Numbers in the reader's style (`0{,}5` in German); English when absent. */
  l10n?: Localizer;
  /** The layer, as an index into sizes (1 = first hidden layer, sizes.length - 1 = output). */
  layer: number;
  sizes: readonly number[];
  /** The activation of this layer (sigmoid at a bce output). */
  activation: Activation;
  loss: Loss;
  /** Whether the backward pass has reached this layer yet. */
  revealed: boolean;
  /** The numbers, all indexed like the core's arrays (one entry per layer after the input). */
  input: readonly number[];
  target: readonly number[];
  a: readonly (readonly number[])[];
  derivatives: readonly (readonly number[])[];
  deltas: readonly (readonly number[])[];
  weights: readonly (readonly (readonly number[])[])[];
  weightGradients: readonly (readonly (readonly number[])[])[];
}

export function derivativeTex(activation: Activation, z: string): string {
  switch (activation) {
    case 'sigmoid':
      return `\\sigma'(${z})`;
    case 'tanh':
      return `\\tanh'(${z})`;
    case 'relu':
      return `\\operatorname{relu}'(${z})`;
  }
}

/** Two significant digits: small deltas keep their size (0.021 rather than 0.02). */
export function texShort(value: number, l10n: Localizer = ENGLISH): string {
  if (!Number.isFinite(value)) return l10n.tex(value);
  return l10n.tex(Number(value.toPrecision(2)), 6);
}

/** How an entry is written: two significant digits (`texShort`), or as the reader's numbers are. */
export type Write = (value: number, l10n: Localizer) => string;

export function columnTex(
  values: readonly number[],
  l10n: Localizer = ENGLISH,
  write: Write = texShort,
): string {
  return `\\begin{bmatrix} ${values.map((v) => write(v, l10n)).join(' \\\\ ')} \\end{bmatrix}`;
}

export function matrixTex(
  rows: readonly (readonly number[])[],
  l10n: Localizer = ENGLISH,
  write: Write = texShort,
): string {
  const body = rows.map((row) => row.map((v) => write(v, l10n)).join(' & ')).join(' \\\\ ');
  return `\\begin{bmatrix} ${body} \\end{bmatrix}`;
}

export function transpose(rows: readonly (readonly number[])[]): number[][] {
  return rows[0].map((_, j) => rows.map((row) => row[j]));
}

/** A vector's length or a matrix's shape under it. */
function shape(tex: string, rows: number, columns?: number): string {
  return `\\underbrace{${tex}}_{${columns === undefined ? rows : `${rows}\\times${columns}`}}`;
}

export function fits(...counts: number[]): boolean {
  return counts.every((n) => n <= MAX_WRITTEN);
}

/** The numbers going in as the reader uses them (three decimals), when asked to predict δ. */
const asShown: Write = (value, l10n) => l10n.tex(value);

/**
 * The delta rule for one layer: symbolic, then with numbers or shapes. The numeric form comes
 * in short lines (W^T δ first, then ⊙ f′) so it fits a phone column. With `given` (the reader
 * predicts this δ, with `ask`), the rule and then the numbers going in, written as the reader
 * uses them, never the result; only the rule when the matrices are too large to write out.
 */
export function deltaLines(input: LayerEquationInput, given = false): string[] {
  const { layer: l, sizes } = input;
  const l10n = input.l10n ?? ENGLISH;
  const write = given ? asShown : texShort;
  const column = (values: readonly number[]): string => columnTex(values, l10n, write);
  const last = sizes.length - 1;
  const k = l - 1; // index into the core's per-layer arrays
  const n = sizes[l];
  const delta = `\\delta_{${l}}`;
  const fPrime = derivativeTex(input.activation, `z_{${l}}`);
  if (l === last) {
    // bce (sigmoid) and ce (softmax) both collapse to a − y; ce shows the Jacobian it passes.
    const collapses = input.loss !== 'mse';
    const symbolic =
      input.loss === 'ce'
        ? `${delta} = J${T} \\frac{\\partial L}{\\partial a_{${l}}} = a_{${l}} - y`
        : collapses
          ? `${delta} = a_{${l}} - y`
          : `${delta} = 2\\,(a_{${l}} - y) \\odot ${fPrime}`;
    if (!input.revealed && !given) return [symbolic];
    if (!fits(n)) {
      if (given) return [symbolic];
      return [
        symbolic,
        collapses
          ? `${shape(delta, n)} = ${shape(`a_{${l}}`, n)} - ${shape('y', n)}`
          : `${shape(delta, n)} = 2\\,(${shape(`a_{${l}}`, n)} - ${shape('y', n)}) \\odot ${shape(fPrime, n)}`,
      ];
    }
    const a = column(input.a[k]);
    const y = column(input.target);
    const numeric = collapses
      ? `= ${a} - ${y}`
      : `= 2\\left(${a} - ${y}\\right) \\odot ${column(input.derivatives[k])}`;
    return given ? [symbolic, numeric] : [symbolic, numeric, `= ${column(input.deltas[k])}`];
  }
  const above = sizes[l + 1];
  const wT = `\\boxed{W_{${l + 1}}${T}}`;
  const carried = `${wT}\\,\\delta_{${l + 1}}`;
  const symbolic = `${delta} = \\left(${carried}\\right) \\odot ${fPrime}`;
  if (!input.revealed && !given) return [symbolic];
  if (!fits(n, above)) {
    if (given) return [symbolic];
    return [
      symbolic,
      `${shape(delta, n)} = \\left(${shape(wT, n, above)}\\,${shape(`\\delta_{${l + 1}}`, above)}\\right) \\odot ${shape(fPrime, n)}`,
    ];
  }
  const deltaAbove = input.deltas[k + 1];
  const weightsT = transpose(input.weights[k + 1]);
  const weighted = `${carried} = \\boxed{${matrixTex(weightsT, l10n, write)}}\\,${BREAK}${column(deltaAbove)}`;
  if (given) return [symbolic, weighted, `${fPrime} = ${column(input.derivatives[k])}`];
  const back = weightsT.map((row) => row.reduce((sum, w, i) => sum + w * deltaAbove[i], 0));
  return [
    symbolic,
    weighted,
    `= ${column(back)}`,
    `${delta} = ${column(back)} \\odot ${column(input.derivatives[k])} = ${column(input.deltas[k])}`,
  ];
}

/**
 * The softmax output's Jacobian J = ∂a/∂z = diag(a) − a aᵀ (loss 'ce'), with its numbers when
 * it is small, its shape when not; empty for any other layer or loss. It depends only on the
 * forward pass, so it shows before the backward pass reaches the output.
 */
export function jacobianLines(input: LayerEquationInput): string[] {
  const { layer: l, sizes } = input;
  if (input.loss !== 'ce' || l !== sizes.length - 1) return [];
  const l10n = input.l10n ?? ENGLISH;
  const n = sizes[l];
  const symbolic = `J = \\frac{\\partial a_{${l}}}{\\partial z_{${l}}} = \\operatorname{diag}(a_{${l}}) - a_{${l}}\\,a_{${l}}${T}`;
  if (!fits(n)) return [symbolic, `= ${shape('J', n, n)}`];
  // Two lines, so the matrix fits a narrow panel.
  return [symbolic, `= ${matrixTex(softmaxJacobian(input.a[l - 1]), l10n)}`];
}

/** The weight gradient of the layer's incoming weights: delta times the layer's input. */
export function gradientLines(input: LayerEquationInput): string[] {
  const { layer: l, sizes } = input;
  const l10n = input.l10n ?? ENGLISH;
  const k = l - 1;
  const inputName = l === 1 ? 'x' : `a_{${l - 1}}`;
  const gradient = `\\frac{\\partial L}{\\partial W_{${l}}}`;
  const symbolic = `${gradient} = \\delta_{${l}}\\,${inputName}${T}`;
  if (!input.revealed) return [symbolic];
  const n = sizes[l];
  const before = sizes[l - 1];
  if (!fits(n, before)) {
    return [
      `${shape(gradient, n, before)} = ${shape(`\\delta_{${l}}`, n)}\\,${shape(`${inputName}${T}`, 1, before)}`,
    ];
  }
  const layerInput = l === 1 ? input.input : input.a[k - 1];
  return [
    `${symbolic} = ${columnTex(input.deltas[k], l10n)}\\,${BREAK}${matrixTex([layerInput], l10n)}`,
    `= ${matrixTex(input.weightGradients[k], l10n)}`,
  ];
}
