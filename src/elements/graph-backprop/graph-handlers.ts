/**
 * What the reader does, as handlers for the views: Step, Play and Reset, the mode and `wrt`
 * switches, a value or an expression typed, a node clicked, keyed or dragged. Each turns the
 * event into an outcome from graph-backprop-actions.ts and hands it to the element, which
 * applies it. A chunk of its own with the actions and the sentences the live region says after
 * them (narration.ts): nothing here is needed before the reader's first action, so the figure
 * paints without it and it is fetched once the page is idle (waiting-handlers.ts).
 */
import type { GradNode } from '../../core/index.js';
import type { Localizer } from '../../internal/localizer.js';
import * as actions from './graph-backprop-actions.js';
import type { GraphModel } from './graph-backprop-model.js';
import type { VariableDrags } from './variable-input.js';
import type { GraphBackpropHandlers } from './views/body.js';

/** Play's timer and its steps (playback.ts), made by the element on the first play. */
export { playClock } from './playback.js';

/** What the handlers need of the element: its snapshot, its language and its exercise's locks. */
export interface GraphHandlerHost {
  model(): GraphModel;
  /** Applies an outcome: the next snapshot, its events, its sentence and its focus. */
  apply(outcome: actions.Outcome): void;
  /** Re-renders once `load` settles; `updateComplete` waits for it meanwhile. */
  awaitLoad(load: Promise<unknown>): void;
  l10n(): Localizer;
  play(): void;
  /** Whether the next step waits for the reader's answers. */
  locked(): boolean;
  /** Whether `ask` asks anything (the mode switch is then hidden). */
  asking(): boolean;
  /** The `values` the page gave, which a new expression starts from. */
  givenValues(): Record<string, number>;
  readonly drags: VariableDrags;
  /** Moves the roving Tab stop to a node (without focusing it). */
  tabStop(id: string): void;
}

/**
 * The handlers behind the views' (waiting-handlers.ts), but for focus, which needs no action,
 * and a drag, which starts at once and reports its values here.
 */
export type ReaderHandlers = Omit<GraphBackpropHandlers, 'nodePointerdown' | 'nodeFocus'> & {
  dragMove(node: GradNode, value: number): void;
  dragEnd(node: GradNode, value: number): void;
};

/** Every view's handlers, made once (a new object per render would re-bind every listener). */
export function graphHandlers(host: GraphHandlerHost): ReaderHandlers {
  const { drags } = host;
  return {
    stepClick: () => {
      if (!host.locked()) host.apply(actions.pressStep(host.model(), host.l10n()));
    },
    playClick: () =>
      host.model().playing ? host.apply(actions.pause(host.model(), host.l10n())) : host.play(),
    resetClick: () => host.apply(actions.reset(host.model(), host.l10n())),
    modeChange: (mode) => {
      if (!host.asking()) host.apply(actions.switchMode(host.model(), mode, host.l10n()));
    },
    wrtChange: (name) => host.apply(actions.pickWrt(host.model(), name, host.l10n())),
    closePanel: () => host.apply(actions.closePanel(host.model(), host.l10n())),
    valueInput: (name, text, commit) =>
      host.apply(actions.typeValue(host.model(), name, text, commit, host.l10n())),
    expressionInput: (text, commit) =>
      host.apply(
        actions.editExpression(host.model(), text, commit, host.l10n(), host.givenValues()),
      ),
    nodeClick: (node) => {
      if (!drags.endsDrag()) host.apply(actions.pickNode(host.model(), node, host.l10n()));
    },
    nodeKeydown: (node, event) => {
      const outcome = actions.pressKey(host.model(), node, event, host.l10n());
      if (!outcome) return;
      event.preventDefault();
      host.apply(outcome);
    },
    dragMove: (node, value) =>
      host.apply(actions.editVariable(host.model(), node.label, value, false)),
    dragEnd: (node, value) =>
      host.apply(actions.endDrag(host.model(), node.label, value, host.l10n())),
  };
}
