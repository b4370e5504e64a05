import { css } from 'lit';

/** The step buttons and counter, and the domain-problem note. */
export const controlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 10px 0 4px;
  }
  .controls .counter {
    margin-inline-start: auto;
    color: var(--bp-muted);
    font-size: 0.92em;
    font-variant-numeric: tabular-nums;
  }
  .controls button[aria-pressed='true'] {
    border-color: var(--bp-accent);
  }
  .domain {
    margin: 8px 0 0;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--bp-error);
    background: color-mix(in srgb, var(--bp-error) 10%, var(--bp-bg));
  }
  @container (max-width: 420px) {
    .controls .counter {
      margin-inline-start: 0;
      flex-basis: 100%;
    }
  }
`;

/** The switch between reverse and forward mode, and the variable forward mode traces. */
export const modeStyles = css`
  .mode {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 16px;
    margin: 10px 0 0;
  }
  .mode-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .mode-choice legend {
    float: inline-start;
    margin-inline-end: 10px;
    padding: 0;
    font-weight: 600;
  }
  .mode select {
    margin-inline-start: 6px;
    min-height: 32px;
    font: inherit;
  }
`;
