import { css } from 'lit';

/**
 * The note under the buttons when training diverged: it shows the divergence sentence, so it
 * waits for that sentence's code (spoken.ts), and its look comes with it.
 */
export const divergedStyles = css`
  .diverged {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--bp-error);
    background: color-mix(in srgb, var(--bp-error) 10%, var(--bp-bg));
  }
`;
