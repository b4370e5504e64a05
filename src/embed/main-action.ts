import type { Embedding } from './embedding.js';

/**
 * Calls `callback` once, the first time the reader does the element's main action on `element`
 * (each element names its own in src/elements/<tag>/embedding.ts).
 */
export function onMainAction(
  element: HTMLElement,
  { event, done }: Embedding['mainAction'],
  callback: () => void,
): void {
  // What the action remembers between events (the lever's travel so far), one per call.
  const memory: Record<string, unknown> = {};
  const listener = (fired: Event): void => {
    if (!done((fired as CustomEvent).detail, element, memory)) return;
    element.removeEventListener(event, listener);
    callback();
  };
  element.addEventListener(event, listener);
}
