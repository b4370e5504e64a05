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
    stroke-width: 0.8;
  }
  .c0 .m {
    fill: rgb(0 114 178);
  }
  .c1 .m {
    fill: rgb(230 159 0);
  }
  .c2 .m {
    fill: rgb(0 158 115);
  }
  .c3 .m {
    fill: rgb(204 121 167);
  }
  .c4 .m {
    fill: rgb(86 180 233);
  }
`;
