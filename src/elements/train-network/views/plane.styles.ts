import { css } from 'lit';

/** The plane's two stacked canvases, its focus ring, and the legend's markers. */
export const planeStyles = css`
  /* The containing block of the plane's description for screen readers (visually hidden, so
     absolutely positioned): without one here it is the page, and Chromium lays such a box out
     again from the page down whenever anything in the figure is laid out (a readout while
     training plays). */
  .plane-figure {
    position: relative;
    margin: 0;
    min-width: 0;
  }
  .plane {
    position: relative;
    width: 100%;
    max-width: 420px;
    aspect-ratio: 1;
    border: 1px solid var(--bp-line);
    cursor: crosshair;
    contain: paint;
    touch-action: manipulation;
  }
  .plane canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin-top: 6px;
    font-size: 0.85em;
    color: var(--bp-muted);
  }
  .legend .key {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .marker {
    width: 12px;
    height: 12px;
  }
  .marker .m {
    stroke: var(--bp-fg);
    stroke-width: 0.18;
  }
`;
