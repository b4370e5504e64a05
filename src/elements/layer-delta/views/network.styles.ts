import { css } from 'lit';

/** The figure around the drawing: the SVG's box, the readout line and the legend. */
export const networkStyles = css`
  figure {
    margin: 0;
  }
  /* The units' drawing sets the size; under it, one drawing per weight matrix fills the same
     box (network.ts): a weight moved repaints its matrix's drawing, and the others are reused.
     The part "diagram" is this box, so an author's background on it lies under every layer. */
  .drawing {
    position: relative;
    width: fit-content;
    max-width: 100%;
    margin: 0 auto;
    touch-action: none;
    user-select: none;
  }
  .diagram {
    position: relative;
    z-index: 1;
    display: block;
    max-width: 100%;
    height: auto;
  }
  .wires {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  /* The units' drawing lies on top: pointers go through it but where a unit is. */
  .diagram,
  .wires {
    pointer-events: none;
  }
  .unit {
    pointer-events: visiblePainted;
  }
  /* The box finds the connection a pointer is on (diagram.ts: pressDrawing, hoverDrawing). */
  .drawing.over-connection {
    cursor: ns-resize;
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
  /* The numbers the legend explains are hidden in a phone column (diagram.styles.ts). */
  @container (max-width: 420px) {
    .network.deep .legend-numbers {
      display: none;
    }
  }
  .sample {
    flex: none;
    vertical-align: middle;
  }
  .sample :is(.positive, .negative) {
    stroke-width: 3;
  }
  .sample .positive {
    stroke: var(--bp-positive);
  }
  .sample .negative {
    stroke: var(--bp-negative);
    stroke-dasharray: 5 3;
  }
  .sample .ring {
    fill: color-mix(in srgb, var(--bp-negative) 14%, transparent);
    stroke: var(--bp-negative);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }
`;
