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

/**
 * What only Play runs (playing.ts): its loop, frame budget and redraw schedule, and the coarse
 * heatmap it paints; fetched once the page is idle after the first render (play-runner.ts).
 */
export const playCode = new LazyView(() => import('../playing.js'));

/**
 * The summary the live region speaks and the divergence sentence (spoken.ts): fetched once the
 * page is idle (play-runner.ts asks) or by the first sentence said.
 */
export const spokenCode = new LazyView(() => import('../spoken.js'));

/**
 * A view whose code comes on first use (`view`), drawn by `draw` once it is here; until then
 * nothing (its arrival renders again), or the loader's note should the fetch have failed. `part`
 * names the note as the view itself is named.
 */
export function drawWhenHere<M extends object>(
  view: LazyView<M>,
  host: LoadHost,
  l10n: Localizer,
  draw: (module: M) => TemplateResult,
  part?: string,
): TemplateResult | typeof nothing {
  const module = view.use(host);
  if (module) return draw(module);
  if (!view.unavailable) return nothing;
  return html`<p class="note" part=${part ?? nothing} role="note">
    ${unavailableText(l10n, 'train-network')}
  </p>`;
}

export function renderSettingsSlot(
  l10n: Localizer,
  model: TrainModel,
  handlers: SettingsHandlers,
  host: LoadHost,
): TemplateResult | typeof nothing {
  return drawWhenHere(laterCode, host, l10n, (view) => view.renderSettings(l10n, model, handlers));
}
