/**
 * The SVG drawing of the graph: nodes with value and (once reached) gradient, edges with their
 * local gradient, and on edges the pass has crossed, upstream × local = contribution.
 * A pure function of the snapshot and its layout; the element passes in the handlers.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { GradNode } from '../../../core/index.js';
import { formatNumber, signClass, signed, spokenNumber } from '../../../internal/format.js';
import { styleProps } from '../../../internal/style-props.js';
import { nodeName, nodeSymbol } from '../describe.js';
import { MIN_SCALE } from '../diagram-layout.js';
import { VALUE_LIMIT, type GraphModel } from '../graph-backprop-model.js';
import { currentStep, gradientsSoFar, hasPassed, isComplete } from '../graph-queries.js';
import { smoothPath, type GraphLayout, type PlacedEdge } from '../layout.js';

export interface DiagramHandlers {
  nodeKeydown(node: GradNode, event: KeyboardEvent): void;
  nodePointerdown(node: GradNode, event: PointerEvent): void;
  nodeClick(node: GradNode, event: MouseEvent): void;
}

export interface DiagramView {
  readonly model: GraphModel;
  readonly layout: GraphLayout;
}

function gradientWords(grad: number | undefined, complete: boolean): string {
  if (grad === undefined) return 'gradient not reached yet';
  return `${complete ? 'gradient' : 'gradient so far'} ${spokenNumber(grad)}`;
}

function renderEdge(edge: PlacedEdge, view: DiagramView): SVGTemplateResult {
  const { model, layout } = view;
  const user = model.graph.nodeById(edge.target)!;
  const active = currentStep(model)?.node === user;
  const passed = hasPassed(model, user);
  const step = model.pass.steps.find((candidate) => candidate.node === user);
  const share = step?.inputs[edge.index];
  const local = user.localGrads[edge.index] ?? 0;
  const { x, y, width, height } = edge.label;
  const classes = ['edge', active ? 'active' : '', passed ? 'passed' : ''].join(' ');
  const top =
    passed && share ? `${formatNumber(step!.upstream)} × ${formatNumber(local)}` : 'local';
  const bottom = passed && share ? `= ${signed(share.contribution)}` : formatNumber(local);
  const bottomClass = passed && share ? signClass(share.contribution) : 'local-value';
  return svg`<g class=${classes}>
    <path class="wire" d=${smoothPath(edge.points, layout.direction)}></path>
    <rect class="edge-label" x=${x} y=${y} width=${width} height=${height} rx="6"></rect>
    <text class="edge-top" x=${x + width / 2} y=${y + 14}>${top}</text>
    <text class=${`edge-bottom ${bottomClass}`} x=${x + width / 2} y=${y + 29}>${bottom}</text>
  </g>`;
}

function renderNode(
  node: GradNode,
  view: DiagramView,
  grads: Map<GradNode, number>,
  handlers: DiagramHandlers,
): SVGTemplateResult {
  const { model, layout } = view;
  const { selectedId } = model;
  const box = layout.nodes.get(node.id)!;
  const grad = grads.get(node);
  const complete = isComplete(model, node);
  const active = currentStep(model)?.node === node;
  const isVariable = node.op === 'var';
  const classes = [
    'node',
    isVariable ? 'variable' : node.op === 'const' ? 'constant' : 'op',
    node.id === selectedId ? 'selected' : '',
    active ? 'active' : '',
    node === model.graph.output ? 'output' : '',
  ].join(' ');
  const value = node.value;
  const words = `${nodeName(node)}, value ${spokenNumber(value)}, ${gradientWords(grad, complete)}`;
  const gradText = grad === undefined ? '' : `∂ ${signed(grad)}${complete ? '' : ' …'}`;
  const mid = box.width / 2;
  const valueText = formatNumber(value);
  // The drawn text sits beside the focusable shape, not inside it, and is hidden from assistive
  // technology: the shape's label says the same in words (and axe wants a button's visible text
  // inside its name, which "∂ +1" could never be).
  const label = svg`<g class="node-text" aria-hidden="true" transform=${`translate(${box.x} ${box.y})`}>
    <text class="node-symbol" x=${mid} y="17">${nodeSymbol(node)}</text>
    <text class=${`node-value ${valueText.length > 7 ? 'long' : ''}`} x=${mid} y="34">${valueText}</text>
    <text class=${`node-grad ${grad === undefined ? '' : signClass(grad)}`} x=${mid} y="49">${gradText}</text>
  </g>`;
  const shape = svg`<rect class="node-box" width=${box.width} height=${box.height} rx="10"></rect>`;
  if (isVariable) {
    return svg`<g class=${classes} transform=${`translate(${box.x} ${box.y})`}
      data-id=${node.id} tabindex="0" role="slider"
      aria-label=${`${node.label}: ${gradientWords(grad, complete)}. Drag sideways or use arrow keys to change; Enter opens details`}
      aria-valuenow=${value}
      aria-valuetext=${spokenNumber(value)}
      aria-valuemin=${Math.min(-VALUE_LIMIT, value)}
      aria-valuemax=${Math.max(VALUE_LIMIT, value)}
      @click=${(event: MouseEvent) => handlers.nodeClick(node, event)}
      @keydown=${(event: KeyboardEvent) => handlers.nodeKeydown(node, event)}
      @pointerdown=${(event: PointerEvent) => handlers.nodePointerdown(node, event)}>
      <rect class="hit" x="-8" y="-8" width=${box.width + 16} height=${box.height + 16}></rect>
      ${shape}
      <path class="drag-hint" d=${`M7 ${box.height / 2 - 5} l-4 5 l4 5 M${box.width - 7} ${box.height / 2 - 5} l4 5 l-4 5`}></path>
    </g>${label}`;
  }
  return svg`<g class=${classes} transform=${`translate(${box.x} ${box.y})`}
    data-id=${node.id} tabindex="0" role="button"
    aria-pressed=${node.id === selectedId ? 'true' : 'false'}
    aria-label=${words}
    @click=${(event: MouseEvent) => handlers.nodeClick(node, event)}
    @keydown=${(event: KeyboardEvent) => handlers.nodeKeydown(node, event)}>
    ${shape}
  </g>${label}`;
}

/** The diagram part: a scrollable box holding the SVG, never shrunk below MIN_SCALE. */
export function renderDiagram(view: DiagramView, handlers: DiagramHandlers): TemplateResult {
  const { model, layout } = view;
  const grads = gradientsSoFar(model);
  const size = styleProps({
    minWidth: `${Math.round(layout.width * MIN_SCALE)}px`,
    maxWidth: `${Math.round(layout.width)}px`,
  });
  return html`<div class="diagram" part="diagram">
    <svg
      class=${`graph ${layout.direction}`}
      viewBox=${`0 0 ${layout.width} ${layout.height}`}
      width=${layout.width}
      height=${layout.height}
      style=${size}
      role="group"
      aria-label=${`Computation graph of ${model.graph.text}`}
    >
      <g class="edges" aria-hidden="true">${layout.edges.map((edge) => renderEdge(edge, view))}</g>
      <g class="nodes">
        ${model.graph.nodes.map((node) => renderNode(node, view, grads, handlers))}
      </g>
    </svg>
  </div>`;
}
