import { css } from 'lit';

/**
 * The typeset lines of the selected layer's panel: adopted with the code that writes them
 * (panel-formulas.ts), which arrives beside KaTeX.
 */
export const panelFormulasStyles = css`
  .formula-row {
    margin: 0.35em 0;
    line-height: 1.2;
  }
  @container (max-width: 420px) {
    .formula .katex {
      font-size: 0.95em;
    }
  }
`;
