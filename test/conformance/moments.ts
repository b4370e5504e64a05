import { fixture, html } from '@open-wc/testing';

/**
 * Frameworks and pages set an element's properties at any moment of its life: before its tag is
 * defined (a lazily loaded bundle), after definition but before it joins the page, after it joins
 * but before its first update, or while a framework holds it out of the page. The element must
 * keep each value. These make each moment the same way for every element; the tests check what
 * the element then shows.
 */
export type Moment =
  'before definition' | 'before connection' | 'before first update' | 'while disconnected';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

let lateTags = 0;

/**
 * Makes an element of `tag`'s class, readies it with `prepare` (attributes, listeners), runs `set`
 * at `moment`, and returns it in the page once updated. Before definition, the element is made
 * under a fresh tag, defined (as a subclass of `tag`'s class) once the element is in the page.
 */
export async function setAt<T extends Updating>(
  moment: Moment,
  tag: string,
  set: (element: T) => void | Promise<void>,
  prepare: (element: T) => void = () => {},
): Promise<T> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const late = moment === 'before definition' ? `${tag}-late-moment-${++lateTags}` : tag;
  const element = document.createElement(late) as T;
  prepare(element);
  if (moment === 'before definition' || moment === 'before connection') {
    await set(element);
    page.append(element);
    if (late !== tag) {
      const defined = customElements.get(tag) as unknown as new () => HTMLElement;
      customElements.define(late, class extends defined {});
    }
  } else if (moment === 'before first update') {
    page.append(element);
    await set(element);
  } else {
    page.append(element);
    await element.updateComplete;
    element.remove();
    await set(element);
    page.append(element);
  }
  await element.updateComplete;
  return element;
}
