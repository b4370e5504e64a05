import { css } from 'lit';

/**
 * The cost panel's frame, in the element's own styles: it keeps its room while the
 * panel's code arrives.
 */
export const costPanelStyles = css`
  .efficiency {
    margin-top: 16px;
    padding-top: 12px;
    border-top: 1px solid var(--bp-border);
  }
  /* The table and chart's room while their code arrives (the chart is 188 px with its caption). */
  .efficiency-pending {
    min-height: 230px;
  }
`;
