/**
 * What the reader's actions on the settings, the plane, the drawing and the panel do, once the
 * views' events are read (train-handlers.ts reads them, and holds a call made before this code
 * is here): each turns into an outcome (reader-actions.ts) or a snapshot that only changes what
 * shows, handed to the element. Comes with the code that follows the first paint (views/later.ts).
 */
import { DOMAIN } from '../../core/index.js';
import { planeKey, addOrRemove, changeSetting } from './reader-actions.js';
import * as reader from './reader-rules.js';
import { readerSetting } from './reader-settings.js';
import type { TrainHandlerHost } from './train-handlers.js';
import type { ConnectionRef, TrainModel } from './train-network-model.js';

export interface ReaderHandlers {
  /** A control of the settings panel (its `data-setting` name) took a new value. */
  setting(name: string, control: { value: string; checked?: boolean }): void;
  /** A press on the plane at (x, y) on the page, over the points' canvas at `box`. */
  press(x: number, y: number, box: DOMRect): void;
  /** The plane took (true) or lost the keyboard focus: the cursor shows while it has it. */
  focus(shown: boolean): void;
  /** One of PLANE_KEYS on the plane. */
  key(key: string, shift: boolean): void;
  connection(ref: ConnectionRef): void;
  unit(layer: number, unit: number): void;
  toggleDelta(): void;
  togglePanel(): void;
  toggleGrid(): void;
  pick(which: 'layer' | 'from' | 'to', value: number): void;
}

export function readerHandlers(host: TrainHandlerHost): ReaderHandlers {
  const show = (change: (model: TrainModel) => TrainModel): void => host.show(change(host.model()));
  return {
    setting: (name, control) => {
      if (name === 'newLabel') return show((m) => reader.setNewLabel(m, Number(control.value)));
      const change = readerSetting(host.model().settings, name, control);
      if (change) host.apply(changeSetting(host.model(), change));
    },
    press: (x, y, box) => {
      const u = (x - box.left) / Math.max(1, box.width);
      const v = (y - box.top) / Math.max(1, box.height);
      const at = { x: u * 2 * DOMAIN - DOMAIN, y: DOMAIN - v * 2 * DOMAIN };
      host.apply(addOrRemove(host.model(), at.x, at.y, host.l10n()));
    },
    focus: (shown) => show((m) => reader.showCursor(m, shown)),
    key: (key, shift) => {
      const outcome = planeKey(host.model(), key, shift, host.l10n());
      if (outcome) host.apply(outcome);
    },
    connection: (ref) => show((m) => reader.selectConnection(m, ref)),
    unit: (layer, unit) => show((m) => reader.selectUnit(m, layer, unit)),
    toggleDelta: () => show(reader.toggleDelta),
    togglePanel: () => show(reader.togglePanel),
    toggleGrid: () => show(reader.toggleGrid),
    pick: (which, value) => show((m) => reader.pickConnection(m, which, value)),
  };
}
