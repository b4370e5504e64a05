/**
 * The handlers the views bind, before and after the code behind them arrives. What the reader
 * does (graph-handlers.ts and the actions) is not part of the element's first load: nothing
 * needs it before the reader's first action, so it is fetched once the page is idle after the
 * first render. A call made before it is here is held (held-calls.ts) and applied the moment it
 * arrives, in the order the reader acted, and the element's `updateComplete` waits for it.
 */
import { holdCalls } from '../../internal/held-calls.js';
import { LazyView } from '../../internal/lazy-view.js';
import type { GraphHandlerHost, ReaderHandlers } from './graph-handlers.js';
import type { GraphBackpropHandlers } from './views/body.js';

/** The reader's code: the handlers, the actions with their sentences, and Play's steps. */
export const readerCode = new LazyView(() => import('./graph-handlers.js'));

/** The keys a focused node may take (pressKey): while the code is on its way, no page scroll. */
const NODE_KEYS = /^(Enter| |Escape|Arrow\w+|Page\w+|Home|End)$/;

/** The handlers that wait for the code; a drag starts at once, and focus needs none. */
const WAITING = [
  'stepClick',
  'playClick',
  'resetClick',
  'modeChange',
  'wrtChange',
  'closePanel',
  'valueInput',
  'expressionInput',
  'nodeClick',
  'nodeKeydown',
] as const;

export function waitingHandlers(host: GraphHandlerHost): GraphBackpropHandlers {
  const hold = holdCalls(readerCode, host, (code) => code.graphHandlers(host));
  const call =
    (name: keyof ReaderHandlers) =>
    (...args: unknown[]): void => {
      const held = hold(name, ...args);
      // The key's default (a scroll) cannot wait: one a node may take is held back now.
      const event = args[1];
      if (held && event instanceof KeyboardEvent && NODE_KEYS.test(event.key))
        event.preventDefault();
    };
  const dragMove = call('dragMove');
  const dragEnd = call('dragEnd');
  return {
    ...(Object.fromEntries(WAITING.map((name) => [name, call(name)])) as ReaderHandlers),
    // The drag holds the pointer from its first event; its values wait for the code if need be.
    nodePointerdown: (node, event) =>
      host.drags.start(node, event, {
        move: (value) => dragMove(node, value),
        end: (value) => dragEnd(node, value),
      }),
    nodeFocus: (node) => host.tabStop(node.id),
  };
}
