import { css } from 'lit';

/**
 * How a unit shows its δ once the backward pass reaches it: the inner ring, the δ under a roomy
 * unit and the sign glyph. Only a step shows one, and a step is the reader's code, so these come
 * with it (reader-handlers.ts), not in the element's own styles (diagram.styles.ts).
 */
export const deltaStyles = css`
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
  @container (max-width: 420px) {
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
`;
