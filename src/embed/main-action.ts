import type { ElementTag } from '../element-tags.js';

/**
 * "The reader has done the figure": the one action per element a course counts as completion,
 * read from the element's public events only.
 * - chain-rule-gears: the lever moved (`change`);
 * - neuron-backprop: a gradient step taken (`change` with `source: 'step'`);
 * - graph-backprop: the backward pass stepped to its end (`backward-step`, `step === total`);
 * - layer-delta: the deltas reached the input layer (`backward-step`, `step === total`).
 */
const MAIN_ACTIONS: Record<ElementTag, { event: string; done: (detail: unknown) => boolean }> = {
  'chain-rule-gears': { event: 'change', done: () => true },
  'neuron-backprop': {
    event: 'change',
    done: (detail) => (detail as { source?: unknown } | null)?.source === 'step',
  },
  'graph-backprop': { event: 'backward-step', done: reachedTheEnd },
  'layer-delta': { event: 'backward-step', done: reachedTheEnd },
};

function reachedTheEnd(detail: unknown): boolean {
  const { step, total } = (detail ?? {}) as { step?: unknown; total?: unknown };
  return typeof step === 'number' && step === total;
}

/** Calls `callback` once, the first time the reader does `tag`'s main action on `element`. */
export function onMainAction(element: HTMLElement, tag: ElementTag, callback: () => void): void {
  const { event, done } = MAIN_ACTIONS[tag];
  const listener = (fired: Event): void => {
    if (!done((fired as CustomEvent).detail)) return;
    element.removeEventListener(event, listener);
    callback();
  };
  element.addEventListener(event, listener);
}
