import { css } from 'lit';

/** The row of readouts under the diagram: each stage's displacement with its unit. */
export const readoutsStyles = css`
  /* The readouts are what a move of the lever changes on the page besides the gears' turns (a
     transform, which repaints nothing): a stacking context of their own, so their numbers are
     repainted alone and the rest of the diagram's recorded paint is reused as it is. */
  .readouts {
    isolation: isolate;
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
    white-space: nowrap;
  }
  .readout .zero {
    color: var(--bp-fg);
  }
  /* Inline beside the number (the diagram's rule for svg makes every svg a full-width block). */
  .direction-icon {
    display: inline-block;
    width: 1.15em;
    height: 1.15em;
    margin-inline-start: 0.3em;
    vertical-align: -0.15em;
  }
  .icon-arc {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
  }
  .icon-head {
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 0.6;
    stroke-linejoin: round;
  }
  /* How the angles count: a sentence in the page's direction, under the readouts. */
  .convention {
    margin: 6px 0 0;
    font-size: 0.85em;
    color: var(--bp-muted);
  }
  :host(:dir(rtl)) .convention {
    direction: rtl;
    unicode-bidi: isolate;
  }
`;
