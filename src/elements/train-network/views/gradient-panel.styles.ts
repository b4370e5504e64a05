import { css } from 'lit';

/** The panel's own rules, adopted with its code (the switch that opens it is the frame's). */
export const gradientPanelStyles = css`
  .panel {
    margin-top: 12px;
    padding: 8px 10px;
    border: 1px solid var(--bp-border);
    border-radius: var(--bp-radius);
    background: var(--bp-surface);
    min-width: 0;
  }
  .panel h3 {
    font-size: 1em;
    margin: 0 0 6px;
  }
  .panel p {
    margin: 6px 0 2px;
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .pickers .field {
    flex: 1 1 120px;
  }
  .delta-story {
    margin: 4px 0 0 12px;
    padding-inline-start: 8px;
    border-inline-start: 3px solid var(--bp-accent);
  }
  .delta-story h4 {
    font-size: 1em;
    margin: 6px 0 2px;
  }
  .formula {
    overflow-x: auto;
  }
  /* In the network's drawing, what the panel is about: the connection it explains and, when
     it tells δ, the unit fed. */
  .network .selected .wire {
    stroke: var(--bp-accent);
    opacity: 1;
  }
  .network .told {
    stroke: var(--bp-accent);
    stroke-width: 3;
  }
  @media print {
    .pickers {
      display: none;
    }
    .panel {
      break-inside: avoid;
    }
  }
`;
