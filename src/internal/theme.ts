import { css } from 'lit';

/**
 * Theme tokens shared by every element. Pages override any `--bp-*` property on the element or
 * an ancestor. Positive and negative gradients use blue and orange, which stay apart for the
 * common colour-vision deficiencies, and are always shown with a sign as well.
 */
export const themeStyles = css`
  :host {
    --bp-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --bp-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    --bp-fg: #1b1f24;
    --bp-muted: #57606a;
    --bp-bg: #ffffff;
    --bp-surface: #f6f8fa;
    --bp-border: #d0d7de;
    --bp-accent: #6639ba;
    --bp-positive: #1f5fad;
    --bp-negative: #b3470b;
    --bp-highlight: #f5c542;
    --bp-error: #b3261e;
    --bp-focus: #0969da;
    /* Lines a reader needs to follow the figure (wires, node borders): 3:1 against --bp-bg. */
    --bp-line: #767f89;
    --bp-radius: 8px;
    --bp-duration: 300ms;

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--bp-font);
    color: var(--bp-fg);
    background: var(--bp-bg);
    border: 1px solid var(--bp-border);
    border-radius: var(--bp-radius);
    padding: 12px;
    container-type: inline-size;
    /* A host page's inherited text settings must not reach formulas and readouts: an
       uppercase transform turns σ into Σ, nowrap clips readouts, a tall line-height makes
       formulas overlap. The page's direction is kept (labels follow it); math and numbers are
       isolated left to right below. */
    line-height: 1.4;
    text-transform: none;
    white-space: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    font-style: normal;
    font-variant: normal;
    font-weight: normal;
    text-shadow: none;
    overflow-wrap: break-word;
  }
  /* Formulas, diagrams and numbers read left to right on right-to-left pages too. */
  [part~='formula'],
  [part~='diagram'],
  .katex,
  .ltr,
  input[type='range'] {
    direction: ltr;
    unicode-bidi: isolate;
  }
  @media print {
    :host {
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    button,
    [part~='controls'] button {
      display: none;
    }
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --bp-fg: #e6edf3;
      --bp-muted: #9da7b3;
      --bp-bg: #0d1117;
      --bp-surface: #161b22;
      --bp-border: #30363d;
      --bp-accent: #b392f0;
      --bp-positive: #6cb6ff;
      --bp-negative: #f0883e;
      --bp-highlight: #e3b341;
      --bp-error: #ff7b72;
      --bp-focus: #58a6ff;
      --bp-line: #7d8590;
    }
  }
  /* Windows high contrast and other forced palettes: every token becomes a system colour, and
     sign stays readable from the +/− that every number carries. */
  @media (forced-colors: active) {
    :host {
      --bp-fg: CanvasText;
      --bp-muted: CanvasText;
      --bp-bg: Canvas;
      --bp-surface: Canvas;
      --bp-border: CanvasText;
      --bp-line: CanvasText;
      --bp-accent: Highlight;
      --bp-positive: LinkText;
      --bp-negative: CanvasText;
      --bp-highlight: Highlight;
      --bp-error: CanvasText;
      --bp-focus: Highlight;
      forced-color-adjust: none;
    }
    button:disabled,
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --bp-duration: 0ms;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* The live region, whose sentence changes after each key: kept in the flow, where a box of
     fixed size with its overflow clipped is laid out alone (Chromium lays an absolutely
     positioned box at its static position out from its containing block, here the page, down),
     taking no room (its margin gives its 1 px height back) and hidden by clip-path (clip applies
     to positioned boxes only). */
  [role='status'].visually-hidden {
    position: static;
    margin: -1px 0 0;
    clip-path: inset(50%);
  }
  /* The one focus ring: nothing else in the elements draws a solid outline in --bp-focus, and
     state styles (selected, δ marks) use fills, dashes or thinner strokes so the ring stays
     visible on top of them. */
  :focus-visible,
  .focus-ring:focus-visible {
    outline: 3px solid var(--bp-focus) !important;
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--bp-fg);
    background: var(--bp-surface);
    border: 1px solid var(--bp-border);
    border-radius: 6px;
    padding: 6px 12px;
    min-height: 36px;
    cursor: pointer;
  }
  button:hover:not(:disabled, [aria-disabled='true']) {
    border-color: var(--bp-accent);
  }
  /* aria-disabled: a button that waits (Step at the end of a pass, or for a prediction) looks
     disabled but keeps the focus, so the reader is not thrown out of the Tab order. */
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  input,
  select {
    font: inherit;
    color: var(--bp-fg);
    background: var(--bp-bg);
    border: 1px solid var(--bp-border);
    border-radius: 6px;
    padding: 4px 8px;
  }
  .positive {
    color: var(--bp-positive);
  }
  .negative {
    color: var(--bp-negative);
  }
  .tex-error {
    font-family: var(--bp-mono);
    color: var(--bp-error);
  }
  .katex {
    font-size: 1.08em;
    isolation: isolate;
  }
  .katex-display {
    margin: 0.4em 0;
    overflow-x: auto;
    overflow-y: hidden;
  }
`;
