import { css } from 'lit';

export const curvesStyles = css`
  .curves {
    margin: 8px 0 0;
  }
  /* Redrawn with every readout while training plays. Its size is set here, not by what it
     draws: contained in size and layout too, the new curves are laid out without the rest of
     the figure (the grid it sits in) being laid out again. */
  .curves svg {
    contain: strict;
    width: 100%;
    height: 90px;
    display: block;
    border-bottom: 1px solid var(--bp-line);
  }
  .curves polyline {
    fill: none;
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .curves polyline.train {
    stroke: var(--bp-positive);
  }
  .curves polyline.test {
    stroke: var(--bp-negative);
    stroke-dasharray: 5 3;
  }
  .curves .axis {
    stroke: var(--bp-line);
  }
  .swatch {
    display: inline-block;
    width: 16px;
    border-top: 3px solid var(--bp-positive);
  }
  .swatch.test {
    border-top: 3px dashed var(--bp-negative);
  }
`;
