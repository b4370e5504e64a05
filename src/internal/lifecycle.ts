/**
 * What an element starts that must stop when it leaves the page is a Lit ReactiveController, the
 * one mechanism for this in every element: the element makes it once as a field
 * (`private readonly frames = new Frames(this)`), and Lit tells it when the host disconnects.
 * The two that several elements use live here: animation frames and a pointer drag. One element's
 * own (graph-backprop's play timer and width watch) live in its folder and build on these.
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
