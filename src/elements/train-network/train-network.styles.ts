import { css } from 'lit';
import { themeStyles } from '../../internal/theme.js';
import { controlsStyles } from './views/controls.styles.js';
import { networkStyles } from './views/network.styles.js';
import { planeStyles } from './views/plane.styles.js';
import { pendingStyles } from '../../internal/exercise/pending-mark.js';

/**
 * The frame: one column at phone width; from 640 px the plane and the network with its curves
 * sit side by side. Each view brings its own styles, its print rules included (the settings
 * and the curves with their code, fetched after the first paint: views/later-views.ts; the
 * gradient panel with its own); the plane's print rule comes with that code too, as nothing
 * prints before the page has painted.
 */
const frameStyles = css`
  .prediction-grid {
    margin: 8px 0 0;
  }
  .main {
    display: grid;
    gap: 14px;
  }
  .side {
    min-width: 0;
  }
  .note {
    color: var(--bp-muted);
    font-size: 0.9em;
  }
  .panel-switch {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 10px;
    margin: 12px 0 0;
  }
  @container (min-width: 640px) {
    .main {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
`;

export const trainNetworkStyles = [
  themeStyles,
  frameStyles,
  controlsStyles,
  planeStyles,
  networkStyles,
  pendingStyles,
];
