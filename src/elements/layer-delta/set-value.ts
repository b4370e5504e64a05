/**
 * What was last set on a `@setting` whose property reads the reader's live value (`read`).
 * settings.ts keeps the set value private, and after the first update the property returns
 * the live one; the setting's own getter still returns the set value for an element that has
 * not updated, so it is asked on a view of the element that says so.
 */
export function setValueOf<T>(element: HTMLElement, property: string): T {
  let prototype: object | null = Object.getPrototypeOf(element);
  while (prototype && !Object.prototype.hasOwnProperty.call(prototype, property))
    prototype = Object.getPrototypeOf(prototype);
  const getter = prototype && Object.getOwnPropertyDescriptor(prototype, property)?.get;
  const beforeFirstUpdate = Object.create(element, { hasUpdated: { value: false } }) as object;
  return getter!.call(beforeFirstUpdate) as T;
}
