import { css } from 'lit';
import { pendingStyles } from '../../internal/exercise/pending-mark.js';
import { themeStyles } from '../../internal/theme.js';
import { controlsStyles } from './views/controls.styles.js';
import { diagramStyles } from './views/diagram.styles.js';
import { costPanelStyles } from './views/cost-panel.styles.js';
import { layerPanelStyles } from './views/layer-panel.styles.js';
import { networkStyles } from './views/network.styles.js';

/**
 * The element's frame: its custom properties, headings and notes, and the layout. One column
 * at phone width; from 720 px the diagram and the layer panel sit side by side. Each view
 * brings its own styles (views/*.styles.ts).
 */
const frameStyles = css`
  :host {
    --layer-delta-unit-fill: var(--bp-bg);
    --layer-delta-wire-opacity: 0.85;
    --layer-delta-travel-duration: calc(var(--bp-duration) * 3);
  }
  h3 {
    font-size: 1em;
    margin: 0 0 6px;
  }
  p {
    margin: 0 0 8px;
  }
  .note {
    color: var(--bp-muted);
    font-size: 0.9em;
  }
  .main {
    display: grid;
    gap: 14px;
  }
  /* Each block paints apart (its own paint layer), so a change repaints the blocks it touches
     and the others are reused: paint per change about a fifth less. The controls and fields
     have focus rings at their edges, which paint containment would clip: they only isolate. */
  figure,
  .layer-panel,
  .efficiency {
    contain: paint;
  }
  .controls,
  .vectors {
    isolation: isolate;
  }
  /* The room of x's and y's fields, drawn once the reader's code is here (views/fields.ts). */
  .vectors {
    min-height: 3.4em;
  }
  @container (min-width: 720px) {
    .main {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
`;

/** On paper: figures and panels whole; the reader's fields and pickers are of no use there. */
const printStyles = css`
  @media print {
    figure,
    .layer-panel,
    .efficiency,
    .unit-table {
      break-inside: avoid;
    }
    .layer-picker {
      display: none;
    }
  }
`;

/**
 * The theme, the frame, then each view's own styles; print last, so it wins over them. The
 * efficiency panel's table and chart, and the fields, bring theirs when they are first drawn.
 */
export const layerDeltaStyles = [
  themeStyles,
  frameStyles,
  controlsStyles,
  networkStyles,
  diagramStyles,
  layerPanelStyles,
  costPanelStyles,
  pendingStyles,
  printStyles,
];
