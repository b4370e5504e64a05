/**
 * Everything inside <graph-backprop> between its refused-settings list and its live region:
 * the expression box (with `editable`), the diagram, the mode switch, the controls, the strip
 * under them and the details panel of the open node.
 *
 * The views a reader opens on demand (the details panel, forward mode's strip, the expression
 * box, the strip at a backward step) are chunks of their own, fetched the first time one is drawn or, sooner, once the page is
 * idle after the first render; until one arrives its place stays empty.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  LazyView,
  prefetchWhenIdle,
  unavailableText,
  type LoadHost,
} from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';
import { layoutFor } from '../diagram-layout.js';
import { activePass, type GraphModel } from '../graph-backprop-model.js';
import { expressionRefusal } from '../graph-backprop-settings.js';
import { currentStep, selectedNode } from '../graph-queries.js';
import { readerCode } from '../waiting-handlers.js';
import { renderCaption } from './caption.js';
import { renderControls, renderDomainProblem, type ControlHandlers } from './controls.js';
import { renderDiagram, type DiagramHandlers } from './diagram.js';
import type { ExpressionHandlers } from './expression-box.js';
import { renderModeSwitch, type ModeHandlers } from './forward.js';
import type { PanelHandlers } from './panel.js';

export type GraphBackpropHandlers = ControlHandlers &
  DiagramHandlers &
  ExpressionHandlers &
  ModeHandlers &
  PanelHandlers;

const panelView = new LazyView(() => import('./panel.js'));
const forwardCaptionView = new LazyView(() => import('./forward-caption.js'));
const expressionBoxView = new LazyView(() => import('./expression-box.js'));
const stepCaptionView = new LazyView(() => import('./step-caption.js'));

export interface BodyView {
  readonly model: GraphModel;
  readonly l10n: Localizer;
  readonly editable: boolean;
  /** The node last focused ('' for none). */
  readonly focusId: string;
  /** The element, which re-renders when a view it asked for arrives. */
  readonly host: LoadHost;
  /**
   * With `ask`: the reader's questions (fields and answered workings), shown under the
   * controls; the figure then keeps the pass `mode` names (no mode switch), and Step waits while
   * `locked`.
   */
  readonly exercise?: {
    readonly questions: TemplateResult | typeof nothing;
    readonly locked: boolean;
  };
}

/** In a view's place while its code is missing for good: the loader's note, in a frame of its part. */
function unavailable(l10n: Localizer, part: string): TemplateResult {
  return html`<p class="unavailable" part=${part} role="note">
    ${unavailableText(l10n, 'graph-backprop')}
  </p>`;
}

/** In place of nothing happening: the reader's code (waiting-handlers.ts) could not be fetched. */
function readerCodeMissing(l10n: Localizer): TemplateResult {
  return html`<p class="unavailable" role="note">${unavailableText(l10n, 'graph-backprop')}</p>`;
}

export function renderBody(view: BodyView, handlers: GraphBackpropHandlers): TemplateResult {
  const { model, l10n, host } = view;
  prefetchWhenIdle([stepCaptionView, panelView, forwardCaptionView, expressionBoxView]);
  // Once an expression was refused, its words follow the reader's language (a note quotes them).
  const wordsLoad = expressionRefusal.ready?.wordsLoad(l10n.lang);
  if (wordsLoad) host.awaitLoad(wordsLoad);
  const wordsHere = !wordsLoad;
  const node = selectedNode(model);
  const text = model.draft ?? model.graph.text;
  const layout = layoutFor(model.graph, model.direction, model.mode === 'forward');
  // The Tab stop stays on a node that is still drawn: the last focused, else the open one.
  const focusId = model.graph.nodeById(view.focusId)
    ? view.focusId
    : (model.selectedId ?? model.graph.nodes[0].id);
  const { done, steps } = activePass(model);
  const forward = model.mode === 'forward';
  return html`${view.editable ? renderExpression(view, text, handlers, wordsHere) : nothing}
  ${renderDiagram({ model, layout, l10n, focusId }, handlers)} ${renderDomainProblem(model, l10n)}
  ${view.exercise ? nothing : renderModeSwitch(model, l10n, handlers)}
  ${renderControls({ model, l10n, done, total: steps.length, locked: view.exercise?.locked ?? false }, handlers)}
  ${readerCode.unavailable ? readerCodeMissing(l10n) : nothing}
  ${view.exercise?.questions ?? nothing}
  ${forward ? renderForward(model, l10n, host) : renderReverseCaption(model, l10n, host)}
  ${node ? renderNodePanel(view, node, handlers) : nothing}`;
}

function renderExpression(
  view: BodyView,
  text: string,
  handlers: GraphBackpropHandlers,
  wordsHere: boolean,
): TemplateResult {
  const { l10n } = view;
  const box = expressionBoxView.use(view.host);
  // Why a draft is not drawn is said once its words are here. A reader typing passes through
  // drafts that do not parse: a page with the box fetches them once idle, no other page at all.
  prefetchWhenIdle([expressionRefusal]);
  const fault = view.model.draftError;
  const words = fault && expressionRefusal.use(view.host);
  // Said once its words are here in the reader's language (renderBody fetches them).
  const failure = fault && words && wordsHere ? words.typedFailure(fault) : null;
  if (box) return box.renderExpressionBox({ text, failure, l10n }, handlers);
  if (expressionBoxView.unavailable) return unavailable(l10n, 'expression');
  // The box's row keeps its height while its code arrives, so the diagram does not jump.
  return html`<div class="expression expression-pending" part="expression"></div>`;
}

function renderForward(model: GraphModel, l10n: Localizer, host: LoadHost): TemplateResult {
  const strip = forwardCaptionView.use(host);
  if (strip) return strip.renderForwardCaption(model, l10n);
  if (forwardCaptionView.unavailable) return unavailable(l10n, 'caption');
  return html`<div class="caption" part="caption"></div>`;
}

/** Before the first step the strip is drawn at once; from then on it comes with its own code. */
function renderReverseCaption(model: GraphModel, l10n: Localizer, host: LoadHost): TemplateResult {
  const current = currentStep(model);
  if (!current) return renderCaption({ model, l10n });
  const strip = stepCaptionView.use(host);
  if (strip) return strip.renderStepCaption(model, current, l10n);
  if (stepCaptionView.unavailable) return unavailable(l10n, 'caption');
  return html`<div class="caption" part="caption"></div>`;
}

function renderNodePanel(
  view: BodyView,
  node: NonNullable<ReturnType<typeof selectedNode>>,
  handlers: GraphBackpropHandlers,
): TemplateResult | typeof nothing {
  const { model, l10n } = view;
  const panel = panelView.use(view.host);
  if (panel) return panel.renderPanel({ model, node, l10n }, handlers);
  return panelView.unavailable ? unavailable(l10n, 'panel') : nothing;
}
