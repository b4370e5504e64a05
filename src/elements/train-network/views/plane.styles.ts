import { css } from 'lit';

/** The plane's two stacked canvases, its focus ring, and the legend's markers. */
export const planeStyles = css`
  .plane-figure {
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
  @media print {
    .plane-figure {
      break-inside: avoid;
    }
  }
`;
