import { css } from 'lit';

/** The SVG diagram: wires, edge labels, nodes, and the lit step. */
export const diagramStyles = css`
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
  /* Wires and borders a reader follows are drawn in --bp-line (3:1 against the background). */
  .wire {
    fill: none;
    stroke: var(--bp-line);
    stroke-width: 2;
    transition: stroke var(--bp-duration);
  }
  .edge.passed .wire {
    stroke: color-mix(in srgb, var(--bp-accent) 55%, var(--bp-line));
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
    stroke: var(--bp-line);
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

  .node {
    cursor: pointer;
  }
  /* The focus ring is drawn around the node's box (below), not as a CSS outline round the group. */
  .node:focus-visible {
    outline: none !important;
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
    stroke: var(--bp-line);
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
  /* Selected: a tinted fill and a dashed border, so it never looks like the focus ring. */
  .node.selected .node-box {
    fill: color-mix(in srgb, var(--bp-accent) 16%, var(--bp-bg));
    stroke: var(--bp-accent);
    stroke-width: 2.5;
    stroke-dasharray: 6 3;
  }
  .node:hover .node-box {
    stroke: var(--bp-accent);
  }
  /* The one focus ring: solid, in --bp-focus, outside the box, whatever state the node is in. */
  .focus-mark {
    fill: none;
    stroke: none;
    pointer-events: none;
  }
  .node:focus-visible .focus-mark {
    stroke: var(--bp-focus);
    stroke-width: 3;
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
  /* Sizes the view's fitting assumes (GRAD_SIZE, MARK_SIZE, EDGE_SIZE in diagram.ts). */
  .node-grad {
    font-size: 12.5px;
    font-weight: 600;
    fill: var(--bp-muted);
  }
  /* A number the exercise hides for now: its question mark, in the accent (ask). */
  .node-grad.answer-pending,
  .edge-bottom.answer-pending {
    fill: var(--bp-accent);
  }
  /* Forward mode's ∂/∂x, on its own line above the tangent: as large as the edge labels. */
  .grad-mark.forward {
    font-size: 12px;
    font-weight: 400;
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

  @media (forced-colors: active) {
    .node-box,
    .edge-label {
      fill: Canvas;
      stroke: CanvasText;
    }
    .wire {
      stroke: CanvasText;
    }
    .edge.active .wire,
    .node.active .node-box,
    .node.selected .node-box {
      stroke: Highlight;
    }
    .node:focus-visible .focus-mark {
      stroke: Highlight;
    }
    .node-symbol,
    .node-value,
    .node-grad,
    .edge-top,
    .edge-bottom,
    svg .positive,
    svg .negative {
      fill: CanvasText;
    }
    .drag-hint {
      stroke: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .edge.active .wire {
      animation: none;
      stroke-dasharray: none;
    }
  }
`;
