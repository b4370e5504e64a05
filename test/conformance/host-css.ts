import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settle } from './settle.js';

/**
 * A host page's inherited text styles (uppercase, letter and word spacing, indent, italics,
 * centring, no wrapping) must not reach an element's formulas and labels: the same element in a
 * plain box and in a hostile one must show the same text in boxes of the same size.
 */

/** Inherited text properties a careless or hostile page might set on a container. */
export const HOSTILE_TEXT_CSS = `text-transform: uppercase; white-space: nowrap; line-height: 2;
  letter-spacing: 4px; word-spacing: 12px; text-indent: 30px; font-style: italic;
  text-align: center`;

/** Two copies of the element, `width` px wide: one plain, one inside the hostile styles. */
export async function plainAndHostile<T extends HTMLElement>(
  template: TemplateResult,
  width: number,
): Promise<[T, T]> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">
      <div>${template}</div>
      <div style=${HOSTILE_TEXT_CSS}>${template}</div>
    </div>`,
  );
  const [plain, hostile] = [...wrapper.querySelectorAll<HTMLElement>(':scope > div > *')] as T[];
  await settle(plain);
  await settle(hostile);
  return [plain, hostile];
}

/**
 * For each selector: the hostile copy shows the same text in a box of the same size, not
 * uppercased; `more` checks other computed styles of the hostile copy's node.
 */
export function expectUntouched(
  plain: Element,
  hostile: Element,
  selectors: string[],
  more: (style: CSSStyleDeclaration, selector: string) => void = () => {},
): void {
  for (const selector of selectors) {
    const a = plain.shadowRoot!.querySelector(selector)!;
    const b = hostile.shadowRoot!.querySelector(selector)!;
    expect(b.textContent, selector).to.equal(a.textContent);
    const [boxA, boxB] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
    expect(boxB.width, `${selector} width`).to.be.closeTo(boxA.width, 0.5);
    expect(boxB.height, `${selector} height`).to.be.closeTo(boxA.height, 0.5);
    const style = getComputedStyle(b);
    expect(style.textTransform, selector).to.equal('none');
    more(style, selector);
  }
}
