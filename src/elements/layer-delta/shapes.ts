import { problem, type Problem } from '../../internal/attributes.js';

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
): Problem | null {
  const layers = sizes.length - 1;
  if (kind === 'biases') {
    const expected = { layers, sizes: sizes.slice(1).join(', ') };
    if (!Array.isArray(value) || value.length !== layers)
      return problem('layer-delta.problem.biases', expected);
    const bad = value.findIndex((row, l) => !finiteRow(row, sizes[l + 1]));
    return bad === -1 ? null : problem('layer-delta.problem.biasesAt', { ...expected, index: bad });
  }
  const shapes = sizes
    .slice(1)
    .map((rows, l) => `${rows}×${sizes[l]}`)
    .join(', ');
  const expected = { layers, shapes };
  if (!Array.isArray(value) || value.length !== layers)
    return problem('layer-delta.problem.weights', expected);
  for (let l = 0; l < layers; l++) {
    const matrix: unknown = value[l];
    if (
      !Array.isArray(matrix) ||
      matrix.length !== sizes[l + 1] ||
      !matrix.every((row) => finiteRow(row, sizes[l]))
    ) {
      return problem('layer-delta.problem.weightsAt', { ...expected, index: l });
    }
  }
  return null;
}
