import type { ElementTag } from '../element-tags.js';

/**
 * "The reader has done the figure": the one action per element a course counts as completion,
 * read from the element's public events only.
 * - chain-rule-gears: the lever moved (`change`);
 * - neuron-backprop: a gradient step taken (`change` with `source: 'step'`);
 * - graph-backprop: the backward pass stepped to its end (`backward-step`, `step === total`);
 * - layer-delta: the deltas reached the input layer (`backward-step`, `step === total`);
 * - train-network: training reached 0.9 test accuracy (`epoch`, `accuracy >= 0.9`).
 */
/** The test accuracy `<train-network>` must reach for its figure to count as done. */
const GOAL_ACCURACY = 0.9;

const MAIN_ACTIONS: Record<ElementTag, { event: string; done: (detail: unknown) => boolean }> = {
  'chain-rule-gears': { event: 'change', done: () => true },
  'neuron-backprop': {
    event: 'change',
    done: (detail) => (detail as { source?: unknown } | null)?.source === 'step',
  },
  'graph-backprop': { event: 'backward-step', done: reachedTheEnd },
  'layer-delta': { event: 'backward-step', done: reachedTheEnd },
  'train-network': {
    event: 'epoch',
    done: (detail) => {
      const { accuracy } = (detail ?? {}) as { accuracy?: unknown };
      return typeof accuracy === 'number' && accuracy >= GOAL_ACCURACY;
    },
  },
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
