import { css } from 'lit';

/**
 * Layout for <neuron-backprop>: one column on a phone, plot beside the controls from 600 px of
 * container width. Sizes come from the container (container queries), never the viewport.
 */
export const neuronStyles = css`
  :host {
    --neuron-symbol-font: 'KaTeX_Math', 'Cambria Math', 'Times New Roman', serif;
  }
  .errors ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .symbol {
    font-family: var(--neuron-symbol-font);
    font-style: italic;
    font-size: 1.12em;
  }
  .value {
    font-family: var(--bp-mono);
    font-variant-numeric: tabular-nums;
  }

  /* The pipeline x, w, b → z → a → L */
  .pipeline {
    display: grid;
    grid-template-columns:
      auto minmax(10px, 1fr) auto minmax(10px, 1fr) auto minmax(10px, 1fr)
      auto;
    align-items: center;
    gap: 0 4px;
  }
  .inputs {
    display: grid;
    gap: 4px;
  }
  .node {
    display: grid;
    justify-items: center;
    min-width: 54px;
    padding: 4px 6px;
    border: 1px solid var(--bp-border);
    border-radius: 6px;
    background: var(--bp-surface);
    text-align: center;
    line-height: 1.25;
  }
  .node .value {
    font-size: 0.92em;
  }
  .node .rule {
    font-size: 0.75em;
    color: var(--bp-muted);
    white-space: nowrap;
  }
  button.node {
    grid-auto-flow: column;
    gap: 6px;
    align-items: baseline;
    min-height: 32px;
    padding: 3px 8px;
  }
  button.node.traced {
    border: 2px solid var(--bp-accent);
    background: color-mix(in srgb, var(--bp-accent) 12%, var(--bp-bg));
  }
  .arrow {
    position: relative;
    height: 2px;
    background: var(--bp-accent);
    margin-right: 5px;
  }
  .arrow::after {
    content: '';
    position: absolute;
    right: -6px;
    top: -4px;
    border-left: 7px solid var(--bp-accent);
    border-top: 5px solid transparent;
    border-bottom: 5px solid transparent;
  }
  /* On a phone: the inputs sit in a row above z, and z → a → L fits the width. */
  @container (max-width: 479px) {
    .pipeline {
      grid-template-columns: auto minmax(12px, 1fr) auto minmax(12px, 1fr) auto;
      justify-content: stretch;
      gap: 0 4px;
    }
    .inputs {
      grid-row: 1;
      grid-column: 1 / -1;
      grid-auto-flow: column;
      justify-content: start;
    }
    .arrow.into-z {
      grid-row: 2;
      grid-column: 1;
      justify-self: center;
      width: 2px;
      height: 12px;
      margin: 2px 0 8px;
    }
    .arrow.into-z::after {
      right: auto;
      top: auto;
      left: -4px;
      bottom: -6px;
      border-top: 7px solid var(--bp-accent);
      border-left: 5px solid transparent;
      border-right: 5px solid transparent;
      border-bottom: 0;
    }
    .stage-z {
      grid-row: 3;
      grid-column: 1;
    }
    .arrow.into-a,
    .stage-a,
    .arrow.into-l,
    .stage-l {
      grid-row: 3;
    }
    .factors .katex {
      font-size: 1em;
    }
  }
  .hint {
    margin: 6px 0 10px;
    font-size: 0.85em;
    color: var(--bp-muted);
  }

  /* Plot and controls */
  .workbench {
    display: grid;
    gap: 12px;
  }
  @container (min-width: 600px) {
    .workbench {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
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
  }
  .plot .grid line {
    stroke: var(--bp-border);
    stroke-width: 1;
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
    font-family: var(--neuron-symbol-font);
  }
  .plot .curve {
    fill: none;
    stroke: var(--bp-fg);
    stroke-width: 2.2;
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
    stroke: var(--bp-bg);
    stroke-width: 2;
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
  .legend strong {
    font-family: var(--bp-mono);
  }

  .controls {
    display: grid;
    gap: 6px;
    align-content: start;
  }
  .slider {
    display: grid;
    grid-template-columns: 5.2em minmax(0, 1fr) 4.2em;
    align-items: center;
    gap: 8px;
  }
  .slider label {
    grid-column: 1;
    grid-row: 1;
    white-space: nowrap;
    font-size: 0.92em;
  }
  .slider input[type='range'] {
    grid-column: 2;
    grid-row: 1;
    width: 100%;
    min-width: 0;
    min-height: 28px;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    accent-color: var(--bp-accent);
  }
  .slider .readout {
    grid-column: 3;
    grid-row: 1;
    text-align: right;
    font-family: var(--bp-mono);
    font-variant-numeric: tabular-nums;
    font-size: 0.92em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 4px;
  }
  button.step {
    background: var(--bp-accent);
    border-color: var(--bp-accent);
    color: var(--bp-bg);
    font-weight: 600;
  }
  button.step:hover {
    filter: brightness(1.08);
  }
  .step-panel {
    margin: 2px 0 0;
    font-size: 0.88em;
    color: var(--bp-muted);
  }
  .step-panel strong,
  .step-panel .loss-before {
    font-family: var(--bp-mono);
    color: var(--bp-fg);
  }
  .step-moves {
    display: block;
  }

  /* The chain factors */
  .factors {
    margin-top: 14px;
    padding-top: 8px;
    border-top: 1px solid var(--bp-border);
  }
  .chain {
    overflow-x: auto;
    overflow-y: hidden;
  }
  .factor-list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .factor {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 2px 10px;
    align-content: start;
    padding: 8px 10px;
    border: 1px solid var(--bp-border);
    border-radius: 6px;
    background: var(--bp-surface);
  }
  .factor-title {
    grid-column: 1 / -1;
    font-size: 0.82em;
    color: var(--bp-muted);
  }
  .factor-rule {
    overflow-x: auto;
    overflow-y: hidden;
    padding: 2px 0;
  }
  .factor-value {
    font-size: 1.1em;
    font-weight: 600;
  }
  .route {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 10px;
    margin-top: 10px;
  }
  .route-label {
    min-width: 5.5em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--bp-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .route-tex {
    max-width: 100%;
    overflow-x: auto;
    overflow-y: hidden;
    padding: 2px 0;
  }
  .agree {
    margin: 10px 0 0;
    padding: 6px 10px;
    border-left: 4px solid var(--bp-accent);
    background: color-mix(in srgb, var(--bp-accent) 8%, var(--bp-bg));
  }
  .agree strong {
    font-family: var(--bp-mono);
  }
  .agree.disagree {
    border-left-color: var(--bp-error);
  }

  /* Finite-difference check */
  .check {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    margin-top: 10px;
    padding: 6px 10px;
    border: 1px dashed var(--bp-border);
    border-radius: 6px;
    font-size: 0.88em;
    color: var(--bp-muted);
  }
  .check-title {
    font-weight: 600;
    color: var(--bp-fg);
  }
  .check strong {
    font-family: var(--bp-mono);
  }
  .check .check-error {
    color: var(--bp-fg);
  }
`;
