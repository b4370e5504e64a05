/**
 * The handlers the views bind, before and after the code behind them arrives. What the reader
 * does (reader-handlers.ts and the actions) is not part of the element's first load: nothing
 * needs it before the reader's first action, so it is fetched once the page is idle after the
 * first render. A call made before it is here is held (held-calls.ts) and applied the moment it
 * arrives, in the order the reader acted, and the element's `updateComplete` waits for it.
 *
 * What cannot wait is done here at once: a key the code would take does not scroll the page, and
 * a drag holds its pointer from its first event. The fields come with the code (views/fields.ts),
 * so their calls never wait.
 */
import type { ReactiveControllerHost } from 'lit';
import { holdCalls } from '../../internal/held-calls.js';
import { LazyView } from '../../internal/lazy-view.js';
import { DragHold } from '../../internal/lifecycle.js';
import { focusUnit, weightAt } from './layer-delta-model.js';
import type { ReaderHandlers, ReaderHost } from './reader-handlers.js';
import type { ControlsHandlers } from './views/controls.js';
import type { DiagramHandlers } from './views/diagram.js';
import type { FieldsHandlers } from './views/fields.js';
import { dragWeight } from './weight-drag.js';

/** The reader's code: the handlers, the actions and the fields. */
export const readerCode = new LazyView(() => import('./reader-handlers.js'));

/** The keys a focused unit takes (keyboard-grid.ts) and the weight slider's (sliderKey). */
const UNIT_KEYS = /^(Enter| |Arrow\w+|Home|End)$/;
const SLIDER_KEYS = /^(Arrow\w+|Page\w+|Home|End)$/;

export type LayerDeltaHandlers = ControlsHandlers & DiagramHandlers & FieldsHandlers;

export function waitingHandlers(
  element: ReactiveControllerHost & HTMLElement,
  host: ReaderHost & { awaitLoad(load: Promise<unknown>): void },
): LayerDeltaHandlers {
  const hold = holdCalls(readerCode, host, (code) => code.readerHandlers(host));
  /** A key held while the code is on its way: its default (a scroll) is prevented now. */
  const key = (
    keys: RegExp,
    name: keyof ReaderHandlers,
    event: KeyboardEvent,
    ...rest: number[]
  ) => {
    if (hold(name, event, ...rest) && keys.test(event.key)) event.preventDefault();
  };
  /** The weight drag under way, ended when the element leaves the page. */
  const drag = new DragHold(element);
  return {
    step: () => hold('step'),
    run: () => hold('run'),
    reset: () => hold('reset'),
    selectLayer: (layer) => hold('selectLayer', layer),
    unitKey: (event, layer, unit) => key(UNIT_KEYS, 'unitKey', event, layer, unit),
    // Focus needs no action: the Tab stop follows it at once.
    unitFocus: (layer, unit) => host.replace(focusUnit(host.model(), layer, unit)),
    unitClick: (layer, unit) => hold('unitClick', layer, unit),
    weightPointerDown: (event, ref) => {
      if (event.button !== 0) return;
      event.preventDefault();
      hold('chooseWeight', ref);
      drag.end();
      const finish = dragWeight(event, weightAt(host.model(), ref), {
        move: (value) => hold('dragWeight', ref, value),
        end: (moved) => hold('dropWeight', ref, moved),
      });
      drag.hold(finish);
    },
    vectorEdit: (event) => hold('vectorEdit', event),
    fieldKey: (event) => hold('fieldKey', event),
    weightPick: (event) => hold('weightPick', event),
    weightEdit: (event) => hold('weightEdit', event),
    weightSliderKey: (event) => key(SLIDER_KEYS, 'weightSliderKey', event),
  };
}
