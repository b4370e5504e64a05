import { css } from 'lit';
import { captionStyles } from './views/caption.styles.js';
import { controlsStyles, modeStyles } from './views/controls.styles.js';
import { diagramStyles } from './views/diagram.styles.js';
import { expressionBoxStyles } from './views/expression-box.styles.js';
import { panelStyles } from './views/panel.styles.js';

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

  .formula-line {
    overflow-x: auto;
    overflow-y: hidden;
    padding: 4px 0;
  }
`;

/** The element's styles after the theme's: the shared rules, then each view's own. */
export const graphBackpropStyles = [
  sharedStyles,
  expressionBoxStyles,
  diagramStyles,
  controlsStyles,
  modeStyles,
  captionStyles,
  panelStyles,
];
