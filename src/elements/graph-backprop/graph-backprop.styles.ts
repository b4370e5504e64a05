import { css } from 'lit';
import { captionStyles } from './views/caption.styles.js';
import { controlsStyles, modeStyles } from './views/controls.styles.js';
import { diagramStyles } from './views/diagram.styles.js';

/**
 * What the views share: the host's size of type, inline code, and the scrolling line a TeX
 * formula sits on (in the caption and the panel).
 */
const sharedStyles = css`
  :host {
    font-size: 15px;
  }

  code {
    font-family: var(--bp-mono);
    font-size: 0.95em;
  }

  /* The questions of ask, between the controls and the strip under them. */
  .questions:not(:empty) {
    margin: 8px 0;
  }

  .formula-line {
    overflow-x: auto;
    overflow-y: hidden;
    padding: 4px 0;
  }
`;

/**
 * The expression box's row (with `editable`), in the element's own styles: it keeps its room
 * while the box's code arrives, so the diagram does not jump.
 */
const expressionRowStyles = css`
  .expression {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 10px;
    margin-bottom: 10px;
  }
  /* The box's row while its code arrives (a field and the line of help under it). */
  .expression-pending {
    min-height: 56px;
  }
`;

/**
 * The element's styles after the theme's: the shared rules, then each view's own. The views
 * loaded on first use (the details panel, the expression box) bring theirs with them.
 */
export const graphBackpropStyles = [
  sharedStyles,
  expressionRowStyles,
  diagramStyles,
  controlsStyles,
  modeStyles,
  captionStyles,
];
