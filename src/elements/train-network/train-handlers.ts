/**
 * What the reader does, as handlers for the views: the buttons, a setting changed, a point added
 * or removed on the plane, the plane's focus, a connection or unit picked, a part of the panel
 * opened. Play and Reset act at once; the rest (reader-handlers.ts, with its actions and their sentences)
 * comes with the code that follows the first paint (views/later.ts), fetched on the first render.
 * A call made before that code is here is held (held-calls.ts) and applied the moment it arrives,
 * in the order the reader acted, and the element's `updateComplete` waits for it. What an event
 * holds only while it is dispatched (its target, where the pointer and the plane are) is read at once, and a key
 * the plane takes has its default (a page scroll) prevented at once.
 */
import { holdCalls } from '../../internal/held-calls.js';
import type { LoadHost } from '../../internal/lazy-view.js';
import type { Localizer } from '../../internal/localizer.js';
import type * as actions from './train-network-actions.js';
import type { TrainModel } from './train-network-model.js';
import type { FrameHandlers } from './views/frame.js';
import { laterCode } from './views/later-views.js';

/** The element's own methods a reader's button calls, and its wait for code on its way. */
export interface ReaderElement extends Pick<LoadHost, 'awaitLoad'> {
  play(): void;
  pause(): void;
  reset(): void;
}

/** What the handlers need of the element besides: its snapshot, its language, its rules. */
export interface TrainHandlerHost {
  model(): TrainModel;
  /** Applies an outcome: the next snapshot, its events and its sentence. */
  apply(outcome: actions.Outcome): void;
  /** A change that only alters what shows: the next snapshot, no event, no sentence. */
  show(model: TrainModel): void;
  l10n(): Localizer;
  /** While the gradient is asked and not answered, training waits. */
  gradientHidden(): boolean;
}

/** The keys the plane answers: arrows move the cursor, Enter and Space add or remove a point. */
const PLANE_KEYS = /^(Arrow(Left|Right|Up|Down)|Enter| )$/;

/** Every view's handlers, made once (a new object per render would re-bind every listener). */
export function trainHandlers(element: ReaderElement, host: TrainHandlerHost): FrameHandlers {
  const reader = holdCalls(laterCode, element, (code) => code.readerHandlers(host));
  return {
    playPause: (): void => (host.model().playing ? element.pause() : element.play()),
    step: () => reader('step'),
    reset: (): void => element.reset(),
    // The control itself, which outlives the event's dispatch: its name and value are read by
    // the reader's code.
    settingInput: (event: Event) => reader('setting', event.target),
    planeClick: (event: MouseEvent): void => {
      const plane = event.currentTarget as HTMLElement;
      const box = (plane.querySelector('canvas.points') as HTMLElement).getBoundingClientRect();
      reader('press', event.clientX, event.clientY, box);
    },
    planeKey: (event: KeyboardEvent): void => {
      if (!PLANE_KEYS.test(event.key)) return;
      event.preventDefault();
      reader('key', event.key, event.shiftKey);
    },
    planeFocus: (event: FocusEvent) => reader('focus', event.type === 'focus'),
    connectionClick: (ref) => reader('connection', ref),
    unitClick: (layer, unit) => reader('unit', layer, unit),
    toggleDelta: () => reader('toggleDelta'),
    togglePanel: () => reader('togglePanel'),
    toggleGrid: () => reader('toggleGrid'),
    pick: (event: Event) => reader('pick', event.target),
  };
}
