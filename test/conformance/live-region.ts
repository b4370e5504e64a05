/**
 * Counts changes to an element's live region (`[role="status"]`): a screen reader speaks each
 * one, so a drag must change it once, on release, not on every move.
 */
export function watchLiveRegion(element: Element): { count: () => number; stop: () => void } {
  let updates = 0;
  const observer = new MutationObserver((records) => (updates += records.length));
  observer.observe(element.shadowRoot!.querySelector('[role="status"]')!, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return { count: () => updates, stop: () => observer.disconnect() };
}
