import { css } from 'lit';
import { pendingStyles } from '../../internal/exercise/pending-mark.js';
import { themeStyles } from '../../internal/theme.js';
import { checkStyles } from './views/check.styles.js';
import { controlsStyles } from './views/controls.styles.js';
import { factorsStyles } from './views/factors.styles.js';
import { lossPlotStyles } from './views/loss-plot.styles.js';
import { pipelineStyles } from './views/pipeline.styles.js';
import { symbolFont } from './views/symbol.styles.js';

/**
 * The element's own layout for <neuron-backprop>: one column on a phone, plot beside the
 * controls from 600 px of container width. Sizes come from the container (container queries),
 * never the viewport. Each view's styles live beside it in views/.
 */
export const neuronStyles = css`
  .symbol {
    font-family: ${symbolFont};
    font-style: italic;
    font-size: 1.12em;
  }
  .value {
    font-family: var(--bp-mono);
    font-variant-numeric: tabular-nums;
  }
  .workbench {
    display: grid;
    gap: 12px;
  }
  @container (min-width: 600px) {
    .workbench {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
`;

/** The theme, the element's own layout, then each view's own styles. */
export const neuronBackpropStyles = [
  themeStyles,
  neuronStyles,
  pipelineStyles,
  lossPlotStyles,
  controlsStyles,
  factorsStyles,
  checkStyles,
  pendingStyles,
];
