/**
 * The SVG drawing of the graph: nodes with value and (once reached) gradient, edges with their
 * local gradient, and on edges the pass has crossed, upstream × local = contribution.
 * A pure function of the snapshot and its layout; the element passes in the handlers.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { GradNode } from '../../../core/index.js';
import { signClass } from '../../../internal/format.js';
import type { Localizer } from '../../../internal/localizer.js';
import { styleProps } from '../../../internal/style-props.js';
import { nodeName, nodeSymbol } from '../describe.js';
import { MIN_SCALE } from '../diagram-layout.js';
import { VALUE_LIMIT, type GraphModel } from '../graph-backprop-model.js';
import { concealmentOf } from '../ask-setting.js';
import { complete, edgeState, passFacts, type PassFacts } from './diagram-facts.js';
import { smoothPath, type GraphLayout, type PlacedEdge } from '../layout.js';
import { COARSE_STEP, FINE_STEP } from '../variable-input.js';
import { shrinkToFit, textWidth } from '../../../internal/svg-text-fit.js';

/** Font sizes (px) and insets the drawn texts are fitted with; the stylesheet draws them so. */
const GRAD_SIZE = 12.5;
const MARK_SIZE = 12;
const EDGE_SIZE = 12;
const NODE_PADDING = 4;
const EDGE_PADDING = 3;
/** Baseline of a node's gradient (or tangent) line. */
const GRAD_Y = 49;
/** How far below the mark forward mode's tangent sits, in its taller node. */
const TANGENT_LINE = 15;

export interface DiagramHandlers {
  nodeKeydown(node: GradNode, event: KeyboardEvent): void;
  nodePointerdown(node: GradNode, event: PointerEvent): void;
  nodeClick(node: GradNode, event: MouseEvent): void;
  nodeFocus(node: GradNode): void;
}

export interface DiagramView {
  readonly model: GraphModel;
  readonly layout: GraphLayout;
  readonly l10n: Localizer;
  /** The one node in the Tab order (roving focus: arrow keys move it). */
  readonly focusId: string;
}

/**
 * The transform that shrinks `text` into `room` (svg-text-fit.ts), or undefined when it fits. No
 * character is wider than the font size, so a text that fits at that width is not measured: most
 * numbers, redrawn on every change of a value.
 */
function fitted(
  text: string,
  size: number,
  room: number,
  x: number,
  y: number,
): string | undefined {
  if (text.length * size <= room) return undefined;
  return shrinkToFit(textWidth(text, size), room, x, y);
}

/** Name forms: a variable (a slider, whose value is read out apart) or any other node. */
const LABELS = {
  variable: {
    done: 'graph-backprop.variable.label',
    partial: 'graph-backprop.variable.labelSoFar',
    unreached: 'graph-backprop.variable.labelUnreached',
  },
  node: {
    done: 'graph-backprop.node.label',
    partial: 'graph-backprop.node.labelSoFar',
    unreached: 'graph-backprop.node.labelUnreached',
  },
} as const;

/** What a node's name says besides what it is: its numbers and how far the pass has got. */
interface NodeNumbers {
  /** The value in words (`l10n.spoken`). */
  readonly spoken: string;
  /** The gradient so far (the tangent, in forward mode); undefined before the pass reaches it. */
  readonly grad: number | undefined;
  /** The exercise hides the gradient for now. */
  readonly hidden: boolean;
  /** Every user of the node has passed its gradient back. */
  readonly done: boolean;
}

/** Each node's name in a sentence, made once per node and language: its numbers never change it. */
const names = new WeakMap<GradNode, { readonly l10n: Localizer; readonly name: string }>();

function nameOf(node: GradNode, l10n: Localizer): string {
  const known = names.get(node);
  if (known?.l10n === l10n) return known.name;
  const name = nodeName(node, l10n);
  names.set(node, { l10n, name });
  return name;
}

/** A node's short accessible name: what it is and its numbers; how to use it is in a hint. */
function nodeLabel(node: GradNode, view: DiagramView, numbers: NodeNumbers): string {
  const { l10n, model } = view;
  const { spoken, grad, hidden, done } = numbers;
  if (model.mode === 'forward') {
    // `grad` holds the tangent so far in forward mode.
    const key =
      grad === undefined ? 'graph-backprop.forward.labelUnreached' : 'graph-backprop.forward.label';
    return l10n.t(key, {
      name: nameOf(node, l10n),
      value: spoken,
      tangent: grad === undefined ? '' : l10n.spoken(grad),
    });
  }
  const forms = node.op === 'var' ? LABELS.variable : LABELS.node;
  const form = grad === undefined ? forms.unreached : done ? forms.done : forms.partial;
  return l10n.t(form, {
    name: nameOf(node, l10n),
    value: spoken,
    gradient: grad === undefined ? '' : hidden ? l10n.t('exercise.notYet') : l10n.spoken(grad),
  });
}

