import { css } from 'lit';

/**
 * The answer field, the working once answered, and the score line: fits a 320 px column, buttons wrap below the box when they must.
 */
export const answerFieldStyles = css`
  .answer {
    display: grid;
    gap: 4px;
    margin: 8px 0;
    padding: 8px;
    border: 1px dashed var(--bp-line);
    border-radius: var(--bp-radius);
    background: var(--bp-surface);
  }
  .answer-row {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  .answer input {
    flex: 1 1 8em;
    min-width: 0;
    font: inherit;
    font-family: var(--bp-mono);
    padding: 4px 6px;
    color: var(--bp-fg);
    background: var(--bp-bg);
    border: 1px solid var(--bp-line);
    border-radius: 4px;
  }
  .answer input[aria-invalid='true'] {
    border-color: var(--bp-error);
  }
  .answer-hint {
    font-size: 0.85em;
    color: var(--bp-muted);
  }
  .answer-verdict:empty {
    display: none;
  }
  .answer-done {
    margin: 4px 0;
    font-size: 0.9em;
  }
  .answer-done.right {
    color: var(--bp-fg);
  }
  .answer-done.revealed {
    color: var(--bp-muted);
  }
  .exercise {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 12px;
    align-items: center;
    margin-top: 8px;
  }
  .exercise-score {
    margin: 0;
    flex: 1 1 12em;
  }
`;
