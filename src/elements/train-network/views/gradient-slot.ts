/**
 * Where the gradient panel goes: a switch that opens it (or a click on a connection), and the
 * panel itself once open. The panel is a view of its own, fetched the first time it is drawn
 * or, sooner, once the page is idle; its formulas are the figure's only ones, so KaTeX is
 * fetched when a reader first opens it, never before the figure paints. While the figure asks
 * for a gradient the panel stays open: the question is in it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LazyView, prefetchWhenIdle, type LoadHost } from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';
import type { PanelExercise, PanelHandlers } from './gradient-panel.js';
import { drawWhenHere } from './later-views.js';

const panelView = new LazyView(() => import('./gradient-panel.js'));

export interface SlotHandlers extends PanelHandlers {
  togglePanel(): void;
}

export function renderGradientSlot(
  l10n: Localizer,
  model: TrainModel,
  handlers: SlotHandlers,
  host: LoadHost,
  exercise?: PanelExercise,
): TemplateResult {
  prefetchWhenIdle([panelView]);
  // While the figure asks, the panel is where the reader answers: always open, no switch.
  if (exercise) return html`${renderOpen(l10n, model, handlers, host, exercise)}`;
  const open = model.selected !== null;
  const toggle = html`<p class="panel-switch">
    <button class="explain" aria-expanded=${open} @click=${handlers.togglePanel}>
      ${l10n.t('train-network.panel.toggle')}
    </button>
    ${open ? nothing : html`<span class="note">${l10n.t('train-network.panel.empty')}</span>`}
  </p>`;
  // One template open or closed, so the switch keeps its node (and the reader's focus).
  return html`${toggle}${open ? renderOpen(l10n, model, handlers, host) : nothing}`;
}

function renderOpen(
  l10n: Localizer,
  model: TrainModel,
  handlers: SlotHandlers,
  host: LoadHost,
  exercise?: PanelExercise,
): TemplateResult | typeof nothing {
  return drawWhenHere(
    panelView,
    host,
    l10n,
    (panel) => panel.renderGradientPanel(l10n, model, handlers, exercise),
    'panel',
  );
}
