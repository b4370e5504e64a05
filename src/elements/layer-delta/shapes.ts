/**
 * Checks and copies for the `weights` and `biases` properties, DOM-free. A value set from code
 * is refused (with a message saying the expected shape) unless it matches `sizes` exactly and
 * holds only finite numbers.
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

/** Null when `value` fits `sizes`, otherwise what shape was expected. */
export function shapeProblem(
  value: unknown,
  sizes: readonly number[],
  kind: 'weights' | 'biases',
): string | null {
  const layers = sizes.length - 1;
  if (kind === 'biases') {
    const expected = `${layers} arrays of finite numbers, sized ${sizes.slice(1).join(', ')}`;
    if (!Array.isArray(value) || value.length !== layers) return `expected ${expected}`;
    const bad = value.findIndex((row, l) => !finiteRow(row, sizes[l + 1]));
    return bad === -1 ? null : `expected ${expected}; biases[${bad}] does not fit`;
  }
  const shapes = sizes
    .slice(1)
    .map((rows, l) => `${rows}×${sizes[l]}`)
    .join(', ');
  const expected = `${layers} matrices of finite numbers shaped ${shapes} (weights[l][i][j] joins unit j of layer l to unit i of layer l+1)`;
  if (!Array.isArray(value) || value.length !== layers) return `expected ${expected}`;
  for (let l = 0; l < layers; l++) {
    const matrix: unknown = value[l];
    if (
      !Array.isArray(matrix) ||
      matrix.length !== sizes[l + 1] ||
      !matrix.every((row) => finiteRow(row, sizes[l]))
    ) {
      return `expected ${expected}; weights[${l}] does not fit`;
    }
  }
  return null;
}
