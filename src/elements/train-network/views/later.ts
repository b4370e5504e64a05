/**
 * What the figure's first paint does without, as one chunk asked for on the first render
 * (later-views.ts): the settings panel and what reads its controls, the loss curves, and the
 * hidden units' thumbnails and their painter, with the styles of the two views.
 */
import { css } from 'lit';
import { curvesStyles } from './curves.styles.js';
import { settingsStyles } from './settings.styles.js';

export { ThumbnailPainter } from '../thumbnail-painter.js';
export { renderCurves } from './curves.js';
export { readerSetting, renderSettings } from './settings.js';

export const styles = css`
  ${settingsStyles}
  ${curvesStyles}
`;
