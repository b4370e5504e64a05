import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The animation loop behind Play: once per animation frame it calls `frame` with a deadline a
 * few milliseconds away, so training takes part of the frame and the drawing the rest. It
 * waits while the element is off-screen or the tab hidden (no reader, no work) and resumes when
 * either comes back; it stops when `frame` answers false and when the element leaves the page.
 * Holds no state the reader sees: whether training plays lives in the element's snapshot.
 */

/** Milliseconds of training per animation frame; the rest of the frame draws. */
export const TRAINING_BUDGET_MS = 6;
/** While playing, the live region speaks at most this often. */
const SPEAK_EVERY_MS = 5000;

export class TrainingLoop implements ReactiveController {
  private request?: number;
  private onScreen = true;
  private observer?: IntersectionObserver;
  private lastSpoken = 0;

  /**
   * @param frame One frame's work; `overBudget()` turns true when the frame's training time is
   *   spent; `speak` is true every few seconds, when the live region may say where training
   *   stands. Answers whether to keep playing.
   * @param wanted Whether the element is playing (checked before a frame is asked for).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly frame: (overBudget: () => boolean, speak: boolean) => boolean,
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  /** Asks for a frame if playing and visible; otherwise the next visibility change will. */
  schedule(): void {
    if (this.request !== undefined || !this.wanted() || !this.host.isConnected) return;
    if (!this.onScreen || document.hidden) return;
    this.request = requestAnimationFrame(this.tick);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    if (typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => {
        this.onScreen = entries[entries.length - 1].isIntersecting;
        this.schedule();
      });
      this.observer.observe(this.host);
    }
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.request !== undefined) cancelAnimationFrame(this.request);
    this.request = undefined;
  }

  private readonly tick = (): void => {
    this.request = undefined;
    if (!this.wanted()) return;
    const now = performance.now();
    const deadline = now + TRAINING_BUDGET_MS;
    const speak = now - this.lastSpoken > SPEAK_EVERY_MS;
    if (speak) this.lastSpoken = now;
    if (this.frame(() => performance.now() > deadline, speak)) this.schedule();
  };

  private readonly onVisibility = (): void => this.schedule();
}
