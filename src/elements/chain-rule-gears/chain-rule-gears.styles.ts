import { css } from 'lit';

/**
 * Layout: the diagram and its readouts, then the formula. From 600 px of element width the
 * formula moves beside the diagram. The SVG scales through its viewBox, so six stages still fit
 * a 320 px column.
 */
export const chainRuleGearsStyles = css`
  :host {
    --chain-rule-gears-metal: color-mix(in srgb, var(--bp-muted) 22%, var(--bp-surface));
    --chain-rule-gears-edge: color-mix(in srgb, var(--bp-fg) 55%, var(--bp-surface));
    --chain-rule-gears-mark: var(--bp-accent);
    --chain-rule-gears-max-height: 320px;
  }

  .layout {
    display: grid;
    gap: 12px;
  }
  @container (min-width: 600px) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: center;
      gap: 20px;
    }
  }

  figure {
    margin: 0;
    min-width: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    max-height: var(--chain-rule-gears-max-height);
    overflow: hidden;
    user-select: none;
    -webkit-user-select: none;
  }

  /* The ruler the lever slides along. */
  .ruler line {
    stroke: var(--bp-muted);
    stroke-width: 1;
  }
  .ruler .major {
    stroke-width: 1.6;
  }
  .ruler .rail {
    stroke: var(--bp-border);
    stroke-width: 2;
    stroke-linecap: round;
  }

  /* The lever: a whole-ruler hit area, the rack, and the handle that is the slider. */
  .lever {
    cursor: grab;
    touch-action: none;
  }
  .dragging .lever {
    cursor: grabbing;
  }
  .lever-hit {
    fill: transparent;
  }
  .rack-body,
  .rack-teeth {
    fill: var(--chain-rule-gears-metal);
    stroke: var(--chain-rule-gears-edge);
    stroke-width: 0.8;
    stroke-linejoin: round;
  }
  .handle:focus {
    outline: none;
  }
  .handle-grip {
    fill: var(--bp-accent);
    stroke: var(--bp-bg);
    stroke-width: 1.5;
  }
  .handle-line {
    stroke: var(--bp-bg);
    stroke-width: 1.4;
    stroke-linecap: round;
  }
  .handle-ring {
    fill: none;
    stroke: transparent;
    stroke-width: 2;
  }
  .handle:focus-visible .handle-ring,
  .handle:hover .handle-ring {
    stroke: var(--bp-focus);
  }

  /* Gears. Rotation and the rack's slide are CSS transforms, so they animate without a JS loop;
     --bp-duration is 0 under prefers-reduced-motion, and dragging follows the pointer at once. */
  .turn,
  .slide {
    transition: transform var(--bp-duration) ease-out;
  }
  .dragging .turn,
  .dragging .slide {
    transition: none;
  }
  .gear {
    cursor: default;
  }
  .gear:focus {
    outline: none;
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
  .gear.active .gear-ring {
    stroke: var(--bp-highlight);
  }
  .gear:focus-visible .gear-ring {
    stroke: var(--bp-focus);
  }
  .gear.active .gear-body {
    fill: color-mix(in srgb, var(--bp-highlight) 35%, var(--chain-rule-gears-metal));
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

  /* Readouts: each stage's displacement with its unit. */
  .readouts {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .readout {
    display: flex;
    flex-direction: column;
    min-width: 4.5em;
    padding: 3px 8px;
    border: 1px solid var(--bp-border);
    border-radius: 6px;
    background: var(--bp-surface);
    font-size: 0.9em;
    line-height: 1.3;
  }
  .readout.active {
    border-color: var(--bp-highlight);
    box-shadow: inset 0 0 0 1px var(--bp-highlight);
  }
  .readout .name {
    color: var(--bp-muted);
    font-size: 0.85em;
  }
  .readout .amount {
    font-family: var(--bp-mono);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .readout .zero {
    color: var(--bp-fg);
  }

  /* The chain rule: one column per factor, its symbol above and its number below. */
  .formula {
    min-width: 0;
  }
  .formula-title {
    margin: 0 0 4px;
    font-size: 0.85em;
    color: var(--bp-muted);
  }
  .equation {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    row-gap: 8px;
  }
  .column {
    display: grid;
    grid-template-rows: 3em 1.8em;
    align-items: center;
    justify-items: center;
    padding: 2px 4px;
    border-radius: 6px;
    border: 1px solid transparent;
  }
  .column.op {
    padding: 2px 1px;
  }
  .factor {
    cursor: default;
  }
  .factor.active {
    border-color: var(--bp-highlight);
    background: color-mix(in srgb, var(--bp-highlight) 18%, var(--bp-bg));
  }
  .factor:focus {
    outline: none;
  }
  .factor:focus-visible {
    outline: 2px solid var(--bp-focus);
    outline-offset: 1px;
  }
  .total .num {
    font-weight: 600;
  }
  .summary {
    margin: 8px 0 0;
    font-size: 0.95em;
  }
  .summary strong {
    font-family: var(--bp-mono);
  }

  .error-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 10px;
  }
`;
