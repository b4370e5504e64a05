import { css } from 'lit';

/**
 * The element's own layout for <neuron-backprop>: one column on a phone, plot beside the
 * controls from 600 px of container width. Sizes come from the container (container queries),
 * never the viewport. Each view's styles live beside it in views/.
 */

/** Italic maths symbols; a page may set --neuron-backprop-symbol-font on the element or above it. */
export const symbolFont = css`var(
  --neuron-backprop-symbol-font,
  'KaTeX_Math',
  'Cambria Math',
  'Times New Roman',
  serif
)`;

export const neuronStyles = css`
  .symbol {
    font-family: ${symbolFont};
    font-style: italic;
    font-size: 1.12em;
  }
  .value {
    font-family: var(--bp-mono);
    font-variant-numeric: tabular-nums;
  }
  .workbench {
    display: grid;
    gap: 12px;
  }
  @container (min-width: 600px) {
    .workbench {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
`;
