import { css } from 'lit';

/**
 * What the views share: the host's size of type, inline code, and the scrolling line a TeX
 * formula sits on (in the caption and the panel). Each view brings its own styles besides.
 */
export const graphBackpropStyles = css`
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
