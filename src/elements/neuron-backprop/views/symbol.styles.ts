import { css } from 'lit';

/** Italic maths symbols; a page may set --neuron-backprop-symbol-font on the element or above it. */
export const symbolFont = css`var(
  --neuron-backprop-symbol-font,
  'KaTeX_Math',
  'Cambria Math',
  'Times New Roman',
  serif
)`;
