import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { settle } from './settle.js';

/**
 * Keyboard reach: how many Tab stops an element costs a reader passing through the page, what
 * each is called, and that the keys it takes for itself (Home, End, Page Up, Page Down) do not
 * also scroll the page.
 */

/** The accessible name a Tab stop has: aria-label, its label, or its text. */
export function accessibleName(stop: Element): string {
  const labels = (stop as HTMLInputElement).labels;
  return (
    stop.getAttribute('aria-label') ??
    (labels && labels.length > 0 ? labels[0].textContent : stop.textContent) ??
    ''
  ).trim();
}

/**
 * Mounts the element between a button before and a button after it, then presses Tab from the
 * first button until focus leaves the element: the stops inside it, in order. Focus must then be
 * on the button after (nothing traps it, nothing skips it).
 */
export async function tabStops<T extends HTMLElement>(
  template: TemplateResult,
): Promise<{ element: T; stops: Element[] }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div><button>before</button>${template}<button>after</button></div>`,
  );
  const element = wrapper.querySelector('button + *') as T;
  await settle(element);
  wrapper.querySelector('button')!.focus();
  const stops: Element[] = [];
  for (let presses = 0; presses < 60; presses++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement !== element) break;
    stops.push(element.shadowRoot!.activeElement!);
  }
  expect(document.activeElement!.textContent).to.equal('after');
  return { element, stops };
}

/**
 * Presses each key on `control` with the page tall and scrolled: what `read` gives after each
 * key. The page must not scroll: the control keeps Home, End, Page Up and Page Down to itself.
 * `mount` makes the element once the page is tall.
 */
export async function keysOnScrolledPage<
  T extends HTMLElement & { updateComplete: Promise<unknown> },
>(
  mount: () => Promise<T>,
  control: (element: T) => HTMLElement | SVGElement,
  keys: string[],
  read: (element: T) => number,
): Promise<{ element: T; seen: number[] }> {
  const spacer = document.createElement('div');
  spacer.style.height = '3000px';
  document.body.append(spacer);
  try {
    const element = await mount();
    window.scrollTo(0, 40);
    const scrolled = window.scrollY;
    control(element).focus({ preventScroll: true });
    const seen: number[] = [];
    for (const key of keys) {
      await sendKeys({ press: key });
      await element.updateComplete;
      seen.push(read(element));
    }
    expect(window.scrollY, 'the page did not scroll').to.equal(scrolled);
    return { element, seen };
  } finally {
    spacer.remove();
  }
}
