import { css } from 'lit';

/** Sliders with their readouts, the step and reset buttons, and the step panel. */
export const controlsStyles = css`
  .controls {
    display: grid;
    gap: 6px;
    align-content: start;
  }
  .slider {
    display: grid;
    grid-template-columns: 5.2em minmax(0, 1fr) 4.2em;
    align-items: center;
    gap: 8px;
  }
  .slider-label {
    grid-column: 1;
    grid-row: 1;
    white-space: nowrap;
    font-size: 0.92em;
  }
  .slider-label label {
    padding-inline-end: 0.3em;
    cursor: pointer;
  }
  .slider input[type='range'] {
    grid-column: 2;
    grid-row: 1;
    width: 100%;
    min-width: 0;
    min-height: 28px;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    accent-color: var(--bp-accent);
  }
  .slider .readout {
    grid-column: 3;
    grid-row: 1;
    text-align: end;
    font-family: var(--bp-mono);
    font-variant-numeric: tabular-nums;
    font-size: 0.92em;
  }
  /* The label y: two radio buttons where a slider's track would be. */
  .choices {
    grid-column: 2 / -1;
    grid-row: 1;
    display: flex;
    gap: 18px;
    min-height: 28px;
    align-items: center;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-family: var(--bp-mono);
    cursor: pointer;
  }
  .choice input {
    margin: 0;
    width: 18px;
    height: 18px;
    accent-color: var(--bp-accent);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 4px;
  }
  button.step {
    background: var(--bp-accent);
    border-color: var(--bp-accent);
    color: var(--bp-bg);
    font-weight: 600;
  }
  button.step:hover {
    filter: brightness(1.08);
  }
  .step-panel {
    margin: 2px 0 0;
    font-size: 0.88em;
    color: var(--bp-muted);
  }
  .step-panel strong,
  .step-panel .loss-before {
    font-family: var(--bp-mono);
    color: var(--bp-fg);
  }
  .step-moves {
    display: block;
  }
`;
