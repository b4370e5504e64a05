/**
 * The views the first paint does without: the settings panel (below the figure) and the loss
 * curves (empty until an epoch has run). Each is its own chunk, asked for on the first render
 * and drawn when it arrives, so the page with the figure fetches less before it paints.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LazyView, unavailableText, type LoadHost } from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainSettings } from '../config.js';
import type { ReaderChange } from '../reader-settings.js';
import type { TrainModel } from '../train-network-model.js';
import type { SettingsHandlers } from './settings.js';

const settingsView = new LazyView(() => import('./settings.js'));
const curvesView = new LazyView(() => import('./curves.js'));

export function renderSettingsSlot(
  l10n: Localizer,
  model: TrainModel,
  handlers: SettingsHandlers,
  host: LoadHost,
): TemplateResult | typeof nothing {
  const view = settingsView.use(host);
  if (view) return view.renderSettings(l10n, model, handlers);
  if (settingsView.unavailable)
    return html`<p class="note" role="note">${unavailableText(l10n, 'train-network')}</p>`;
  return nothing;
}

export function renderCurvesSlot(
  l10n: Localizer,
  model: TrainModel,
  host: LoadHost,
): TemplateResult | typeof nothing {
  return curvesView.use(host)?.renderCurves(l10n, model) ?? nothing;
}

/**
 * What has arrived (or failed), as one number that changes when either does: a view whose
 * drawing is skipped while its inputs stay the same (`guard`) must still be drawn on arrival.
 */
export function laterViewsState(): number {
  const state = (view: LazyView<object>): number => (view.ready ? 1 : view.unavailable ? 2 : 0);
  return state(settingsView) + 3 * state(curvesView);
}

/** What a settings control changes (its code comes with the panel that sends the input). */
export function readerSetting(
  settings: TrainSettings,
  name: string,
  control: { value: string; checked?: boolean },
): ReaderChange | null {
  return settingsView.ready?.readerSetting(settings, name, control) ?? null;
}
