/**
 * Checks and copies for the `weights` and `biases` properties, DOM-free. A value set from code
 * is used only when it matches `sizes` exactly and holds only finite numbers; the note saying
 * the expected shape comes with refusals.ts, fetched the first time a value does not fit.
 */

export function cloneMatrices(value: readonly (readonly (readonly number[])[])[]): number[][][] {
  if (!Array.isArray(value)) return value as unknown as number[][][];
  return value.map((matrix) =>
    Array.isArray(matrix)
      ? matrix.map((row) => (Array.isArray(row) ? [...row] : row))
      : (matrix as unknown as number[][]),
  );
}

const finiteRow = (row: unknown, length: number): boolean =>
  Array.isArray(row) &&
  row.length === length &&
  row.every((v) => typeof v === 'number' && Number.isFinite(v));

/**
 * Null when `value` fits `sizes`; otherwise -1 when it does not hold one entry per layer after
 * the input, or the index of the first matrix (weights) or array (biases) that does not fit.
 */
export function misfit(
  value: unknown,
  sizes: readonly number[],
  kind: 'weights' | 'biases',
): number | null {
  const layers = sizes.length - 1;
  if (!Array.isArray(value) || value.length !== layers) return -1;
  const fits =
    kind === 'biases'
      ? (entry: unknown, l: number) => finiteRow(entry, sizes[l + 1])
      : (entry: unknown, l: number) =>
          Array.isArray(entry) &&
          entry.length === sizes[l + 1] &&
          entry.every((row) => finiteRow(row, sizes[l]));
  const bad = value.findIndex((entry, l) => !fits(entry, l));
  return bad === -1 ? null : bad;
}
