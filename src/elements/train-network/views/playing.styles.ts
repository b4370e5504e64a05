import { css } from 'lit';

/**
 * Play pressed: the button is pressed only while training plays, which waits for Play's code
 * (playing.ts), so its look comes with that code, adopted when Play first asks for it.
 */
export const playingStyles = css`
  .controls .play[aria-pressed='true'] {
    border-color: var(--bp-accent);
    box-shadow: inset 0 -3px 0 var(--bp-accent);
  }
`;
