import { css } from 'lit';

/** The formula strip under the diagram. */
export const captionStyles = css`
  .caption {
    margin-top: 6px;
    padding-top: 8px;
    border-top: 1px solid var(--bp-border);
    overflow-x: auto;
  }
  .hint {
    margin: 4px 0;
    color: var(--bp-fg);
  }
  .contributions {
    margin: 4px 0;
    padding: 0;
    list-style: none;
  }
  .contributions li {
    padding: 2px 0;
    overflow-x: auto;
    overflow-y: hidden;
  }

  @container (max-width: 420px) {
    .caption {
      font-size: 14px;
    }
  }
`;
