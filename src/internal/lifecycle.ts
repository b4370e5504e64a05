/**
 * What an element starts that must stop when it leaves the page: animation frames, a repeating
 * timer, a watch on its width, a pointer drag. Each is a Lit ReactiveController, the one
 * mechanism for this in every element: the element makes it once as a field
 * (`private readonly frames = new Frames(this)`), and Lit tells it when the host disconnects.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs `step` once an animation frame, with the milliseconds since the first frame, for as long
 * as it answers true. Starting again replaces the animation under way.
 */
export class Frames implements ReactiveController {
  private frame?: number;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  start(step: (elapsed: number) => boolean): void {
    this.stop();
    let first: number | undefined;
    const tick = (time: number): void => {
      first ??= time;
      this.frame = undefined;
      if (step(time - first)) this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  stop(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}

/**
 * A repeating timer: calls `tick` now and then every `interval()` ms for as long as `tick`
 * answers true. Holds no state the reader sees (whether a pass is playing lives in the
 * element's snapshot).
 */
export class Ticker implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly tick: () => boolean,
    private readonly interval: () => number,
  ) {
    host.addController(this);
  }

  start(): void {
    this.schedule(0);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private schedule(delay: number): void {
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.tick()) this.schedule(this.interval());
    }, delay);
  }
}

/**
 * Watches the element's width (so a drawing can turn top-to-bottom in a narrow column) and
 * reports it a frame after the resize: changing layout inside the observer's callback would
 * resize the element again.
 */
export class HostWidth implements ReactiveController {
  /** The last width measured, 0 before the first. */
  width = 0;
  private observer?: ResizeObserver;
  private readonly frames: Frames;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly changed: (width: number) => void,
  ) {
    host.addController(this);
    this.frames = new Frames(host);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'function') return;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      this.frames.start(() => {
        this.width = width;
        this.changed(width);
        return false;
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/**
 * The pointer drag under way (the function `startDrag` returns, which ends it), ended when the
 * element leaves the page mid-drag.
 */
export class DragHold implements ReactiveController {
  private finish?: () => void;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Keeps a drag just started (or nothing, when none started), to end it with the element. */
  hold(finish: (() => void) | null | undefined): void {
    this.finish = finish ?? undefined;
  }

  /** Ends the drag under way, if any; ending one that already ended does nothing. */
  end(): void {
    const finish = this.finish;
    this.finish = undefined;
    finish?.();
  }

  hostDisconnected(): void {
    this.end();
  }
}
