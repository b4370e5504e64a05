/**
 * Where the table of predictions goes: a button that shows or hides it. The table is a view of
 * its own, fetched the first time a reader asks for it or, sooner, once the page is idle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LazyView, prefetchWhenIdle, type LoadHost } from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';
import { drawWhenHere } from './later-views.js';

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
    ${
      model.gridShown
        ? drawWhenHere(tableView, host, l10n, (view) => view.renderPredictionTable(l10n, model))
        : nothing
    }
  </div>`;
}
