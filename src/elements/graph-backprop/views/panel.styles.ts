import { css } from 'lit';

/** The selected node's details panel. */
export const panelStyles = css`
  .panel {
    margin-top: 12px;
    padding: 10px 12px;
    border: 1px solid var(--bp-border);
    border-inline-start: 4px solid var(--bp-accent);
    border-radius: var(--bp-radius);
    background: var(--bp-surface);
  }
  .panel p {
    margin: 6px 0;
  }
  /* The close button goes under a long title (Multiplikationsknoten) rather than past the edge. */
  .panel-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
  }
  .panel-title {
    flex: 1 1 12em;
    min-width: 0;
    overflow-wrap: anywhere;
    font-weight: 600;
    font-size: 1.05em;
  }
  .badge {
    display: inline-block;
    min-width: 1.8em;
    padding: 0 6px;
    margin-right: 4px;
    border-radius: 6px;
    background: var(--bp-bg);
    border: 1px solid var(--bp-border);
    text-align: center;
    /* The op in the formulas' font, so its × reads as multiplication, not as a close mark. */
    font-family: KaTeX_Main, 'Times New Roman', serif;
    font-size: 1.1em;
  }
  .node-expr {
    font-weight: 400;
    margin-inline-start: 4px;
    white-space: nowrap;
  }
  /* A worded button: a bare ✕ beside the × badge would read as one more operator. */
  .close {
    flex: none;
    min-height: 36px;
    padding: 4px 10px;
  }
  .not-reached {
    color: var(--bp-muted);
    font-style: italic;
  }
  .description {
    color: var(--bp-muted);
  }
  .inputs {
    margin: 6px 0 0;
    padding-inline-start: 1.3em;
  }
  .inputs li + li {
    margin-top: 8px;
    padding-top: 6px;
    border-top: 1px dashed var(--bp-border);
  }
  .uses {
    margin: 4px 0;
    padding-inline-start: 1.3em;
  }
  .value-field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 10px;
  }
  .value-field input {
    width: 8em;
    min-height: 36px;
    font-family: var(--bp-mono);
  }
  .value-field input[aria-invalid='true'] {
    border-color: var(--bp-error);
  }
  .field-note {
    font-size: 0.88em;
    color: var(--bp-fg);
  }
  .check {
    margin-top: 10px;
    padding-top: 6px;
    border-top: 1px solid var(--bp-border);
  }
  .check-title {
    font-weight: 600;
  }
  .verdict {
    font-weight: 600;
  }

  @container (max-width: 420px) {
    .panel {
      font-size: 14px;
    }
  }
`;
