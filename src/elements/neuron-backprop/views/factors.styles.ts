import { css } from 'lit';

/** The chain factors, their product, the simplified form and the verdict. */
export const factorsStyles = css`
  .factors {
    margin-top: 14px;
    padding-top: 8px;
    border-top: 1px solid var(--bp-border);
  }
  .chain {
    overflow-x: auto;
    overflow-y: hidden;
  }
  .factor-list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Heading and number on the first row, the rule alone on the second: a rule never shares a
     line with the number, and a rule wider than its card scrolls instead of wrapping. */
  .factor {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: baseline;
    gap: 2px 10px;
    align-content: start;
    padding: 8px 10px;
    border: 1px solid var(--bp-border);
    border-radius: 6px;
    background: var(--bp-surface);
  }
  .factor-title {
    font-size: 0.82em;
    color: var(--bp-muted);
  }
  .factor-value {
    font-size: 1.1em;
    font-weight: 600;
  }
  /* The function the factor differentiates, above its rule, a little quieter; in a narrow card
     it wraps after an operator rather than scrolling (no fraction sits at a break). */
  .factor-source {
    grid-column: 1 / -1;
    padding: 2px 0;
    color: var(--bp-muted);
    font-size: 0.92em;
  }
  .factor-rule {
    grid-column: 1 / -1;
    overflow-x: auto;
    overflow-y: hidden;
    padding: 2px 0;
  }
  /* KaTeX may break inline maths after + and =; a broken fraction row overprints its
     neighbour, so formulas stay on one line and scroll when the column is too narrow. */
  .factor-rule .katex,
  .route-tex .katex {
    white-space: nowrap;
  }
  .route {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 10px;
    margin-top: 10px;
  }
  .route-label {
    min-width: 5.5em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--bp-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .route-tex {
    max-width: 100%;
    overflow-x: auto;
    overflow-y: hidden;
    padding: 2px 0;
  }
  .agree {
    margin: 10px 0 0;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--bp-accent);
    background: color-mix(in srgb, var(--bp-accent) 8%, var(--bp-bg));
  }
  .agree strong {
    font-family: var(--bp-mono);
  }
  .agree.disagree {
    border-inline-start-color: var(--bp-error);
  }
  /* A phone column: formulas at body size so the product fits without scrolling. */
  @container (max-width: 479px) {
    .factors .katex {
      font-size: 1em;
    }
  }
`;