/** An edge's path depends on the layout only: made once per placed edge. */
const edgePaths = new WeakMap<PlacedEdge, string>();

function edgePath(edge: PlacedEdge, direction: GraphLayout['direction']): string {
  let path = edgePaths.get(edge);
  if (path === undefined) {
    path = smoothPath(edge.points, direction);
    edgePaths.set(edge, path);
  }
  return path;
}

function renderEdge(edge: PlacedEdge, view: DiagramView, facts: PassFacts): unknown {
  const { model, layout, l10n } = view;
  const state = edgeState(edge, model, facts);
  const { active, passed, factors, share, local, hidden } = state;
  // Drawn again only when one of its numbers or states changed.
  return guard(
    [
      edge,
      layout.direction,
      l10n,
      active,
      passed,
      factors?.[0],
      factors?.[1],
      share,
      local,
      hidden,
    ],
    () => {
      const { x, y, width, height } = edge.label;
      const mid = x + width / 2;
      const room = width - 2 * EDGE_PADDING;
      const classes = ['edge', active ? 'active' : '', passed ? 'passed' : ''].join(' ');
      const crossed = passed && factors !== null;
      const top =
        crossed && factors !== null
          ? `${l10n.number(factors[0])} × ${l10n.number(factors[1])}`
          : facts.localWord;
      // A hidden share stands as a question mark until the reader has answered it.
      const bottom = crossed ? `= ${hidden ? '?' : l10n.signed(share)}` : l10n.number(local);
      const bottomClass = crossed ? (hidden ? 'answer-pending' : signClass(share)) : 'local-value';
      return svg`<g class=${classes}>
    <path class="wire" d=${edgePath(edge, layout.direction)}></path>
    <rect class="edge-label" x=${x} y=${y} width=${width} height=${height} rx="6"></rect>
    <text class="edge-top" x=${mid} y=${y + 14}
      transform=${fitted(top, EDGE_SIZE, room, mid, y + 14) ?? nothing}>${top}</text>
    <text class=${`edge-bottom ${bottomClass}`} x=${mid} y=${y + 29}
      transform=${fitted(bottom, EDGE_SIZE, room, mid, y + 29) ?? nothing}>${bottom}</text>
  </g>`;
    },
  );
}

