import { css } from 'lit';

/** The buttons, the readouts line and the divergence note. */
export const controlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .controls .play[aria-pressed='true'] {
    border-color: var(--bp-accent);
    box-shadow: inset 0 -3px 0 var(--bp-accent);
  }
  .readouts {
    contain: layout paint;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 14px;
    margin: 8px 0;
    font-variant-numeric: tabular-nums;
  }
  .readouts .epoch {
    font-weight: 600;
  }
  .diverged {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-left: 4px solid var(--bp-error);
    background: color-mix(in srgb, var(--bp-error) 10%, var(--bp-bg));
  }
`;
