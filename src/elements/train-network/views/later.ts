/**
 * What the figure's first paint does without, as one chunk asked for on the first render
 * (later-views.ts): the settings panel, the loss curves, the plane's description for screen
 * readers, the hidden units' thumbnails and their painter, with the styles of the two views and
 * the thumbnails; what the reader's actions do (reader-handlers.ts), and the keyboard cursor they
 * show on the plane (draw-cursor.ts).
 */
import { css } from 'lit';
import { curvesStyles } from './curves.styles.js';
import { settingsStyles } from './settings.styles.js';
import { thumbnailsStyles } from './thumbnails.styles.js';

export { drawCursor } from '../draw-cursor.js';
export { thumbnailCanvas, ThumbnailPainter } from '../thumbnail-painter.js';
export { renderCurves } from './curves.js';
export { planeDescription } from './plane-description.js';
export { renderSettings } from './settings.js';
export { readerHandlers } from '../reader-handlers.js';

export const styles = css`
  ${settingsStyles}
  ${curvesStyles}
  ${thumbnailsStyles}
  /* The plane's print rule: nothing prints before the page has painted. */
  @media print {
    .plane-figure {
      break-inside: avoid;
    }
  }
`;
