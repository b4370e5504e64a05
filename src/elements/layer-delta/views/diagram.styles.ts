import { css } from 'lit';

/**
 * The network drawing: connections by sign (solid, dashed, dotted, never colour alone), units
 * with their activation and delta, and the loss node. The dots that carry deltas back come with
 * the step that sends them (travel.ts).
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
  .wire {
    stroke-opacity: var(--layer-delta-wire-opacity);
    stroke-linecap: round;
  }
  .connection.positive .wire {
    stroke: var(--bp-positive);
  }
  .connection.negative .wire {
    stroke: var(--bp-negative);
    stroke-dasharray: 5 3;
  }
  .connection.zero .wire {
    stroke: var(--bp-muted);
    stroke-dasharray: 1 3;
  }
  /* The chosen connection (the weight editor's): a casing in the accent colour. */
  .connection .halo {
    stroke: var(--bp-accent);
    stroke-linecap: round;
  }
  /* The wide line a pointer grabs is never painted (hidden), yet hit like a painted one: a
     large network then paints each connection once, not twice. */
  .hit {
    stroke: transparent;
    stroke-width: 12;
    cursor: ns-resize;
    visibility: hidden;
    pointer-events: stroke;
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
  /* A known δ is a thin ring inside the unit with a tint, never a thick outer ring: the one
     focus ring (the theme's outline around the focused unit) must not have a look-alike. */
  .delta-mark {
    stroke-width: 1.5;
    pointer-events: none;
  }
  .unit.positive .delta-mark {
    stroke: var(--bp-positive);
    fill: color-mix(in srgb, var(--bp-positive) 14%, transparent);
  }
  .unit.negative .delta-mark {
    stroke: var(--bp-negative);
    fill: color-mix(in srgb, var(--bp-negative) 14%, transparent);
    stroke-dasharray: 4 2;
  }
  .unit.zero .delta-mark {
    stroke: var(--bp-line);
    fill: none;
    stroke-dasharray: 1 2;
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
  }
  .diagram.compact .sign {
    font-size: 9px;
  }
  .unit-text.positive :is(.delta, .sign) {
    fill: var(--bp-positive);
  }
  .unit-text.negative :is(.delta, .sign) {
    fill: var(--bp-negative);
  }
  .unit-text.zero :is(.delta, .sign) {
    fill: var(--bp-muted);
  }
  @media (forced-colors: active) {
    /* The theme's tokens are system colours here; lines are drawn at full strength. */
    .wire {
      stroke-opacity: 1;
    }
  }
`;
