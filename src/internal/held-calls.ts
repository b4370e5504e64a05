/**
 * Calls to code that is not part of an element's first load: what the reader does needs nothing
 * before the reader's first action, so the figure paints without it and the element fetches it
 * once the page is idle (`prefetchWhenIdle`). A call made before the code is here is held and made
 * the moment it arrives, in the order the calls came, and the element's `updateComplete` waits for
 * it: no input is lost. A fetch that fails drops what was held; the element shows the loader's
 * note in its place (`LazyView.unavailable`), and the next call asks again.
 *
 * What cannot wait stays with the caller, which `hold` tells by answering true: a key's default
 * (a page scroll) is prevented at once, a drag holds its pointer from its first event, and what an
 * event carries that does not outlive its dispatch (its `target` inside a shadow root) is read
 * before the call.
 */
import type { LazyView, LoadHost } from './lazy-view.js';

/**
 * Calls handler `name` with `args` now when the code is here (answers false); otherwise holds
 * the call (answers true). The caller's own handler types check the arguments.
 */
export type Hold<H> = (name: keyof H, ...args: unknown[]) => boolean;

/** `make` builds the handlers from the module once, on the first call made with it here. */
export function holdCalls<M extends object, H extends object>(
  code: LazyView<M>,
  host: Pick<LoadHost, 'awaitLoad'>,
  make: (module: M) => H,
): Hold<H> {
  let handlers: H | undefined;
  const hold: Hold<H> = (name, ...args) => {
    const module = code.ready;
    if (!module) {
      // Every held call waits on the one fetch, whose callbacks run in the order they were added.
      host.awaitLoad(code.load().then(() => void hold(name, ...args)));
      return true;
    }
    handlers ??= make(module);
    (handlers[name] as (...given: unknown[]) => void)(...args);
    return false;
  };
  return hold;
}
