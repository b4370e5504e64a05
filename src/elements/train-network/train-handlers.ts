/**
 * What the reader does, as handlers for the views: the buttons, a setting changed, a point added
 * or removed on the plane, a connection or unit picked, a part of the panel opened. Each turns
 * the event into an outcome from train-network-actions.ts (or a snapshot that only changes what
 * shows) and hands it to the element, which applies it.
 */
import type { Localizer } from '../../internal/localizer.js';
import { dataPoint } from './draw-plane.js';
import * as actions from './train-network-actions.js';
import * as rules from './train-network-model.js';
import type { ConnectionRef, TrainModel } from './train-network-model.js';
import type { FrameHandlers } from './views/frame.js';
import { laterCode } from './views/later-views.js';

/** What the handlers need of the element: its snapshot, its language and its methods. */
export interface TrainHandlerHost {
  model(): TrainModel;
  /** Applies an outcome: the next snapshot, its events and its sentence. */
  apply(outcome: actions.Outcome): void;
  /** A change that only alters what shows: the next snapshot, no event, no sentence. */
  show(model: TrainModel): void;
  l10n(): Localizer;
  play(): void;
  pause(): void;
  reset(): void;
  /** While the gradient is asked and not answered, training waits. */
  gradientHidden(): boolean;
}

/** Every view's handlers, made once (a new object per render would re-bind every listener). */
export function trainHandlers(host: TrainHandlerHost): FrameHandlers {
  return {
    playPause: (): void => (host.model().playing ? host.pause() : host.play()),
    step: (): void => {
      if (!host.gradientHidden()) host.apply(actions.step(host.model(), host.l10n()));
    },
    reset: (): void => host.reset(),
    settingInput: (event: Event): void => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      const name = control.dataset.setting ?? '';
      if (name === 'newLabel') {
        host.show(rules.setNewLabel(host.model(), Number(control.value)));
        return;
      }
      // The code that reads a control comes with the settings panel that sends its input.
      const change = laterCode.ready?.readerSetting(host.model().settings, name, control);
      if (change) host.apply(actions.changeSetting(host.model(), change));
    },
    planeClick: (event: MouseEvent): void => {
      const plane = event.currentTarget as HTMLElement;
      const { x, y } = dataPoint(event, plane.querySelector('canvas.points') as HTMLElement);
      host.apply(actions.addOrRemove(host.model(), x, y, host.l10n()));
    },
    planeKey: (event: KeyboardEvent): void => {
      const outcome = actions.planeKey(host.model(), event.key, event.shiftKey, host.l10n());
      if (!outcome) return;
      event.preventDefault();
      host.apply(outcome);
    },
    planeFocus: (): void => host.show(rules.showCursor(host.model(), true)),
    planeBlur: (): void => host.show(rules.showCursor(host.model(), false)),
    connectionClick: (ref: ConnectionRef): void =>
      host.show(rules.selectConnection(host.model(), ref)),
    unitClick: (layer: number, unit: number): void =>
      host.show(rules.selectUnit(host.model(), layer, unit)),
    toggleDelta: (): void => host.show(rules.toggleDelta(host.model())),
    togglePanel: (): void => host.show(rules.togglePanel(host.model())),
    toggleGrid: (): void => host.show(rules.toggleGrid(host.model())),
    pick: (event: Event): void => {
      const select = event.target as HTMLSelectElement;
      const which = select.dataset.pick as 'layer' | 'from' | 'to';
      host.show(rules.pickConnection(host.model(), which, Number(select.value)));
    },
  };
}
