import { css } from 'lit';

/** The stepping buttons, the status line beside them, and the layer picker. */
export const controlsStyles = css`
  .controls,
  .layer-picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .controls {
    gap: 8px;
    margin-bottom: 10px;
  }
  .controls .status {
    flex: 1 1 180px;
    margin: 0;
    font-size: 0.9em;
    color: var(--bp-muted);
  }
  .asking {
    margin: 0 0 10px;
  }
  .layer-picker {
    gap: 6px;
    margin: 0 0 8px;
    font-size: 0.9em;
  }
  .layer-picker button {
    padding: 2px 10px;
    min-height: 32px;
  }
  .layer-picker button[aria-pressed='true'] {
    border-color: var(--bp-accent);
    box-shadow: inset 0 -3px 0 var(--bp-accent);
    font-weight: 600;
  }
`;
