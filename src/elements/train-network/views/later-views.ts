/**
 * The views the first paint does without: the settings panel (below the figure) and the loss
 * curves (empty until an epoch has run; views/frame.ts places them). Their code is one chunk
 * (later.ts, with the thumbnails and their painter), asked for on the first render and drawn when it
 * arrives, so the page with the figure fetches less before it paints.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LazyView, unavailableText, type LoadHost } from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';
import type { SettingsHandlers } from './settings.js';

/** The code of what follows the first paint: these views and the thumbnails' pixels. */
export const laterCode = new LazyView(() => import('./later.js'));

export function renderSettingsSlot(
  l10n: Localizer,
  model: TrainModel,
  handlers: SettingsHandlers,
  host: LoadHost,
): TemplateResult | typeof nothing {
  const view = laterCode.use(host);
  if (view) return view.renderSettings(l10n, model, handlers);
  if (laterCode.unavailable)
    return html`<p class="note" role="note">${unavailableText(l10n, 'train-network')}</p>`;
  return nothing;
}
