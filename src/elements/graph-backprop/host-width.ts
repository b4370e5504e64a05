/**
 * Watches the element's width, so the diagram can turn top-to-bottom in a narrow column.
 * Reports a frame after the resize: changing layout inside the observer's callback would
 * resize the element again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Frames } from '../../internal/lifecycle.js';

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
