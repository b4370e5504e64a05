import { css } from 'lit';

/** The figure around the drawing: the SVG's box, the readout line and the legend. */
export const networkStyles = css`
  figure {
    margin: 0;
  }
  .diagram {
    display: block;
    max-width: 100%;
    height: auto;
    margin: 0 auto;
    touch-action: none;
    user-select: none;
  }
  .readout {
    min-height: 2.8em;
    margin: 6px 0 0;
    padding: 6px 8px;
    border-radius: 6px;
    background: var(--bp-surface);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 6px 0 0;
    font-size: 0.82em;
    color: var(--bp-muted);
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  /* The numbers the legend explains are hidden in a phone column (diagram.styles.ts). */
  @container (max-width: 420px) {
    .network.deep .legend-numbers {
      display: none;
    }
  }
  .sample {
    flex: none;
    vertical-align: middle;
  }
  .sample :is(.positive, .negative) {
    stroke-width: 3;
  }
  .sample .positive {
    stroke: var(--bp-positive);
  }
  .sample .negative {
    stroke: var(--bp-negative);
    stroke-dasharray: 5 3;
  }
  .sample .ring {
    fill: color-mix(in srgb, var(--bp-negative) 14%, transparent);
    stroke: var(--bp-negative);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }
`;
