/**
 * The handlers the views bind, before and after the code behind them arrives. What the reader
 * does (reader-handlers.ts and the actions) is not part of the element's first load: nothing
 * needs it before the reader's first action, so it is fetched once the page is idle after the
 * first render. A call made before it is here is held (held-calls.ts) and applied the moment it
 * arrives, in the order the reader acted, and the element's `updateComplete` waits for it.
 *
 * What cannot wait is done here at once: a key the code would take does not scroll the page, a
 * drag holds its pointer from its first event, and a field's text is read while its event is
 * dispatched (its target is gone after).
 */
import type { ReactiveControllerHost } from 'lit';
import { holdCalls } from '../../internal/held-calls.js';
import { LazyView } from '../../internal/lazy-view.js';
import { DragHold } from '../../internal/lifecycle.js';
import { focusUnit, weightAt } from './layer-delta-model.js';
import type { ReaderHandlers, ReaderHost } from './reader-handlers.js';
import type { ControlsHandlers } from './views/controls.js';
import type { DiagramHandlers } from './views/diagram.js';
import { fieldNumber, fieldStep, vectorFieldOf, type FieldsHandlers } from './views/fields.js';
import { dragWeight } from './weight-drag.js';

/** The reader's code: the handlers and the actions. */
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
  const edited = (event: Event): boolean => event.type === 'change';
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
    vectorEdit: (event) => {
      const { field, index } = vectorFieldOf(event);
      hold('typeVector', field, index, fieldNumber(host.l10n(), event), edited(event));
    },
    fieldKey: (event) => {
      const step = fieldStep(host.l10n(), event);
      if (!step) return;
      event.preventDefault();
      hold('stepField', step);
    },
    weightPick: (event) => {
      const select = event.target as HTMLSelectElement;
      hold('pickWeight', select.dataset.pick === 'row' ? 'row' : 'column', Number(select.value));
    },
    weightEdit: (event) => {
      const target = event.target as HTMLInputElement;
      const value =
        target.type === 'range' ? target.valueAsNumber : fieldNumber(host.l10n(), event);
      hold('typeWeight', value, edited(event));
    },
    weightSliderKey: (event) => key(SLIDER_KEYS, 'weightSliderKey', event),
  };
}
