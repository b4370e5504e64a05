import { css } from 'lit';

/**
 * The efficiency panel, adopted when it is first drawn: the counts table beside its log-scale
 * chart from 640 px (one column below). The three series differ by dash as well as colour.
 */
export const efficiencyStyles = css`
  .efficiency-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 10px;
  }
  .efficiency-body > * {
    min-width: 0;
  }
  @container (min-width: 640px) {
    .efficiency-body {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: start;
    }
  }
  .counts {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .counts :is(th, td) {
    padding: 2px 8px;
    text-align: right;
    border-bottom: 1px solid var(--bp-border);
  }
  .counts th[scope='row'] {
    text-align: left;
    font-weight: normal;
  }
  .counts thead th {
    font-weight: 600;
    vertical-align: bottom;
  }
  .counts thead th:first-child {
    text-align: left;
  }
  .counts .ratio {
    display: inline-block;
    min-width: 4.2em;
    color: var(--bp-muted);
  }
  /* A phone column: long headings (Multiplikations-Additionen) break, the cells pad less. */
  @container (max-width: 420px) {
    .counts :is(th, td) {
      padding: 2px 4px;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    .counts .ratio {
      min-width: 0;
    }
  }
  .counts .pass {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .nowrap {
    white-space: nowrap;
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 420px;
    height: auto;
  }
  /* Grid lines guide the eye to the log axis's labels: thin, but at 3:1 like every line. */
  .chart .grid {
    stroke: var(--bp-line);
    stroke-width: 0.6;
  }
  .chart :is(.tick, .axis-label) {
    font-size: 12.5px;
    fill: var(--bp-muted);
  }
  .chart .tick.y {
    text-anchor: end;
  }
  .chart :is(.tick.x, .axis-label) {
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
  .series.backward {
    stroke-dasharray: 6 3;
  }
  .series.naive {
    stroke-dasharray: 2 3;
  }
  .marker {
    stroke: var(--bp-bg);
    stroke-width: 1.5;
  }
  .forward {
    --series-colour: var(--bp-fg);
  }
  .backward {
    --series-colour: var(--bp-positive);
  }
  .naive {
    --series-colour: var(--bp-negative);
  }
  .series {
    stroke: var(--series-colour);
  }
  .marker {
    fill: var(--series-colour);
  }
  figcaption {
    font-size: 0.8em;
    color: var(--bp-muted);
  }
`;
