import { css } from 'lit';

/** The settings: a wrapping grid of labelled fields, the feature checkboxes in a row. */
export const settingsStyles = css`
  .settings {
    border: 1px solid var(--bp-border);
    border-radius: var(--bp-radius);
    margin: 12px 0 0;
    padding: 8px 10px 10px;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
    gap: 8px 12px;
    min-width: 0;
  }
  .settings > legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.9em;
    min-width: 0;
  }
  .field select,
  .field input[type='range'] {
    width: 100%;
    min-height: 32px;
  }
  .features {
    grid-column: 1 / -1;
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    font-size: 0.9em;
  }
  .features legend {
    padding: 0;
    margin-bottom: 2px;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 32px;
  }
  @media print {
    .settings {
      display: none;
    }
  }
`;