function renderNode(
  node: GradNode,
  view: DiagramView,
  facts: PassFacts,
  handlers: DiagramHandlers,
): SVGTemplateResult {
  const { model, layout, l10n } = view;
  const { selectedId } = model;
  const { forward } = facts;
  const box = layout.nodes.get(node.id)!;
  // Forward mode shows each node's tangent where reverse mode shows its gradient.
  const grad = facts.grads.get(node);
  const hidden = !forward && grad !== undefined && concealmentOf(model).soFar(model, node);
  const done = complete(node, model, facts);
  const isVariable = node.op === 'var';
  const classes = [
    'node',
    isVariable ? 'variable' : node.op === 'const' ? 'constant' : 'op',
    node.id === selectedId ? 'selected' : '',
    facts.lit === node ? 'active' : '',
    node === model.graph.output ? 'output' : '',
  ].join(' ');
  const value = node.value;
  // Forward mode's mark names the variable traced (∂/∂x) on a line of its own (its nodes are
  // taller), so neither it nor the tangent is shrunk to fit beside the other.
  const mark = forward ? `∂/∂${model.wrt}` : '∂';
  const shown = hidden ? '?' : grad === undefined ? '' : l10n.signed(grad);
  const number = grad === undefined ? '' : `${shown}${done ? '' : ' …'}`;
  // Drawn where the layout puts it, not moved there by a transform: a transform per node made a
  // paint chunk and a property node per node, which every repaint walks.
  const { x, y } = box;
  const mid = x + box.width / 2;
  const room = box.width - 2 * NODE_PADDING;
  const gradY = y + (forward ? GRAD_Y + TANGENT_LINE : GRAD_Y);
  // Nothing to fit before the node has a gradient (most nodes, while a value is dragged).
  const gradFit =
    grad === undefined
      ? undefined
      : fitted(forward ? number : `${mark} ${number}`, GRAD_SIZE, room, mid, gradY);
  const valueText = l10n.number(value);
  // The drawn text sits beside the focusable shape, not inside it, and is hidden from assistive
  // technology: the shape's label says the same in words (and axe wants a button's visible text
  // inside its name, which "∂ +1" could never be).
  const label = svg`<g class="node-text" aria-hidden="true">
    <text class="node-symbol" x=${mid} y=${y + 17}>${nodeSymbol(node, l10n)}</text>
    <text class=${`node-value ${valueText.length > 7 ? 'long' : ''}`} x=${mid} y=${y + 34}>${valueText}</text>
    ${
      forward && grad !== undefined
        ? svg`<text class="grad-mark forward" x=${mid} y=${y + GRAD_Y}
            transform=${fitted(mark, MARK_SIZE, room, mid, y + GRAD_Y) ?? nothing}>${mark}</text>`
        : nothing
    }
    <text class=${`node-grad ${grad === undefined ? '' : hidden ? 'answer-pending' : signClass(grad)}`} x=${mid} y=${gradY}
      transform=${gradFit ?? nothing}>${
        grad === undefined
          ? ''
          : forward
            ? number
            : svg`<tspan class="grad-mark">${mark}</tspan> ${number}`
      }</text>
  </g>`;
  // The ring is drawn on the one node that takes focus (the Tab stop, which focus moves to on a
  // click too): one element, not one per node that every change of a value walks past.
  const stop = node.id === view.focusId;
  const shape = svg`<rect class="node-box" x=${x} y=${y} width=${box.width} height=${box.height} rx="10"></rect>
    ${stop ? svg`<rect class="focus-mark" x=${x - 5} y=${y - 5} width=${box.width + 10} height=${box.height + 10} rx="14"></rect>` : nothing}`;
  const tabindex = stop ? '0' : '-1';
  const common = {
    click: (event: MouseEvent) => handlers.nodeClick(node, event),
    keydown: (event: KeyboardEvent) => handlers.nodeKeydown(node, event),
    focus: () => handlers.nodeFocus(node),
  };
  // The value in words once, for the name and (a variable's) the slider's value text.
  const spoken = l10n.spoken(value);
  const name = nodeLabel(node, view, { spoken, grad, hidden, done });
  if (isVariable) {
    return svg`<g class=${classes}
      data-id=${node.id} data-name=${node.label} tabindex=${tabindex} role="slider"
      aria-label=${name}
      aria-describedby="variable-hint"
      aria-valuenow=${value}
      aria-valuetext=${spoken}
      aria-valuemin=${Math.min(-VALUE_LIMIT, value)}
      aria-valuemax=${Math.max(VALUE_LIMIT, value)}
      @click=${common.click} @keydown=${common.keydown} @focus=${common.focus}
      @pointerdown=${(event: PointerEvent) => handlers.nodePointerdown(node, event)}>
      <rect class="hit" x=${x - 8} y=${y - 8} width=${box.width + 16} height=${box.height + 16}></rect>
      ${shape}
      <path class="drag-hint" d=${`M${x + 7} ${y + box.height / 2 - 5} l-4 5 l4 5 M${x + box.width - 7} ${y + box.height / 2 - 5} l4 5 l-4 5`}></path>
    </g>${label}`;
  }
  return svg`<g class=${classes}
    data-id=${node.id} tabindex=${tabindex} role="button"
    aria-pressed=${node.id === selectedId}
    aria-label=${name}
    aria-describedby="node-hint"
    @click=${common.click} @keydown=${common.keydown} @focus=${common.focus}>
    ${shape}
  </g>${label}`;
}

/**
 * A node, drawn again only when what it shows changed: a value moved redraws the nodes it
 * reaches, and its accessible name is built then, not for every node on every change.
 */
function guardedNode(
  node: GradNode,
  view: DiagramView,
  facts: PassFacts,
  handlers: DiagramHandlers,
): unknown {
  const { model, layout } = view;
  const grad = facts.grads.get(node);
  return guard(
    [
      node,
      node.value,
      grad,
      !facts.forward && grad !== undefined && concealmentOf(model).soFar(model, node),
      complete(node, model, facts),
      facts.lit === node,
      model.mode,
      model.wrt,
      node.id === model.selectedId,
      node.id === view.focusId,
      node === model.graph.output,
      layout.nodes.get(node.id),
      view.l10n,
      handlers,
    ],
    () => renderNode(node, view, facts, handlers),
  );
}

/** The diagram part: a scrollable box holding the SVG, never shrunk below MIN_SCALE. */
export function renderDiagram(view: DiagramView, handlers: DiagramHandlers): TemplateResult {
  const { model, layout, l10n } = view;
  const facts = passFacts(model, l10n);
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
      aria-label=${l10n.t('graph-backprop.diagram', { expr: model.graph.text })}
    >
      <g class="edges" aria-hidden="true">
        ${layout.edges.map((edge) => renderEdge(edge, view, facts))}
      </g>
      <g class="nodes">
        ${model.graph.nodes.map((node) => guardedNode(node, view, facts, handlers))}
      </g>
    </svg>
    <p class="visually-hidden" id="variable-hint">
      ${l10n.t('graph-backprop.hint.variable', {
        fine: l10n.number(FINE_STEP),
        coarse: l10n.number(COARSE_STEP),
      })}
    </p>
    <p class="visually-hidden" id="node-hint">${l10n.t('graph-backprop.hint.node')}</p>
  </div>`;
}
