import { css } from 'lit';

/** Gears: metal outline, index mark, hub and number; highlight, focus and disengaged looks. */
export const gearStyles = css`
  /* A box over the diagram (placed inline); only the drawn gear takes the pointer, so the box's
     corners do not cover the rack or a neighbour. */
  .gear {
    position: absolute;
    cursor: default;
    pointer-events: none;
  }
  .gear svg,
  .turn {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .gear-ring,
  .gear-body,
  .hub {
    pointer-events: visiblePainted;
  }
  /* The shared focus ring, drawn round the gear (see .gear:focus-visible .gear-ring). */
  .gear:focus-visible {
    outline: none !important;
  }
  .gear-body {
    fill: var(--chain-rule-gears-metal);
    fill-rule: evenodd;
    stroke: var(--chain-rule-gears-edge);
    stroke-width: 0.9;
    stroke-linejoin: round;
  }
  .gear.disengaged .gear-body {
    stroke-dasharray: 3 2;
    fill: color-mix(in srgb, var(--chain-rule-gears-metal) 55%, var(--bp-bg));
  }
  .gear-mark {
    stroke: var(--chain-rule-gears-mark);
    stroke-width: 2.4;
    stroke-linecap: round;
  }
  .gear-ring {
    fill: none;
    stroke: transparent;
    stroke-width: 2.5;
  }
  /* The gear the reader points at: a dashed ring and a tinted body, never the solid focus ring. */
  .gear.active .gear-ring {
    stroke: var(--bp-line);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .gear:focus-visible .gear-ring {
    stroke: var(--bp-focus);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  /* A light tint: the index mark must keep 3:1 against the body in dark mode too. */
  .gear.active .gear-body {
    fill: color-mix(in srgb, var(--bp-highlight) 15%, var(--chain-rule-gears-metal));
  }
  .gear-number {
    fill: var(--bp-fg);
    font-family: var(--bp-font);
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .hub {
    fill: var(--bp-bg);
    stroke: var(--chain-rule-gears-edge);
    stroke-width: 0.8;
  }
  /* The arrow for the way the gear's angle counts: drawn over the body in the text colour, with
     a halo in the background colour so it reads across the lightening holes. */
  .gear-direction {
    pointer-events: none;
  }
  .direction-halo {
    fill: none;
    stroke: var(--bp-bg);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .direction-arc {
    fill: none;
    stroke: var(--bp-fg);
    stroke-width: 1.6;
    stroke-linecap: round;
  }
  .direction-head {
    fill: var(--bp-fg);
    stroke: var(--bp-fg);
    stroke-width: 0.6;
    stroke-linejoin: round;
  }
`;
