import { css } from 'lit';

/** The selected layer's panel: its formulas (W transposed boxed) and the unit-by-unit table. */
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
  .formula-row {
    margin: 0.35em 0;
    line-height: 1.2;
  }
  @container (max-width: 420px) {
    .formula .katex {
      font-size: 0.95em;
    }
  }
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
