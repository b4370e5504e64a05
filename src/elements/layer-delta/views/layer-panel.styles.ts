import { css } from 'lit';

/**
 * The selected layer's panel: the formulas' boxes (W transposed boxed) and the unit-by-unit table.
 * The typeset lines' own spacing comes with the code that writes them (panel-formulas.styles.ts).
 */
export const layerPanelStyles = css`
  .layer-panel {
    padding: 10px 12px;
    border: 1px solid var(--bp-border);
    border-radius: var(--bp-radius);
    background: var(--bp-surface);
    min-width: 0;
  }
  /* Lines of math that wrap (see formulaLines) instead of scrolling: nothing is cut off. */
  .formula {
    max-width: 100%;
  }
  /* W transposed, boxed. Here rather than with the typeset lines' styles: KaTeX's own
     .katex .fbox is as specific, so this rule keeps its place in the order of the sheets. */
  .formula .fbox {
    border-color: var(--bp-accent);
    border-width: 0.1em;
    background: color-mix(in srgb, var(--bp-highlight) 22%, transparent);
  }
  .formula-label {
    margin: 8px 0 0;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--bp-muted);
  }
  .unit-table {
    border-collapse: collapse;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .unit-table :is(th, td) {
    padding: 2px 8px;
    text-align: right;
    border-bottom: 1px solid var(--bp-border);
  }
`;
