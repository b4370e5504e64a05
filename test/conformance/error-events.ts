import type { ErrorDetail } from '../../src/internal/base-element.js';

/**
 * The `error` events an element sends from now on, in order. A refused value or an ignored set of
 * a read-only property must be reported this way (besides the note on screen), never thrown.
 */
export function collectErrors(element: EventTarget): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  element.addEventListener('error', (event) =>
    errors.push((event as CustomEvent<ErrorDetail>).detail),
  );
  return errors;
}
