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
    margin-left: auto;
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
    border-left: 4px solid var(--bp-error);
    background: color-mix(in srgb, var(--bp-error) 10%, var(--bp-bg));
  }
  @container (max-width: 420px) {
    .controls .counter {
      margin-left: 0;
      flex-basis: 100%;
    }
  }
`;
