import { svg, html, type TemplateResult } from 'lit';
import type { Feature } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { ThumbnailCanvas } from '../thumbnail-painter.js';
import type { ConnectionRef, TrainModel } from '../train-network-model.js';

/**
 * The network as layers of units; each connection's width shows the size of its weight, its
 * colour and dash the sign. A pointer selects a connection, or a unit to see its δ; the keyboard
 * picks them in the gradient panel (its pickers, and its δ switch for the unit fed).
 */

export interface NetworkHandlers {
  connectionClick(ref: ConnectionRef): void;
  /** A unit after the inputs: `layer` an index into sizes. */
  unitClick(layer: number, unit: number): void;
}

/** Feature names as plain text, for labels and the drawing (x₁², sin x₁). */
export const FEATURE_TEXT: Record<Feature, string> = {
  x1: 'x₁',
  x2: 'x₂',
  'x1^2': 'x₁²',
  'x2^2': 'x₂²',
  'x1*x2': 'x₁x₂',
  'sin(x1)': 'sin x₁',
  'sin(x2)': 'sin x₂',
};

const COLUMN = 70;
const ROW = 26;
const PAD = 16;
/** A hidden unit's thumbnail, in the drawing's units. */
const THUMB = 20;

/**
 * A connection's width for its weight, in steps of half a unit (a pixel on screen): while
 * training plays the drawing is redrawn ten times a second, and a width that changes with every
 * digit of its weight would have the browser restyle and repaint every connection each time;
 * in steps, only the few whose weight crossed one.
 */
function strokeWidth(weight: number): number {
  return Math.round(Math.min(6, 0.6 + Math.abs(weight) * 1.6) * 2) / 2;
}

function position(
  sizes: readonly number[],
  tallest: number,
  layer: number,
  unit: number,
): { x: number; y: number } {
  const offset = ((tallest - sizes[layer]) * ROW) / 2;
  return { x: PAD + 34 + layer * COLUMN, y: PAD + offset + unit * ROW };
}

/**
 * @param thumbnail Draws a hidden unit's canvas (thumbnail-painter.ts), once that code, which
 *   paints it, is here.
 */
export function renderNetwork(
  l10n: Localizer,
  model: TrainModel,
  handlers: NetworkHandlers,
  thumbnail?: ThumbnailCanvas,
): TemplateResult {
  const { sizes, weights } = model.training.network;
  const tallest = Math.max(...sizes);
  const width = PAD * 2 + 34 + (sizes.length - 1) * COLUMN;
  const height = PAD * 2 + (tallest - 1) * ROW;
  const selected = model.selected;
  const lines = weights.flatMap((matrix, l) =>
    matrix.flatMap((row, to) =>
      row.map((w, from) => {
        const a = position(sizes, tallest, l, from);
        const b = position(sizes, tallest, l + 1, to);
        const ref = { layer: l, to, from };
        const isSelected = selected?.layer === l && selected.to === to && selected.from === from;
        const width = strokeWidth(w);
        return svg`<g class="connection ${w < 0 ? 'negative' : 'positive'} ${isSelected ? 'selected' : ''}"
          @click=${() => handlers.connectionClick(ref)}>
          <line class="wire" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y} stroke-width=${width}></line>
          <line class="hit" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>
        </g>`;
      }),
    ),
  );
  const units = sizes.flatMap((count, l) =>
    Array.from({ length: count }, (_, unit) => {
      const { x, y } = position(sizes, tallest, l, unit);
      if (l === 0)
        return svg`<circle class="unit" cx=${x} cy=${y} r="8"></circle><text class="feature"
          x=${x - 12} y=${y + 4} text-anchor="end">${FEATURE_TEXT[model.setup.features[unit]]}</text>`;
      const told = model.deltaShown && selected?.layer === l - 1 && selected.to === unit;
      const pick = (): void => handlers.unitClick(l, unit);
      if (l === sizes.length - 1)
        return svg`<circle class="unit pickable ${told ? 'told' : ''}" cx=${x} cy=${y} r="8"
          @click=${pick}></circle>`;
      // A hidden unit is a thumbnail of its output over the plane, framed; decorative, since
      // the drawing as a whole is one image with a name. Its canvas comes with its painter
      // (thumbnail-painter.ts, after the first paint): until then the frame covers its place
      // with the page's background, as it covers a canvas not yet painted.
      const left = x - THUMB / 2;
      const top = y - THUMB / 2;
      return svg`${thumbnail?.(left, top, l - 1, unit)}<rect
          class="unit pickable thumb-frame ${told ? 'told' : ''}" x=${left} y=${top}
          width=${THUMB} height=${THUMB} @click=${pick}></rect>`;
    }),
  );
  const name = l10n.t('train-network.network.name', { sizes: sizes.join('–') });
  return html`<figure class="network">
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${name}>${lines}${units}</svg>
    <figcaption class="legend">
      <span class="key"
        ><span class="swatch positive" aria-hidden="true"></span
        >${l10n.t('train-network.legend.positive')}</span
      >
      <span class="key"
        ><span class="swatch negative" aria-hidden="true"></span
        >${l10n.t('train-network.legend.negative')}</span
      >
    </figcaption>
  </figure>`;
}
