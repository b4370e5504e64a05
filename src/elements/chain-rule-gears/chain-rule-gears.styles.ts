import { css } from 'lit';

/**
 * Layout: the diagram and its readouts, then the formula. From 600 px of element width the
 * formula moves beside the diagram. The SVG scales through its viewBox, so six stages still fit
 * a 320 px column. Each view brings its own stylesheet (views/*.styles.ts).
 */
export const chainRuleGearsStyles = css`
  :host {
    --chain-rule-gears-metal: color-mix(in srgb, var(--bp-muted) 22%, var(--bp-surface));
    --chain-rule-gears-edge: color-mix(in srgb, var(--bp-fg) 55%, var(--bp-surface));
    --chain-rule-gears-mark: var(--bp-accent);
    --chain-rule-gears-max-height: 320px;
  }
  /* High-contrast palettes: plain outlines on the canvas, marks in the text colour; the gear the
     reader points at keeps its dashed ring, the focused one the solid Highlight ring. */
  @media (forced-colors: active) {
    :host {
      --chain-rule-gears-metal: Canvas;
      --chain-rule-gears-edge: CanvasText;
      --chain-rule-gears-mark: CanvasText;
    }
  }

  /* The diagram and formula parts read left to right; their sentences and names follow the page. */
  :host(:dir(rtl)) .formula-title,
  :host(:dir(rtl)) .summary,
  :host(:dir(rtl)) .readout .name {
    direction: rtl;
    unicode-bidi: isolate;
  }

  .layout {
    display: grid;
    gap: 12px;
  }
  @container (min-width: 600px) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: center;
      gap: 20px;
    }
  }

  figure {
    margin: 0;
    min-width: 0;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 10px;
  }
`;
