import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LoadHost } from '../../../internal/lazy-view.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';
import { renderControls, type ControlsHandlers } from './controls.js';
import type { PanelExercise } from './gradient-panel.js';
import { renderGradientSlot, type SlotHandlers } from './gradient-slot.js';
import { laterCode, renderSettingsSlot, spokenCode } from './later-views.js';
import { renderNetwork, type NetworkHandlers } from './network.js';
import { renderPlane, type PlaneHandlers } from './plane.js';
import { renderPredictionSlot, type PredictionSlotHandlers } from './prediction-slot.js';
import type { SettingsHandlers } from './settings.js';

/**
 * The element's views in their places. While training plays the element renders every frame,
 * and most of what shows does not change in a frame: each view is rebuilt only when what it
 * shows changed (`guard`), the drawings from the training their redraw schedule gives them
 * (redraw-schedule.ts).
 */

export type FrameHandlers = ControlsHandlers &
  PlaneHandlers &
  NetworkHandlers &
  PredictionSlotHandlers &
  SlotHandlers &
  SettingsHandlers;

export function renderFrame(
  l10n: Localizer,
  model: TrainModel,
  drawn: (drawing: 'panel' | 'figure' | 'readouts' | 'curves') => TrainModel,
  handlers: FrameHandlers,
  host: LoadHost,
  exercise?: PanelExercise,
): TemplateResult {
  const { training, setup, playing } = model;
  const [panel, figure, readouts, curvesShown] = (
    ['panel', 'figure', 'readouts', 'curves'] as const
  ).map(drawn);
  // A view skipped while its inputs stay the same must still be drawn when its code arrives.
  const later = laterCode.ready ?? laterCode.unavailable;
  const network = guard(
    [l10n, figure.training.network, setup.features, model.selected, model.deltaShown, later],
    () => renderNetwork(l10n, figure, handlers, laterCode.ready?.thumbnailCanvas),
  );
  // The curves on frames of their own (their redraw schedule), not with the network's or the
  // readouts': either has enough to lay out and paint.
  const curves = guard(
    [l10n, curvesShown.training.history, later],
    () => laterCode.use(host)?.renderCurves(l10n, curvesShown) ?? nothing,
  );
  // What changes during Play is the readouts, as their redraw schedule says; the rest only on
  // a reader's change.
  const shown = readouts.training;
  // The divergence note comes with the spoken sentences (spoken.ts).
  const spoken = spokenCode.ready ?? spokenCode.unavailable;
  const controls = guard(
    [
      l10n,
      playing,
      model.diverged,
      spoken,
      shown.epoch,
      shown.trainLoss,
      shown.testLoss,
      shown.accuracy,
      setup.learningRate,
      exercise?.hidden,
    ],
    () => {
      const note = model.diverged ? spokenCode.use(host)?.divergedNote(readouts, l10n) : undefined;
      return renderControls(l10n, readouts, handlers, exercise?.hidden ?? false, note);
    },
  );
  const plane = guard(
    [l10n, setup, model.data, playing, playing ? null : training.network, later],
    () => renderPlane(l10n, model, handlers, laterCode.use(host)?.planeDescription(l10n, model)),
  );
  const settings = guard([l10n, model.settings, setup, model.newLabel, later], () =>
    renderSettingsSlot(l10n, model, handlers, host),
  );
  return html`${controls}
    <div class="main">
      ${plane}
      <div class="side">${network} ${curves}</div>
    </div>
    ${renderPredictionSlot(l10n, model, handlers, host)}
    ${renderGradientSlot(l10n, panel, handlers, host, exercise)} ${settings}`;
}
