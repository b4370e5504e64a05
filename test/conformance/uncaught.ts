/**
 * Collects exceptions and rejected promises nobody caught while a describe block runs: an element
 * must never let one escape, whatever it is given. Call inside `describe`; it registers the
 * listeners for that block and returns the list to check. Only real exceptions count: an element's
 * own `error` events are CustomEvents (and do not bubble), not ErrorEvents.
 */
export function collectUncaught(): unknown[] {
  const uncaught: unknown[] = [];
  const onError = (event: Event): void => {
    if (event instanceof ErrorEvent) uncaught.push(event.error ?? event.message);
  };
  const onRejection = (event: PromiseRejectionEvent): void => void uncaught.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return uncaught;
}
