import { css } from 'lit';

/** Styles of <graph-backprop>; the theme tokens come first from themeStyles. */
export const graphBackpropStyles = css`
  :host {
    font-size: 15px;
  }

  .errors ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* ---- expression box ---- */
  .expression {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 10px;
    margin-bottom: 10px;
  }
  .expression label {
    font-weight: 600;
  }
  .expression input {
    flex: 1 1 180px;
    min-width: 0;
    font-family: var(--bp-mono);
    min-height: 36px;
  }
  .expression input[aria-invalid='true'] {
    border-color: var(--bp-error);
  }
  .expression .help,
  .parse-error {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.88em;
    color: var(--bp-muted);
  }
  .parse-error p {
    margin: 2px 0 0;
    color: var(--bp-fg);
  }
  .pointer {
    display: block;
    font-family: var(--bp-mono);
    white-space: pre-wrap;
    word-break: break-all;
    color: var(--bp-fg);
  }
  .pointer mark {
    background: color-mix(in srgb, var(--bp-error) 18%, var(--bp-bg));
    color: var(--bp-fg);
    border-bottom: 2px solid var(--bp-error);
  }
  code {
    font-family: var(--bp-mono);
    font-size: 0.95em;
  }

  /* ---- diagram ---- */
  .diagram {
    overflow-x: auto;
    overflow-y: hidden;
    -webkit-overflow-scrolling: touch;
    padding: 2px 0 4px;
  }
  svg.graph {
    display: block;
    width: 100%;
    height: auto;
    margin: 0 auto;
    font-family: var(--bp-font);
    overflow: visible;
  }
  .wire {
    fill: none;
    stroke: var(--bp-border);
    stroke-width: 2;
    transition: stroke var(--bp-duration);
  }
  .edge.passed .wire {
    stroke: color-mix(in srgb, var(--bp-accent) 55%, var(--bp-border));
  }
  .edge.active .wire {
    stroke: var(--bp-accent);
    stroke-width: 3;
    stroke-dasharray: 7 5;
    animation: flow-back 0.9s linear infinite;
  }
  @keyframes flow-back {
    to {
      stroke-dashoffset: 24;
    }
  }
  .edge-label {
    fill: var(--bp-bg);
    stroke: var(--bp-border);
    stroke-width: 1;
  }
  .edge.active .edge-label {
    fill: color-mix(in srgb, var(--bp-highlight) 30%, var(--bp-bg));
    stroke: var(--bp-accent);
    stroke-width: 1.5;
  }
  .edge-top,
  .edge-bottom {
    text-anchor: middle;
    font-size: 12px;
    fill: var(--bp-muted);
  }
  .edge-bottom {
    font-weight: 600;
    fill: var(--bp-fg);
  }
  .edge-bottom.local-value {
    font-weight: 600;
  }

  .node {
    cursor: pointer;
    outline: none;
  }
  .node.variable {
    cursor: ew-resize;
    touch-action: pan-y;
  }
  .hit {
    fill: transparent;
  }
  .node-box {
    fill: var(--bp-surface);
    stroke: var(--bp-border);
    stroke-width: 1.5;
    transition:
      fill var(--bp-duration),
      stroke var(--bp-duration);
  }
  .node.variable .node-box {
    fill: var(--bp-bg);
    stroke: var(--bp-muted);
  }
  .node.output .node-box {
    stroke-width: 2.5;
  }
  .node.active .node-box {
    fill: color-mix(in srgb, var(--bp-highlight) 40%, var(--bp-bg));
    stroke: var(--bp-accent);
    stroke-width: 2.5;
  }
  .node.selected .node-box {
    stroke: var(--bp-accent);
    stroke-width: 3;
  }
  .node:hover .node-box {
    stroke: var(--bp-accent);
  }
  .node:focus-visible .node-box {
    stroke: var(--bp-focus);
    stroke-width: 3.5;
  }
  .node-text {
    pointer-events: none;
  }
  .node-text text {
    text-anchor: middle;
  }
  .node-symbol {
    font-size: 14px;
    font-weight: 700;
    fill: var(--bp-fg);
  }
  .node-value {
    font-size: 14px;
    fill: var(--bp-fg);
  }
  /* Eight characters (−3.14e−4) would run into a variable's arrows at 14px. */
  .node-value.long {
    font-size: 11px;
  }
  .node-grad {
    font-size: 12.5px;
    font-weight: 600;
    fill: var(--bp-muted);
  }
  .drag-hint {
    fill: none;
    stroke: var(--bp-muted);
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  svg .positive {
    fill: var(--bp-positive);
  }
  svg .negative {
    fill: var(--bp-negative);
  }

  /* ---- controls, caption, notes ---- */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 10px 0 4px;
  }
  .controls .counter {
    margin-left: auto;
    color: var(--bp-muted);
    font-size: 0.92em;
    font-variant-numeric: tabular-nums;
  }
  .controls button[aria-pressed='true'] {
    border-color: var(--bp-accent);
  }
  .domain {
    margin: 8px 0 0;
    padding: 6px 10px;
    border-left: 4px solid var(--bp-error);
    background: color-mix(in srgb, var(--bp-error) 10%, var(--bp-bg));
  }
  .caption {
    margin-top: 6px;
    padding-top: 8px;
    border-top: 1px solid var(--bp-border);
    overflow-x: auto;
  }
  .hint {
    margin: 4px 0;
    color: var(--bp-fg);
  }
  .formula-line {
    overflow-x: auto;
    overflow-y: hidden;
    padding: 4px 0;
  }
  .contributions {
    margin: 4px 0;
    padding: 0;
    list-style: none;
  }
  .contributions li {
    padding: 2px 0;
    overflow-x: auto;
    overflow-y: hidden;
  }

  /* ---- panel ---- */
  .panel {
    margin-top: 12px;
    padding: 10px 12px;
    border: 1px solid var(--bp-border);
    border-left: 4px solid var(--bp-accent);
    border-radius: var(--bp-radius);
    background: var(--bp-surface);
  }
  .panel p {
    margin: 6px 0;
  }
  .panel-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
  }
  .panel-title {
    font-weight: 600;
    font-size: 1.05em;
  }
  .badge {
    display: inline-block;
    min-width: 1.8em;
    padding: 0 6px;
    margin-right: 4px;
    border-radius: 6px;
    background: var(--bp-bg);
    border: 1px solid var(--bp-border);
    text-align: center;
  }
  .node-id {
    font-weight: 400;
    color: var(--bp-muted);
    font-size: 0.85em;
    margin-left: 4px;
  }
  .close {
    min-width: 36px;
    padding: 4px 8px;
  }
  .description {
    color: var(--bp-muted);
  }
  .inputs {
    margin: 6px 0 0;
    padding-left: 1.3em;
  }
  .inputs li + li {
    margin-top: 8px;
    padding-top: 6px;
    border-top: 1px dashed var(--bp-border);
  }
  .uses {
    margin: 4px 0;
    padding-left: 1.3em;
  }
  .value-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 10px;
  }
  .value-field input {
    width: 8em;
    min-height: 36px;
    font-family: var(--bp-mono);
  }
  .value-field input[aria-invalid='true'] {
    border-color: var(--bp-error);
  }
  .field-note {
    font-size: 0.88em;
    color: var(--bp-fg);
  }
  .check {
    margin-top: 10px;
    padding-top: 6px;
    border-top: 1px solid var(--bp-border);
  }
  .check-title {
    font-weight: 600;
  }
  .verdict {
    font-weight: 600;
  }

  @container (max-width: 420px) {
    .caption,
    .panel {
      font-size: 14px;
    }
    .controls .counter {
      margin-left: 0;
      flex-basis: 100%;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .edge.active .wire {
      animation: none;
      stroke-dasharray: none;
    }
  }
`;
