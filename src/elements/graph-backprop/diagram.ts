/**
 * The SVG drawing of the graph: nodes with value and (once reached) gradient, edges with their
 * local gradient, and on edges the pass has crossed, upstream × local = contribution.
 * Pure template code: the element owns the state and passes in the handlers.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { styleProps } from '../../internal/style-props.js';
import type { GradNode } from '../../core/index.js';
import { formatNumber, spokenNumber } from '../../internal/format.js';
import { nodeName, nodeSymbol, signed } from './describe.js';
import type { GraphSession } from './graph-session.js';
import { smoothPath, type GraphLayout, type PlacedEdge } from './layout.js';

/** Node and label box sizes, in SVG units (px at full size). */
export const NODE_WIDTH = 84;
export const NODE_WIDTH_NARROW = 74;
export const NODE_HEIGHT = 56;
export const LABEL_WIDTH = 108;
export const LABEL_WIDTH_NARROW = 100;
export const LABEL_HEIGHT = 36;
/** The drawing never shrinks below this share of its size (text stays readable): past that it scrolls. */
export const MIN_SCALE = 0.75;

/** Reader-editable range of a variable, for the slider's aria-valuemin/max. */
export const VALUE_LIMIT = 1000;

export interface DiagramHandlers {
  select(node: GradNode): void;
  keydown(node: GradNode, event: KeyboardEvent): void;
  pointerdown(node: GradNode, event: PointerEvent): void;
  click(node: GradNode, event: MouseEvent): void;
}

export interface DiagramModel {
  readonly session: GraphSession;
  readonly layout: GraphLayout;
  readonly selectedId: string | null;
  readonly handlers: DiagramHandlers;
}

const signClass = (value: number): string =>
  value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero';

function gradientWords(grad: number | undefined, complete: boolean): string {
  if (grad === undefined) return 'gradient not reached yet';
  return `${complete ? 'gradient' : 'gradient so far'} ${spokenNumber(grad)}`;
}

function renderEdge(edge: PlacedEdge, model: DiagramModel): SVGTemplateResult {
  const { session, layout } = model;
  const user = session.graph.nodeById(edge.target)!;
  const current = session.currentStep;
  const active = current?.node === user;
  const passed = session.hasPassed(user);
  const step = session.steps.find((candidate) => candidate.node === user);
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

function renderNode(node: GradNode, model: DiagramModel, grads: Map<GradNode, number>) {
  const { session, layout, selectedId, handlers } = model;
  const box = layout.nodes.get(node.id)!;
  const grad = grads.get(node);
  const complete = session.isComplete(node);
  const active = session.currentStep?.node === node;
  const isVariable = node.op === 'var';
  const classes = [
    'node',
    isVariable ? 'variable' : node.op === 'const' ? 'constant' : 'op',
    node.id === selectedId ? 'selected' : '',
    active ? 'active' : '',
    node === session.output ? 'output' : '',
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
      @click=${(event: MouseEvent) => handlers.click(node, event)}
      @keydown=${(event: KeyboardEvent) => handlers.keydown(node, event)}
      @pointerdown=${(event: PointerEvent) => handlers.pointerdown(node, event)}>
      <rect class="hit" x="-8" y="-8" width=${box.width + 16} height=${box.height + 16}></rect>
      ${shape}
      <path class="drag-hint" d=${`M7 ${box.height / 2 - 5} l-4 5 l4 5 M${box.width - 7} ${box.height / 2 - 5} l4 5 l-4 5`}></path>
    </g>${label}`;
  }
  return svg`<g class=${classes} transform=${`translate(${box.x} ${box.y})`}
    data-id=${node.id} tabindex="0" role="button"
    aria-pressed=${node.id === selectedId ? 'true' : 'false'}
    aria-label=${words}
    @click=${(event: MouseEvent) => handlers.click(node, event)}
    @keydown=${(event: KeyboardEvent) => handlers.keydown(node, event)}>
    ${shape}
  </g>${label}`;
}

/** The diagram part: a scrollable box holding the SVG, never shrunk below MIN_SCALE. */
export function renderDiagram(model: DiagramModel): TemplateResult {
  const { session, layout } = model;
  const grads = session.gradientsSoFar();
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
      aria-label=${`Computation graph of ${session.graph.text}`}
    >
      <g class="edges" aria-hidden="true">${layout.edges.map((edge) => renderEdge(edge, model))}</g>
      <g class="nodes">${session.graph.nodes.map((node) => renderNode(node, model, grads))}</g>
    </svg>
  </div>`;
}
