import { html, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../../../internal/format.js';
import { isRevealed, layerCount, type LayerDeltaModel } from '../layer-delta-model.js';
import { layoutNetwork } from '../layout.js';
import { renderDiagram, type DiagramHandlers } from './diagram.js';

/**
 * The network figure: the diagram at its layout's size, the readout line for the focused unit
 * or connection, and a legend for what sign, thickness, shading and rings mean.
 */

function legendSample(sign: 'positive' | 'negative'): TemplateResult {
  return html`<svg class="sample" viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
    ${svg`<line class=${sign} x1="1" y1="4" x2="27" y2="4"></line>`}
  </svg>`;
}

export function renderNetwork(
  model: LayerDeltaModel,
  animate: boolean,
  handlers: DiagramHandlers,
): TemplateResult {
  const { sizes } = model.config;
  const layout = layoutNetwork(sizes);
  const deep = layerCount(model) > 3 ? 'deep' : '';
  const diagram = renderDiagram(
    {
      layout,
      sizes,
      weights: model.network.weights,
      values: [model.input, ...model.cache.a],
      deltas: sizes.map((_, l) => (isRevealed(model, l) ? model.result.deltas[l - 1] : null)),
      lossText: formatNumber(model.result.loss),
      selectedLayer: model.selectedLayer,
      focusUnit: model.focusUnit,
      selectedWeight: model.selectedWeight,
      travel: model.travel,
      animate,
    },
    handlers,
  );
  const scale = layout.roomy ? 1.15 : 1;
  const hint = layout.roomy
    ? 'Focus or click a unit or a connection to read its numbers.'
    : 'Numbers are hidden at this size: focus or click a unit or a connection to read them here.';
  return html`<figure class="network ${deep}">
    <svg
      class="diagram ${layout.roomy ? 'roomy' : 'compact'} ${deep}"
      part="diagram"
      viewBox="0 0 ${layout.width} ${layout.height}"
      width=${Math.round(layout.width * scale)}
      height=${Math.round(layout.height * scale)}
      role="group"
      aria-label="Network ${sizes.join('-')}: units and connections. Loss ${formatNumber(
        model.result.loss,
      )}."
    >
      ${diagram}
    </svg>
    <p class="readout">${model.readout || hint}</p>
    <p class="legend">
      <span>${legendSample('positive')} positive weight</span>
      <span>${legendSample('negative')} negative weight (dashed)</span>
      <span>thicker = larger</span>
      <span class="legend-numbers"
        >${
          layout.roomy
            ? 'number inside a unit: its activation'
            : 'unit shading: size of its activation'
        }</span
      >
      <span
        ><svg class="sample" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
          ${svg`<circle class="ring" cx="6" cy="6" r="4.5"></circle>`}</svg
        >ring: sign of δ (dashed when negative)</span
      >
    </p>
  </figure>`;
}
