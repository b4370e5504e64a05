/**
 * Tracks timers, animation frames and document/window listeners started while it is installed,
 * so a test can tell whether detached elements left anything running.
 */
export interface AsyncWorkTracker {
  pendingTimeouts(): number;
  activeIntervals(): number;
  pendingFrames(): number;
  /** Listeners added to document or window and not removed. */
  globalListeners(): number;
  restore(): void;
  /** The unpatched setTimeout, for the test's own waiting. */
  wait(ms: number): Promise<void>;
  /** Waits for `count` animation frames without counting them. */
  frames(count: number): Promise<void>;
}

/** Timer functions typed loosely: Node's typings and the DOM's disagree on their return types. */
type Loose = (...args: unknown[]) => number;

export function trackAsyncWork(): AsyncWorkTracker {
  const original = {
    setTimeout: window.setTimeout as unknown as Loose,
    clearTimeout: window.clearTimeout as unknown as Loose,
    setInterval: window.setInterval as unknown as Loose,
    clearInterval: window.clearInterval as unknown as Loose,
    requestAnimationFrame: window.requestAnimationFrame as unknown as Loose,
    cancelAnimationFrame: window.cancelAnimationFrame as unknown as Loose,
    docAdd: document.addEventListener,
    docRemove: document.removeEventListener,
    winAdd: window.addEventListener,
    winRemove: window.removeEventListener,
  };
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const listeners = new Set<string>();
  const listenerIds = new WeakMap<object, number>();
  let nextListenerId = 0;
  const keyOf = (target: string, type: string, listener: unknown, options?: unknown): string => {
    if (listener === null || listener === undefined) return '';
    const object = listener as object;
    if (!listenerIds.has(object)) listenerIds.set(object, nextListenerId++);
    const capture =
      typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
    return `${target}|${type}|${listenerIds.get(object)}|${capture}`;
  };

  const w = window as unknown as Record<string, unknown>;
  w.setTimeout = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = original.setTimeout.call(
      window,
      (...inner: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      ms,
      ...args,
    );
    timeouts.add(id);
    return id;
  };
  w.clearTimeout = (id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    original.clearTimeout.call(window, id);
  };
  w.setInterval = (handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = original.setInterval.call(window, handler, ms, ...args);
    intervals.add(id);
    return id;
  };
  w.clearInterval = (id?: number) => {
    if (id !== undefined) intervals.delete(id);
    original.clearInterval.call(window, id);
  };
  w.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id: number = original.requestAnimationFrame.call(window, (time: number) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original.cancelAnimationFrame.call(window, id);
  };
  const patchListeners = (
    target: Document | Window,
    name: string,
    add: typeof document.addEventListener,
    remove: typeof document.removeEventListener,
  ): void => {
    (target as unknown as Record<string, unknown>).addEventListener = function (
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) {
      const key = keyOf(name, type, listener, options);
      if (key) listeners.add(key);
      return add.call(target, type, listener, options);
    };
    (target as unknown as Record<string, unknown>).removeEventListener = function (
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ) {
      listeners.delete(keyOf(name, type, listener, options));
      return remove.call(target, type, listener, options);
    };
  };
  patchListeners(document, 'document', original.docAdd, original.docRemove);
  patchListeners(window, 'window', original.winAdd, original.winRemove);

  return {
    pendingTimeouts: () => timeouts.size,
    activeIntervals: () => intervals.size,
    pendingFrames: () => frames.size,
    globalListeners: () => listeners.size,
    restore() {
      Object.assign(window as unknown as Record<string, unknown>, {
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        requestAnimationFrame: original.requestAnimationFrame,
        cancelAnimationFrame: original.cancelAnimationFrame,
      });
      document.addEventListener = original.docAdd;
      document.removeEventListener = original.docRemove;
      window.addEventListener = original.winAdd;
      window.removeEventListener = original.winRemove;
    },
    wait: (ms) => new Promise((resolve) => original.setTimeout.call(window, resolve, ms)),
    frames: async (count) => {
      for (let i = 0; i < count; i++) {
        await new Promise((resolve) => original.requestAnimationFrame.call(window, resolve));
      }
    },
  };
}
