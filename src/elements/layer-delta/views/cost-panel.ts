/**
 * Where the cost panel goes. Its code (the counts table, the chart and their words) is a chunk of
 * its own, fetched once the page is idle after the element's first render, or at once when it
 * is drawn first; until it arrives the panel shows its heading over a space of its usual height.
 */
import { html } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { OpCounts } from '../../../core/index.js';
import {
  LazyView,
  prefetchWhenIdle,
  unavailableText,
  type LoadHost,
} from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';

const efficiencyView = new LazyView(() => import('./efficiency.js'));

export function renderCostPanel(
  host: LoadHost,
  l10n: Localizer,
  sizes: readonly number[],
  counts: () => OpCounts,
): unknown {
  prefetchWhenIdle([efficiencyView]);
  const view = efficiencyView.use(host);
  // The panel depends on the sizes and the language only: a weight moved leaves it as it is.
  if (view)
    return guard([l10n, sizes.join(' ')], () => view.renderEfficiency(l10n, sizes, counts()));
  return html`<section class="efficiency" part="panel efficiency">
    <h3>${l10n.t('layer-delta.cost.heading')}</h3>
    ${
      efficiencyView.unavailable
        ? html`<p class="note" role="note">${unavailableText(l10n, 'layer-delta')}</p>`
        : html`<div class="efficiency-pending"></div>`
    }
  </section>`;
}
