import { css } from 'lit';

/** The pipeline x, w, b → z → a → L; on a phone the inputs sit in a row above z. */
export const pipelineStyles = css`
  .pipeline {
    display: grid;
    grid-template-columns:
      auto minmax(10px, 1fr) auto minmax(10px, 1fr) auto minmax(10px, 1fr)
      auto;
    align-items: center;
    gap: 0 4px;
  }
  .inputs {
    display: grid;
    gap: 4px;
  }
  .node {
    display: grid;
    justify-items: center;
    min-width: 54px;
    padding: 4px 6px;
    border: 1px solid var(--bp-line);
    border-radius: 6px;
    background: var(--bp-surface);
    text-align: center;
    line-height: 1.25;
  }
  /* Room for the widest usual number (−12.345; the inputs stay within ±6, −5.95), so a value
     that gains or loses a digit keeps its box: the columns, and the arrows stretched between
     them, are not laid out again on every change of a slider. */
  .node .value {
    min-width: 7ch;
    font-size: 0.92em;
  }
  button.node .value {
    min-width: 5ch;
  }
  .node .rule {
    font-size: 0.75em;
    color: var(--bp-muted);
    white-space: nowrap;
  }
  button.node {
    grid-auto-flow: column;
    gap: 6px;
    align-items: baseline;
    min-height: 32px;
    padding: 3px 8px;
  }
  button.node.traced {
    border: 2px solid var(--bp-accent);
    background: color-mix(in srgb, var(--bp-accent) 12%, var(--bp-bg));
  }
  /* Arrows are SVG strokes and fills, so forced colours and print keep them. */
  .arrow {
    display: block;
    height: 10px;
    color: var(--bp-accent);
  }
  .arrow svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .arrow line {
    stroke: currentColor;
    stroke-width: 2;
  }
  .arrow polygon {
    fill: currentColor;
  }
  .arrow .arrow-down {
    display: none;
  }
  /* On a phone: the inputs sit in a row above z, and z → a → L fits the width. */
  @container (max-width: 479px) {
    .pipeline {
      grid-template-columns: auto minmax(12px, 1fr) auto minmax(12px, 1fr) auto;
      justify-content: stretch;
      gap: 0 4px;
    }
    .inputs {
      grid-row: 1;
      grid-column: 1 / -1;
      grid-auto-flow: column;
      justify-content: start;
    }
    .arrow.into-z {
      grid-row: 2;
      grid-column: 1;
      justify-self: center;
      width: 10px;
      height: 14px;
      margin: 2px 0 8px;
    }
    .arrow.into-z .arrow-across {
      display: none;
    }
    .arrow.into-z .arrow-down {
      display: block;
    }
    .stage-z {
      grid-row: 3;
      grid-column: 1;
    }
    .arrow.into-a,
    .stage-a,
    .arrow.into-l,
    .stage-l {
      grid-row: 3;
    }
  }
  .hint {
    margin: 6px 0 10px;
    font-size: 0.85em;
    color: var(--bp-muted);
  }
`;
