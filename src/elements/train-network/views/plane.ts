import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { CLASS_COLOURS, cssColour, MARKER_POLYGONS, markerOf, type Marker } from '../palette.js';
import { isRegression, type TrainModel } from '../train-network-model.js';

/**
 * The plane: the heatmap canvas (50 × 50 pixels, stretched and smoothed by CSS), the points
 * canvas above it, one Tab stop for the keyboard cursor, the legend, and a text alternative
 * (the keys, and the accuracy per class: views/plane-description.ts) for screen readers.
 */

export interface PlaneHandlers {
  planeClick(event: MouseEvent): void;
  planeKey(event: KeyboardEvent): void;
  /** The plane took or lost the keyboard focus (a `focus` or a `blur` event). */
  planeFocus(event: FocusEvent): void;
}

/**
 * @param description What screen readers hear of the plane, the elements its
 *   `aria-describedby` names (views/plane-description.ts): none, and no description named,
 *   until the code that follows the first paint, the keys' among it, is here.
 */
export function renderPlane(
  l10n: Localizer,
  model: TrainModel,
  handlers: PlaneHandlers,
  description: TemplateResult | undefined,
): TemplateResult {
  // A key per class: its marker in its colour, and its name.
  const classes = Array.from(
    { length: isRegression(model) ? 0 : model.setup.classes },
    (_, c) =>
      html`<span class="key"
        ><svg
          viewBox="-1.4 -1.4 2.8 2.8"
          aria-hidden="true"
          class="marker"
          fill=${cssColour(CLASS_COLOURS[c])}
        >
          ${markerShape(markerOf(c))}</svg
        >${l10n.t('train-network.class', { number: c + 1 })}</span
      >`,
  );
  return html`<figure class="plane-figure">
    <div
      class="plane"
      part="diagram"
      tabindex="0"
      role="group"
      aria-label=${l10n.t('train-network.plane.name')}
      aria-describedby=${description ? 'plane-hint plane-summary' : nothing}
      @click=${handlers.planeClick}
      @keydown=${handlers.planeKey}
      @focus=${handlers.planeFocus}
      @blur=${handlers.planeFocus}
    >
      <canvas class="heatmap" width="50" height="50" aria-hidden="true"></canvas>
      <canvas class="points" aria-hidden="true"></canvas>
    </div>
    ${description}
    <figcaption class="legend">
      ${classes}
      <span class="key">${l10n.t('train-network.legend.train')}</span>
      <span class="key">${l10n.t('train-network.legend.test')}</span>
      <span class="key">${l10n.t('train-network.legend.shade')}</span>
    </figcaption>
  </figure>`;
}

/** The legend's marker, the same shapes the canvas draws (a circle of radius 1 or a polygon). */
function markerShape(marker: Marker): SVGTemplateResult {
  return marker === 'circle'
    ? svg`<circle r="1" class="m"></circle>`
    : svg`<polygon points=${MARKER_POLYGONS[marker].join(' ')} class="m"></polygon>`;
}
