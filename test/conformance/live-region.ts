import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { settle } from './settle.js';

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

/**
 * Drags with the mouse from `from` through 25 moves (`at(step)`), then lets go. The live region
 * must stay quiet while the button is held (checked once `whileHeld` has checked the drag took
 * effect) and change once, or twice at most, on release: a reader hears the result, not 25 steps.
 */
export async function expectOneAnnouncementPerDrag(
  element: Element & { updateComplete: Promise<unknown> },
  from: [number, number],
  at: (step: number) => [number, number],
  whileHeld: () => void,
): Promise<void> {
  const live = watchLiveRegion(element);
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (let step = 1; step <= 25; step++) {
    await sendMouse({ type: 'move', position: at(step) });
    await element.updateComplete;
  }
  await settle(element);
  whileHeld();
  expect(live.count(), 'live region quiet while dragging').to.equal(0);
  await sendMouse({ type: 'up' });
  await settle(element);
  live.stop();
  expect(live.count(), 'one announcement on release').to.be.within(1, 2);
}
