/**
 * Everything inside <graph-backprop> between its refused-settings list and its live region:
 * the expression box (with `editable`), the diagram, the mode switch, the controls, the strip
 * under them and the details panel of the open node.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { layoutFor } from '../diagram-layout.js';
import { activePass, type GraphModel } from '../graph-backprop-model.js';
import { checkFor, selectedNode } from '../graph-queries.js';
import { renderCaption } from './caption.js';
import { renderControls, renderDomainProblem, type ControlHandlers } from './controls.js';
import { renderDiagram, type DiagramHandlers } from './diagram.js';
import { renderExpressionBox, type ExpressionHandlers } from './expression-box.js';
import { renderForwardCaption, renderModeSwitch, type ModeHandlers } from './forward.js';
import { renderPanel, type PanelHandlers } from './panel.js';

export type GraphBackpropHandlers = ControlHandlers &
  DiagramHandlers &
  ExpressionHandlers &
  ModeHandlers &
  PanelHandlers;

export interface BodyView {
  readonly model: GraphModel;
  readonly l10n: Localizer;
  readonly editable: boolean;
  /** The node last focused ('' for none). */
  readonly focusId: string;
}

export function renderBody(view: BodyView, handlers: GraphBackpropHandlers): TemplateResult {
  const { model, l10n } = view;
  const node = selectedNode(model);
  const check = node?.op === 'var' ? checkFor(model, node.label) : null;
  const text = model.draft ?? model.graph.text;
  const layout = layoutFor(model.graph, model.direction);
  // The Tab stop stays on a node that is still drawn: the last focused, else the open one.
  const focusId = model.graph.nodeById(view.focusId)
    ? view.focusId
    : (model.selectedId ?? model.graph.nodes[0].id);
  const { done, steps } = activePass(model);
  const forward = model.mode === 'forward';
  return html`${
    view.editable
      ? renderExpressionBox({ text, failure: model.draftError, l10n }, handlers)
      : nothing
  }
  ${renderDiagram({ model, layout, l10n, focusId }, handlers)} ${renderDomainProblem(model, l10n)}
  ${renderModeSwitch(model, l10n, handlers)}
  ${renderControls({ model, l10n, done, total: steps.length }, handlers)}
  ${forward ? renderForwardCaption(model, l10n) : renderCaption({ model, l10n })}
  ${node ? renderPanel({ model, node, check, l10n }, handlers) : nothing}`;
}
