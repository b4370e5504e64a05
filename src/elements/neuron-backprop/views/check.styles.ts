import { css } from 'lit';

/** The finite-difference check beside the backpropagated number. */
export const checkStyles = css`
  .check {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 16px;
    margin-top: 10px;
    padding: 6px 10px;
    border: 1px dashed var(--bp-border);
    border-radius: 6px;
    font-size: 0.88em;
    color: var(--bp-muted);
  }
  .check-title {
    font-weight: 600;
    color: var(--bp-fg);
  }
  .check strong {
    font-family: var(--bp-mono);
  }
  .check .check-error {
    color: var(--bp-fg);
  }
`;
