/**
 * The timer behind Play: calls `tick` now and then every `interval()` ms for as long as `tick`
 * answers true. Stops when told to and when the element leaves the page. Holds no state the
 * reader sees; whether the pass is playing lives in the element's snapshot. Part of the reader's
 * chunk (graph-handlers.ts): the element makes its clock on the first play.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PlayClock implements ReactiveController {
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
