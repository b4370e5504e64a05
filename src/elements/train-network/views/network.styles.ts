import { css } from 'lit';

/**
 * The drawing's rules. The selected connection and the unit whose δ is told are marked only
 * while the gradient panel is open: their rules come with it (views/gradient-panel.styles.ts);
 * the thumbnails' with their painter (views/thumbnails.styles.ts).
 */
export const networkStyles = css`
  .network {
    margin: 0;
  }
  /* While training plays the drawing changes ten times a second: contained, the browser paints
     it again on its own instead of the whole figure with it (so do the plane, the readouts and
     the curves). */
  .network svg {
    contain: paint;
    width: 100%;
    max-height: 260px;
    display: block;
  }
  .network .wire {
    stroke: var(--bp-positive);
    opacity: 0.85;
  }
  .network .negative .wire {
    stroke: var(--bp-negative);
    stroke-dasharray: 4 2;
  }
  .network .hit {
    stroke: transparent;
    stroke-width: 8;
    cursor: pointer;
    /* Only a wider target for the pointer: hit-tested along its stroke, never painted. */
    visibility: hidden;
    pointer-events: stroke;
  }
  .network .unit {
    fill: var(--bp-bg);
    stroke: var(--bp-line);
    stroke-width: 1.5;
  }
  .network .pickable {
    cursor: pointer;
  }
  .network .feature {
    fill: var(--bp-fg);
    font-size: 11px;
  }
  .network .swatch.positive {
    border-top: 3px solid var(--bp-positive);
  }
  .network .swatch.negative {
    border-top: 3px dashed var(--bp-negative);
  }
`;
