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
  #frame?: number;
  /** The animation under way: a start while a step runs replaces it, and the old one ends. */
  #run?: object;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  start(step: (elapsed: number) => boolean): void {
    this.stop();
    const run = (this.#run = {});
    let first: number | undefined;
    const tick = (time: number): void => {
      first ??= time;
      this.#frame = undefined;
      const more = step(time - first);
      if (this.#run !== run) return;
      if (more) this.#frame = requestAnimationFrame(tick);
      else this.#run = undefined;
    };
    this.#frame = requestAnimationFrame(tick);
  }

  /** Whether an animation is under way (also while its step runs). */
  get running(): boolean {
    return this.#run !== undefined;
  }

  stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#run = undefined;
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
  #finish?: () => void;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Keeps a drag just started (or nothing, when none started), to end it with the element. */
  hold(finish: (() => void) | null | undefined): void {
    this.#finish = finish ?? undefined;
  }

  /** Ends the drag under way, if any; ending one that already ended does nothing. */
  end(): void {
    const finish = this.#finish;
    this.#finish = undefined;
    finish?.();
  }

  hostDisconnected(): void {
    this.end();
  }
}
