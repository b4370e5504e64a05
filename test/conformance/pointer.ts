import { fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { settle } from './settle.js';

/**
 * A drag the host page interrupts by moving the element elsewhere (a framework re-rendering, a
 * tab switching panels): the element must end the drag with at most one change, and later mouse
 * moves must not drag anything. The element tests share these steps and keep their own checks.
 */

/** Where a node's centre is on screen, in whole pixels for sendMouse. */
export function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Mounts the element in a box, with an empty box beside it; `moveAway` moves it there. */
export async function movableFixture<T extends HTMLElement>(
  template: TemplateResult,
): Promise<{ element: T; moveAway: () => Promise<void> }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <div class="from">${template}</div>
      <div class="to"></div>
    </div>`,
  );
  const element = wrapper.querySelector('.from')!.firstElementChild as T;
  await settle(element);
  return {
    element,
    moveAway: async () => {
      wrapper.querySelector('.to')!.append(element);
      await settle(element);
    },
  };
}

/** Presses the mouse at `from` and drags to `to` without letting go. */
export async function pressAndDrag(
  element: HTMLElement & { updateComplete: Promise<unknown> },
  from: [number, number],
  to: [number, number],
): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: to });
  await element.updateComplete;
}

/** Moves the mouse to `to` and lets go there. */
export async function releaseAt(element: Element, to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: to });
  await sendMouse({ type: 'up' });
  await settle(element);
}
