import { css } from 'lit';

/**
 * The network drawing: connections by sign (solid, dashed, dotted, never colour alone), units
 * with their activation, and the loss node. How a unit shows its δ (delta.styles.ts) and the dots
 * that carry deltas back (travel.ts) come with the step that sends them.
 */
export const diagramStyles = css`
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
  .connection {
    stroke-opacity: var(--layer-delta-wire-opacity);
    stroke-linecap: round;
  }
  .connection.positive {
    stroke: var(--bp-positive);
  }
  .connection.negative {
    stroke: var(--bp-negative);
    stroke-dasharray: 5 3;
  }
  .connection.zero {
    stroke: var(--bp-muted);
    stroke-dasharray: 1 3;
  }
  /* The chosen connection (the weight editor's): a casing in the accent colour. */
  .halo {
    stroke: var(--bp-accent);
    stroke-linecap: round;
  }
  .loss-link {
    stroke: var(--bp-line);
    stroke-width: 1.5;
  }
  .loss-node circle {
    fill: var(--bp-surface);
    stroke: var(--bp-line);
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
  .unit .body {
    fill: var(--layer-delta-unit-fill);
    stroke: var(--bp-line);
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
  /* A four-layer diagram in a phone column would print numbers too small to read: they are left
     to the readout line and the panel (the δ too, its sign kept: delta.styles.ts). */
  @container (max-width: 420px) {
    .diagram.roomy.deep .value {
      display: none;
    }
  }
  @media (forced-colors: active) {
    /* The theme's tokens are system colours here; lines are drawn at full strength. */
    .connection {
      stroke-opacity: 1;
    }
  }
`;
