import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { LazyView, prefetchWhenIdle, type LoadHost } from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';
import { isRevealed, layerCount, type LayerDeltaModel } from '../layer-delta-model.js';
import { layoutNetwork, type DiagramLayout } from '../layout.js';
import { readerCode } from '../waiting-handlers.js';
import {
  hoverDrawing,
  pressDrawing,
  renderDiagram,
  renderWireDrawings,
  type DiagramHandlers,
  type DiagramView,
} from './diagram.js';

/** The readout line's numbers and words: shown only once the reader focuses a unit or weight. */
const readoutView = new LazyView(() => import('./readout.js'));

/**
 * The network figure: the diagram at its layout's size, the readout line for the focused unit
 * or chosen connection, and a legend for what sign, thickness, shading and δ marks mean.
 */

function legendSample(sign: 'positive' | 'negative'): TemplateResult {
  return html`<svg class="sample" viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
    ${svg`<line class=${sign} x1="1" y1="4" x2="27" y2="4"></line>`}
  </svg>`;
}

/**
 * The layout of each network shape drawn, made once: the diagram's guards compare positions by
 * identity, so a weight moved finds every other connection and unit where it was and skips it.
 */
const layouts = new Map<string, DiagramLayout>();
const KEPT_LAYOUTS = 16;

function layoutFor(sizes: readonly number[]): DiagramLayout {
  const key = sizes.join(' ');
  let layout = layouts.get(key);
  if (!layout) {
    if (layouts.size >= KEPT_LAYOUTS) layouts.clear();
    layout = layoutNetwork(sizes);
    layouts.set(key, layout);
  }
  return layout;
}

/** What the legend says depends on the language and the layout only, not on any number. */
function renderLegend(l10n: Localizer, roomy: boolean): TemplateResult {
  return html`<p class="legend">
    <span>${legendSample('positive')} ${l10n.t('layer-delta.legend.positive')}</span>
    <span>${legendSample('negative')} ${l10n.t('layer-delta.legend.negative')}</span>
    <span>${l10n.t('layer-delta.legend.thickness')}</span>
    <span class="legend-numbers"
      >${roomy ? l10n.t('layer-delta.legend.value') : l10n.t('layer-delta.legend.shade')}</span
    >
    <span
      ><svg class="sample" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
        ${svg`<circle class="ring" cx="6" cy="6" r="4.5"></circle>`}</svg
      >${l10n.t('layer-delta.legend.delta')}</span
    >
  </p>`;
}

export function renderNetwork(
  l10n: Localizer,
  model: LayerDeltaModel,
  animate: boolean,
  handlers: DiagramHandlers,
  host: LoadHost,
): TemplateResult {
  prefetchWhenIdle([readoutView]);
  const { sizes } = model.config;
  const layout = layoutFor(sizes);
  const deep = layerCount(model) > 3 ? 'deep' : '';
  // The loss is written twice, under its node and in the drawing's name.
  const lossText = l10n.number(model.result.loss);
  const view: DiagramView = {
    l10n,
    layout,
    sizes,
    weights: model.network.weights,
    values: [model.input, ...model.cache.a],
    deltas: sizes.map((_, l) => (isRevealed(model, l) ? model.result.deltas[l - 1] : null)),
    lossText,
    selectedLayer: model.selectedLayer,
    focusUnit: model.focusUnit,
    focusLayer: model.focusLayer,
    selectedWeight: model.selectedWeight,
    travel: model.travel,
    animate,
    travelDots: nothing,
  };
  // The last step's dots come with the code that stepped (travel.ts).
  if (model.travel && animate) view.travelDots = readerCode.ready?.renderTravel(view) ?? nothing;
  const scale = layout.roomy ? 1.15 : 1;
  const hint = (): string =>
    layout.roomy ? l10n.t('layer-delta.readout.hint') : l10n.t('layer-delta.readout.hintCompact');
  return html`<figure class="network ${deep}">
    <div
      class="drawing"
      part="diagram"
      @pointerdown=${(event: PointerEvent) => pressDrawing(event, layout, handlers)}
      @pointermove=${(event: PointerEvent) => hoverDrawing(event, layout)}
    >
      ${renderWireDrawings(view)}
      <svg
        class="diagram ${layout.roomy ? 'roomy' : 'compact'} ${deep}"
        viewBox="0 0 ${layout.width} ${layout.height}"
        width=${Math.round(layout.width * scale)}
        height=${Math.round(layout.height * scale)}
        role="group"
        aria-label=${l10n.t('layer-delta.network.name', {
          sizes: sizes.join('-'),
          loss: lossText,
        })}
        aria-description=${l10n.t('layer-delta.network.hint')}
      >
        ${renderDiagram(view, handlers)}
      </svg>
    </div>
    <p class="readout">
      ${(model.readout && readoutView.use(host)?.renderReadout(l10n, model)) ?? hint()}
    </p>
    ${guard([l10n, layout.roomy], () => renderLegend(l10n, layout.roomy))}
  </figure>`;
}
