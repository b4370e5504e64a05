/**
 * Where the table of predictions goes: a button that shows or hides it. The table is a view of
 * its own, fetched the first time a reader asks for it or, sooner, once the page is idle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  LazyView,
  prefetchWhenIdle,
  unavailableText,
  type LoadHost,
} from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';

const tableView = new LazyView(() => import('./prediction-table.js'));

export interface PredictionSlotHandlers {
  toggleGrid(): void;
}

export function renderPredictionSlot(
  l10n: Localizer,
  model: TrainModel,
  handlers: PredictionSlotHandlers,
  host: LoadHost,
): TemplateResult {
  prefetchWhenIdle([tableView]);
  return html`<div class="prediction-grid">
    <button class="grid-switch" aria-expanded=${model.gridShown} @click=${handlers.toggleGrid}>
      ${l10n.t('train-network.grid.toggle')}
    </button>
    ${model.gridShown ? renderOpen(l10n, model, host) : nothing}
  </div>`;
}

function renderOpen(
  l10n: Localizer,
  model: TrainModel,
  host: LoadHost,
): TemplateResult | typeof nothing {
  const view = tableView.use(host);
  if (view) return view.renderPredictionTable(l10n, model);
  if (tableView.unavailable)
    return html`<p class="note" role="note">${unavailableText(l10n, 'train-network')}</p>`;
  return nothing;
}
