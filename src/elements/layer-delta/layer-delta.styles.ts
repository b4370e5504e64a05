import { css } from 'lit';

/**
 * Layout: one column at phone width; from 720 px the diagram and the layer panel sit side by
 * side, and the efficiency table sits beside its chart. The SVGs scale through their viewBox.
 */
export const layerDeltaStyles = css`
  :host {
    --layer-delta-unit-fill: var(--bp-bg);
    --layer-delta-wire-opacity: 0.85;
    --layer-delta-travel-duration: calc(var(--bp-duration) * 3);
  }
  h3 {
    font-size: 1em;
    margin: 0 0 6px;
  }
  p {
    margin: 0 0 8px;
  }
  .error-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .note {
    color: var(--bp-muted);
    font-size: 0.9em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin-bottom: 10px;
  }
  .controls .status {
    flex: 1 1 180px;
    margin: 0;
    font-size: 0.9em;
    color: var(--bp-muted);
  }
  .layer-picker {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    margin: 0 0 8px;
    font-size: 0.9em;
  }
  .layer-picker button {
    padding: 2px 10px;
    min-height: 32px;
  }
  .layer-picker button[aria-pressed='true'] {
    border-color: var(--bp-accent);
    box-shadow: inset 0 -3px 0 var(--bp-accent);
    font-weight: 600;
  }
  .main {
    display: grid;
    gap: 14px;
  }
  @container (min-width: 720px) {
    .main {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
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
  .heading {
    font-size: 15px;
    text-anchor: middle;
    fill: var(--bp-muted);
  }
  .diagram.compact .heading {
    font-size: 18px;
  }
  .heading.selected {
    fill: var(--bp-fg);
    font-weight: 700;
    text-decoration: underline;
  }
  .wire {
    stroke-opacity: var(--layer-delta-wire-opacity);
    stroke-linecap: round;
  }
  .connection.pos .wire {
    stroke: var(--bp-positive);
  }
  .connection.neg .wire {
    stroke: var(--bp-negative);
    stroke-dasharray: 5 3;
  }
  .connection.zero .wire {
    stroke: var(--bp-muted);
    stroke-dasharray: 1 3;
  }
  .diagram.dense .connection:not(.in-selected) .wire {
    stroke-opacity: 0.35;
  }
  .connection .halo {
    stroke: var(--bp-highlight);
    stroke-opacity: 0.7;
    stroke-linecap: round;
  }
  .hit {
    stroke: transparent;
    stroke-width: 12;
    cursor: ns-resize;
  }
  .connection:focus {
    outline: none;
  }
  .connection:focus-visible .wire {
    stroke: var(--bp-focus);
    stroke-opacity: 1;
    stroke-dasharray: none;
  }
  .loss-link {
    stroke: var(--bp-border);
    stroke-width: 1.5;
  }
  .loss-node circle {
    fill: var(--bp-surface);
    stroke: var(--bp-muted);
    stroke-width: 1.5;
  }
  .loss-value {
    font-size: 13px;
    text-anchor: middle;
    fill: var(--bp-fg);
  }
  .unit {
    cursor: pointer;
  }
  .unit:focus {
    outline: none;
  }
  .unit .body {
    fill: var(--layer-delta-unit-fill);
    stroke: var(--bp-muted);
    stroke-width: 1.5;
  }
  .unit .shade {
    fill: var(--bp-accent);
    pointer-events: none;
  }
  .unit.selected .body {
    stroke: var(--bp-fg);
    stroke-width: 2.5;
  }
  .unit.has-delta.pos .body {
    stroke: var(--bp-positive);
    stroke-width: 3.5;
  }
  .unit.has-delta.neg .body {
    stroke: var(--bp-negative);
    stroke-width: 3.5;
    stroke-dasharray: 4 2;
  }
  .unit:focus-visible .body {
    stroke: var(--bp-focus);
    stroke-width: 4;
    stroke-dasharray: none;
  }
  .unit-text {
    pointer-events: none;
  }
  .value,
  .loss-label {
    font-size: 14px;
    text-anchor: middle;
    fill: var(--bp-fg);
    pointer-events: none;
  }
  .delta,
  .sign {
    font-size: 14px;
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
    transform-box: fill-box;
    transform-origin: center;
  }
  .sign {
    font-size: 11px;
  }
  /* Roomy diagrams print numbers; the sign glyph stands in only when they are hidden. */
  .diagram.roomy .sign {
    display: none;
  }
  /* A four-layer diagram in a phone column would print numbers too small to read: keep the
     signs, and leave the numbers to the readout line and the panel. */
  @container (max-width: 420px) {
    .diagram.roomy.deep .value,
    .diagram.roomy.deep .delta {
      display: none;
    }
    .diagram.roomy.deep .sign {
      display: inline;
      font-size: 20px;
    }
    .network.deep .legend-numbers {
      display: none;
    }
  }
  .diagram.compact .sign {
    font-size: 9px;
  }
  .unit-text.pos .delta,
  .unit-text.pos .sign {
    fill: var(--bp-positive);
  }
  .unit-text.neg .delta,
  .unit-text.neg .sign {
    fill: var(--bp-negative);
  }
  .unit-text.zero .delta,
  .unit-text.zero .sign {
    fill: var(--bp-muted);
  }
  .unit-text.fresh .delta,
  .unit-text.fresh .sign {
    animation: arrive var(--layer-delta-travel-duration) ease-out both;
  }
  @keyframes arrive {
    0%,
    70% {
      transform: scale(0.6);
    }
    100% {
      transform: scale(1);
    }
  }
  .dot {
    fill: var(--bp-accent);
    pointer-events: none;
    animation: travel var(--layer-delta-travel-duration) ease-in-out both;
  }
  .dot.pos {
    fill: var(--bp-positive);
  }
  .dot.neg {
    fill: var(--bp-negative);
  }
  @keyframes travel {
    0% {
      transform: translate(0, 0);
      opacity: 1;
    }
    80% {
      opacity: 1;
    }
    100% {
      transform: translate(var(--dx), var(--dy));
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .dot {
      display: none;
    }
    .unit-text.fresh .delta,
    .unit-text.fresh .sign {
      animation: none;
    }
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
  .sample {
    flex: none;
    vertical-align: middle;
  }
  .sample .pos {
    stroke: var(--bp-positive);
    stroke-width: 3;
  }
  .sample .ring {
    fill: none;
    stroke: var(--bp-negative);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .sample .neg {
    stroke: var(--bp-negative);
    stroke-width: 3;
    stroke-dasharray: 5 3;
  }
  .vectors {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    border: 0;
    margin: 10px 0 0;
    padding: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-size: 0.9em;
    font-weight: 600;
    margin-bottom: 4px;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .fields label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: 0.85em;
    color: var(--bp-muted);
  }
  input[type='number'] {
    width: 5.8em;
    font-variant-numeric: tabular-nums;
  }
  input:out-of-range {
    border-color: var(--bp-error);
  }
  select {
    padding: 3px 4px;
    max-width: 100%;
  }
  .layer-panel {
    padding: 10px 12px;
    border: 1px solid var(--bp-border);
    border-radius: var(--bp-radius);
    background: var(--bp-surface);
    min-width: 0;
  }
  .formula {
    overflow-x: auto;
    overflow-y: hidden;
    max-width: 100%;
  }
  .formula .katex-display {
    margin: 0.25em 0;
    text-align: left;
  }
  @container (max-width: 420px) {
    .formula .katex {
      font-size: 0.95em;
    }
  }
  .formula .katex-display > .katex {
    text-align: left;
  }
  .formula .fbox {
    border-color: var(--bp-accent);
    border-width: 0.1em;
    background: color-mix(in srgb, var(--bp-highlight) 22%, transparent);
  }
  .formula-label {
    margin: 8px 0 0;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--bp-muted);
  }
  .unit-table,
  .counts {
    border-collapse: collapse;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .unit-table th,
  .unit-table td,
  .counts th,
  .counts td {
    padding: 2px 8px;
    text-align: right;
    border-bottom: 1px solid var(--bp-border);
  }
  .counts th[scope='row'] {
    text-align: left;
    font-weight: normal;
  }
  .counts .ratio {
    display: inline-block;
    min-width: 4.2em;
    color: var(--bp-muted);
  }
  .nowrap {
    white-space: nowrap;
  }
  .counts .pass {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .counts thead th {
    font-weight: 600;
    vertical-align: bottom;
  }
  .counts thead th:first-child {
    text-align: left;
  }
  .weight-editor {
    margin-top: 10px;
  }
  .weight-editor .fields {
    align-items: center;
  }
  .efficiency {
    margin-top: 16px;
    padding-top: 12px;
    border-top: 1px solid var(--bp-border);
  }
  .efficiency-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 10px;
  }
  .efficiency-body > * {
    min-width: 0;
  }
  .counts {
    width: 100%;
  }
  @container (min-width: 640px) {
    .efficiency-body {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: start;
    }
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 420px;
    height: auto;
  }
  .chart .grid {
    stroke: var(--bp-border);
    stroke-width: 1;
  }
  .chart .tick,
  .chart .axis-label {
    font-size: 12.5px;
    fill: var(--bp-muted);
  }
  .chart .tick.y {
    text-anchor: end;
  }
  .chart .tick.x,
  .chart .axis-label {
    text-anchor: middle;
  }
  .chart .now {
    stroke: var(--bp-muted);
    stroke-dasharray: 2 3;
  }
  .series {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .series.forward {
    stroke: var(--bp-fg);
  }
  .series.backward {
    stroke: var(--bp-positive);
    stroke-dasharray: 6 3;
  }
  .series.naive {
    stroke: var(--bp-negative);
    stroke-dasharray: 2 3;
  }
  .marker {
    stroke: var(--bp-bg);
    stroke-width: 1.5;
  }
  .marker.forward {
    fill: var(--bp-fg);
  }
  .marker.backward {
    fill: var(--bp-positive);
  }
  .marker.naive {
    fill: var(--bp-negative);
  }
  figcaption {
    font-size: 0.8em;
    color: var(--bp-muted);
  }
`;
