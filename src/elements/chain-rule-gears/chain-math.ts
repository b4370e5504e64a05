/**
 * The arithmetic of a gear train, free of DOM and Lit: each stage multiplies the displacement it
 * receives by its own ratio (its local derivative), so the end-to-end derivative is the product.
 */

/** The most stages one element draws; six still fit a phone column. */
export const MAX_STAGES = 6;
/** Each ratio's allowed size: beyond this the gears would spin too fast to follow. */
export const MAX_RATIO = 10;
/** The lever's travel either side of its rest position. */
export const LEVER_RANGE = 10;

/** Turns -0 into 0, so a stopped gear never reads as "−0". */
const clean = (value: number): number => (value === 0 ? 0 : value);

/**
 * The displacement after each stage: stage k turns by ratio k times what stage k−1 did.
 * Ratios `2 3` with input 1 give `[2, 6]`; a zero ratio stops every later stage.
 */
export function stageOutputs(ratios: readonly number[], input: number): number[] {
  const outputs: number[] = [];
  let carried = input;
  for (const ratio of ratios) {
    carried = clean(carried * ratio);
    outputs.push(carried);
  }
  return outputs;
}

/** The total derivative of the last stage with respect to the lever: the product of the ratios. */
export function chainProduct(ratios: readonly number[]): number {
  return clean(ratios.reduce((product, ratio) => product * ratio, 1));
}

/** The TeX name of stage k's displacement: x for the lever (k = 0), y_k for gear k. */
export function stageVariable(k: number): string {
  return k === 0 ? 'x' : `y_{${k}}`;
}

/** The TeX of stage k's local derivative, d y_k / d y_{k−1}. */
export function factorTex(k: number): string {
  return `\\dfrac{d${stageVariable(k)}}{d${stageVariable(k - 1)}}`;
}

/** The TeX of the whole chain's derivative, d y_n / dx. */
export function totalTex(stages: number): string {
  return `\\dfrac{d${stageVariable(stages)}}{d${stageVariable(0)}}`;
}

/** Keeps the lever inside its travel. */
export function clampLever(value: number): number {
  return Math.min(LEVER_RANGE, Math.max(-LEVER_RANGE, value));
}
