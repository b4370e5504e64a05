/**
 * Reaching inside an element's shadow root, as every element test does: the first node matching a
 * selector (asserted present by the caller's use), and all of them.
 */
export const $ = <T extends Element = Element>(element: Element, selector: string): T =>
  element.shadowRoot!.querySelector<T>(selector)!;

export const $$ = <T extends Element = Element>(element: Element, selector: string): T[] =>
  Array.from(element.shadowRoot!.querySelectorAll<T>(selector));
