import { css } from 'lit';

export const networkStyles = css`
  .network {
    margin: 0;
  }
  .network svg {
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
  .network .selected .wire {
    stroke: var(--bp-accent);
    opacity: 1;
  }
  .network .hit {
    stroke: transparent;
    stroke-width: 8;
    cursor: pointer;
  }
  .network .unit {
    fill: var(--bp-bg);
    stroke: var(--bp-line);
    stroke-width: 1.5;
  }
  .network .thumb-frame {
    fill: transparent;
  }
  .network .thumb {
    display: block;
    width: 100%;
    height: 100%;
  }
  .network .pickable {
    cursor: pointer;
  }
  .network .told {
    stroke: var(--bp-accent);
    stroke-width: 3;
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
