import type { ElementTag } from '../element-tags.js';

/**
 * How far the lever must travel in all, back and forth, before chain-rule-gears counts as done:
 * a tenth of its −10 to 10 range (twenty small key steps, two large ones, or a short drag), enough
 * to watch every gear follow it by its ratio. A touch of the lever is not reading the figure.
 */
export const LEVER_TRAVEL_TO_COMPLETE = 2;

/**
 * "The reader has done the figure": the one action per element a course counts as completion,
 * read from the element's public events only.
 * - chain-rule-gears: the lever travelled LEVER_TRAVEL_TO_COMPLETE in all (`input`, summed);
 * - neuron-backprop: a gradient step taken (`change` with `source: 'step'`);
 * - graph-backprop: the backward pass stepped to its end (`backward-step`, `step === total`);
 * - layer-delta: the deltas reached the input layer (`backward-step`, `step === total`).
 */
const MAIN_ACTIONS: Record<
  ElementTag,
  { event: string; done: (detail: unknown, element: HTMLElement, memory: Memory) => boolean }
> = {
  'chain-rule-gears': { event: 'input', done: leverTravelledFarEnough },
  'neuron-backprop': {
    event: 'change',
    done: (detail) => (detail as { source?: unknown } | null)?.source === 'step',
  },
  'graph-backprop': { event: 'backward-step', done: reachedTheEnd },
  'layer-delta': { event: 'backward-step', done: reachedTheEnd },
};

/** What an action remembers between events, one per `onMainAction` call. */
type Memory = { lever?: { at: number; travelled: number } };

function leverTravelledFarEnough(detail: unknown, element: HTMLElement, memory: Memory): boolean {
  const value = (detail as { value?: unknown } | null)?.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  // Before the first move the lever stands at its start, which the `input` property reads back.
  const start = (element as HTMLElement & { input?: unknown }).input;
  const lever = (memory.lever ??= {
    at: typeof start === 'number' && Number.isFinite(start) ? start : value,
    travelled: 0,
  });
  lever.travelled += Math.abs(value - lever.at);
  lever.at = value;
  // A hair under the mark: ten steps of 0.1 add up to 0.9999999999999999.
  return lever.travelled >= LEVER_TRAVEL_TO_COMPLETE - 1e-9;
}

function reachedTheEnd(detail: unknown): boolean {
  const { step, total } = (detail ?? {}) as { step?: unknown; total?: unknown };
  return typeof step === 'number' && step === total;
}

/** Calls `callback` once, the first time the reader does `tag`'s main action on `element`. */
export function onMainAction(element: HTMLElement, tag: ElementTag, callback: () => void): void {
  const { event, done } = MAIN_ACTIONS[tag];
  const memory: Memory = {};
  const listener = (fired: Event): void => {
    if (!done((fired as CustomEvent).detail, element, memory)) return;
    element.removeEventListener(event, listener);
    callback();
  };
  element.addEventListener(event, listener);
}
