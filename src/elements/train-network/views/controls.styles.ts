import { css } from 'lit';

/**
 * The buttons and the readouts line. Play's pressed look comes with Play's code and the divergence
 * note's with its sentence (views/playing.styles.ts, views/diverged.styles.ts).
 */
export const controlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
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
`;
