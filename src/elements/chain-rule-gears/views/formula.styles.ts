import { css } from 'lit';

/** The chain rule: one column per factor, its symbol above and its number below. */
export const formulaStyles = css`
  /* Nothing in the formula follows the lever: a stacking context of its own, so a move of the
     lever repaints the readouts without walking the equation's many boxes again (its recorded
     paint is reused as a whole). */
  .formula {
    min-width: 0;
    isolation: isolate;
  }
  .formula-title {
    margin: 0 0 4px;
    font-size: 0.85em;
    color: var(--bp-muted);
  }
  .equation {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    row-gap: 8px;
  }
  .column {
    display: grid;
    grid-template-rows: 3em 1.8em;
    align-items: center;
    justify-items: center;
    padding: 2px 4px;
    border-radius: 6px;
    border: 1px solid transparent;
  }
  .column.op {
    padding: 2px 1px;
  }
  .factor {
    cursor: default;
  }
  .factor.active {
    border-color: var(--bp-highlight);
    background: color-mix(in srgb, var(--bp-highlight) 18%, var(--bp-bg));
  }
  .total .num {
    font-weight: 600;
  }
  .summary {
    margin: 8px 0 0;
    font-size: 0.95em;
  }
  .summary strong {
    font-family: var(--bp-mono);
  }
`;
