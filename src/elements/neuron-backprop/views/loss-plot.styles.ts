import { css } from 'lit';
import { symbolFont } from './symbol.styles.js';

/** The loss plot: curve, tangent, current and previous point, and its caption. */
export const lossPlotStyles = css`
  .plot-box {
    margin: 0;
  }
  svg.plot {
    display: block;
    width: 100%;
    max-width: 420px;
    height: auto;
    margin: 0 auto;
    overflow: visible;
    /* Axes and tick numbers read left to right on right-to-left pages too. */
    direction: ltr;
    unicode-bidi: isolate;
  }
  /* Grid lines at 3:1 like every line a reader uses, kept light by being dotted. */
  .plot .grid line {
    stroke: var(--bp-line);
    stroke-width: 1;
    stroke-dasharray: 1 3;
  }
  .plot .tick {
    fill: var(--bp-muted);
    font-size: 13px;
    font-family: var(--bp-mono);
  }
  .plot .axis-label {
    fill: var(--bp-fg);
    font-size: 16px;
    font-style: italic;
    font-family: ${symbolFont};
  }
  .plot .curve {
    fill: none;
    stroke: var(--bp-fg);
    stroke-width: 2.2;
    stroke-linejoin: round;
  }
  /* The curve before the last step: dashed and thinner, under the current one. */
  .plot .curve-before {
    fill: none;
    stroke: var(--bp-muted);
    stroke-width: 1.4;
    stroke-dasharray: 5 4;
    stroke-linejoin: round;
  }
  .plot .tangent {
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke: var(--bp-muted);
  }
  .plot .tangent.positive {
    stroke: var(--bp-positive);
  }
  .plot .tangent.negative {
    stroke: var(--bp-negative);
  }
  .plot .point {
    fill: var(--bp-accent);
    stroke: var(--bp-fg);
    stroke-width: 1.5;
  }
  .plot .before {
    fill: none;
    stroke: var(--bp-muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .legend {
    margin-top: 4px;
    font-size: 0.88em;
    color: var(--bp-muted);
    text-align: center;
  }
  .legend-before {
    display: block;
    margin-top: 2px;
  }
  .legend strong {
    font-family: var(--bp-mono);
  }
`;
