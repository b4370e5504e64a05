import { css } from 'lit';

/** The expression box itself and its marked parse error, adopted when the box is first drawn. */
export const expressionBoxStyles = css`
  .expression label {
    font-weight: 600;
  }
  .expression input {
    flex: 1 1 180px;
    min-width: 0;
    font-family: var(--bp-mono);
    min-height: 36px;
  }
  .expression input[aria-invalid='true'] {
    border-color: var(--bp-error);
  }
  .expression .help,
  .parse-error {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.88em;
    color: var(--bp-muted);
  }
  .parse-error p {
    margin: 2px 0 0;
    color: var(--bp-fg);
  }
  .pointer {
    display: block;
    font-family: var(--bp-mono);
    white-space: pre-wrap;
    word-break: break-all;
    color: var(--bp-fg);
  }
  .pointer mark {
    background: color-mix(in srgb, var(--bp-error) 18%, var(--bp-bg));
    color: var(--bp-fg);
    border-bottom: 2px solid var(--bp-error);
  }
`;
