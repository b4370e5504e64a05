/** Finding an element's inner controls the way a reader does (by role and by name), and reading what an app passed. */
import { expect } from '@open-wc/testing';

/** The first of an element's inner controls matching `selector`, or a failure naming it. */
export function only<T extends HTMLElement | SVGElement = HTMLElement>(
  element: Element,
  selector: string,
): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName} shows no ${selector}`);
  return found;
}

/** A button's name as a screen reader says it: its label, or its text without hidden marks. */
function spokenName(button: HTMLElement): string {
  const label = button.getAttribute('aria-label');
  if (label) return label.trim();
  const copy = button.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** The enabled button of an element whose spoken name matches `name`. */
export function buttonNamed(element: Element, name: RegExp): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find(
    (button) => !button.disabled && name.test(spokenName(button)),
  );
  if (!found) throw new Error(`${element.localName} shows no enabled button named ${name}`);
  return found;
}

export const near = (actual: number, expected: number, what?: string) =>
  expect(actual, what).to.be.closeTo(expected, 1e-9);

/** A list as an app may hold it: an array, or text of numbers. */
export const numbers = (value: unknown): number[] =>
  typeof value === 'string'
    ? value
        .trim()
        .split(/[\s,]+/)
        .map(Number)
    : (value as number[]);

/** Names as an app may hold them: an array, or comma-separated text. */
export const names = (value: unknown): string[] =>
  typeof value === 'string' ? value.split(',').map((item) => item.trim()) : (value as string[]);
