import { css } from 'lit';

/** The number fields and pickers, shared by the x and y vectors and the weight editor. */
export const fieldsStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-size: 0.9em;
    font-weight: 600;
    margin-bottom: 4px;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .fields label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: 0.85em;
    color: var(--bp-muted);
    /* A long unit name in the weight pickers (German) shrinks its select, not the page. */
    max-width: 100%;
    min-width: 0;
  }
  .fields label select {
    min-width: 0;
    flex: 0 1 auto;
  }
  input[inputmode='decimal'] {
    width: 5.8em;
    font-variant-numeric: tabular-nums;
  }
  .weight-slider {
    flex: 1 1 8em;
    min-width: 6em;
    max-width: 14em;
    accent-color: var(--bp-accent);
  }
  select {
    padding: 3px 4px;
    max-width: 100%;
  }
  .vectors {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    margin: 10px 0 0;
  }
  .weight-editor {
    margin-top: 10px;
  }
  /* On paper the reader's fields are of no use (after the rules above, which they would lose to). */
  @media print {
    .vectors,
    .weight-editor {
      display: none;
    }
  }
`;
