/**
 * Watches the element's width, so the diagram can turn top-to-bottom in a narrow column.
 * Reports a frame after the resize: changing layout inside the observer's callback would
 * resize the element again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class HostWidth implements ReactiveController {
  /** The last width measured, 0 before the first. */
  width = 0;
  private observer?: ResizeObserver;
  private frame?: number;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly changed: (width: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'function') return;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      this.cancelFrame();
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.width = width;
        this.changed(width);
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.cancelFrame();
  }

  private cancelFrame(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
