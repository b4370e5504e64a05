import { css } from 'lit';

/**
 * The hidden units' thumbnails: each canvas fills its unit's square and shows through its frame.
 * Until their painter (thumbnail-painter.ts, with the later views) has painted them, the canvases
 * are blank and the frames cover them with the page's background, which looks the same: so these
 * rules come with the painter.
 */
export const thumbnailsStyles = css`
  .network .thumb-frame {
    fill: transparent;
  }
  .network .thumb {
    display: block;
    width: 100%;
    height: 100%;
  }
`;
