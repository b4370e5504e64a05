import { css } from 'lit';

export const predictionTableStyles = css`
  .grid-scroll {
    overflow-x: auto;
    margin-top: 6px;
  }
  .prediction-grid table {
    border-collapse: collapse;
    font-size: 0.8em;
  }
  .prediction-grid caption {
    text-align: start;
    padding-bottom: 4px;
  }
  .prediction-grid th,
  .prediction-grid td {
    border: 1px solid var(--bp-border);
    padding: 2px 4px;
    text-align: center;
    white-space: nowrap;
  }
  .prediction-grid th {
    font-weight: normal;
    color: var(--bp-muted);
  }
`;
