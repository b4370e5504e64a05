/**
 * Most elements typeset formulas as they first paint; <train-network> keeps its only ones in the
 * gradient panel a reader opens. Checks that need a formula on screen (forced colours, strict
 * CSP, the lesson at 320 px) open that panel first, as a reader does.
 */
const OPENERS: Readonly<Record<string, string>> = {
  'train-network': 'button.explain[aria-expanded="false"]',
};

/** Clicks the control that shows the element's formulas, when it has one and they are hidden. */
export function openFormulas(element: Element): void {
  const selector = OPENERS[element.localName];
  if (selector) element.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
}
