import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Frames } from '../../internal/lifecycle.js';

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
  private readonly frames: Frames;
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
    this.frames = new Frames(host);
  }

  /** Asks for a frame if playing and visible; otherwise the next visibility change will. */
  schedule(): void {
    if (this.frames.running || !this.wanted() || !this.host.isConnected) return;
    if (!this.onScreen || document.hidden) return;
    this.frames.start(this.tick);
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
  }

  /** One frame; answers whether the next frame trains too (Frames stops otherwise). */
  private readonly tick = (): boolean => {
    if (!this.wanted()) return false;
    const now = performance.now();
    const deadline = now + TRAINING_BUDGET_MS;
    const speak = now - this.lastSpoken > SPEAK_EVERY_MS;
    if (speak) this.lastSpoken = now;
    const more = this.frame(() => performance.now() > deadline, speak);
    return more && this.host.isConnected && this.onScreen && !document.hidden;
  };

  private readonly onVisibility = (): void => this.schedule();
}
