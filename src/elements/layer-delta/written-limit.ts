/**
 * Matrices up to this many rows and columns are written out in the formulas; a larger layer
 * shows its shape there and its numbers in a unit-by-unit table. A module of its own, importing
 * nothing, so the panel (first paint) and the formulas' TeX (fetched beside KaTeX) share it.
 */
export const MAX_WRITTEN = 3;
