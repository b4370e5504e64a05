import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Frames } from '../../internal/lifecycle.js';
import { FrameBudget } from './frame-budget.js';

/**
 * The animation loop behind Play: once per animation frame it calls `frame` with a deadline a
 * few milliseconds away, so training takes part of the frame and the drawing the rest; how many
 * milliseconds follows what drawing cost in the last frames (frame-budget.ts). Within the frame,
 * training stops before a mini-batch that would not end by the deadline, each kind of
 * mini-batch timed as it runs. It
 * waits while the element is off-screen or the tab hidden (no reader, no work) and resumes when
 * either comes back; it stops when `frame` answers false and when the element leaves the page.
 * Holds no state the reader sees: whether training plays lives in the element's snapshot.
 */

/** While playing, the live region speaks at most this often. */
const SPEAK_EVERY_MS = 5000;

export class TrainingLoop implements ReactiveController {
  readonly #frames: Frames;
  #onScreen = true;
  #observer?: IntersectionObserver;
  #lastSpoken = 0;
  readonly #budget = new FrameBudget();
  /** When the last frame's training ended, and its kind; null once its drawing is measured. */
  #trainingEnd: number | null = null;
  #frameKind = '';
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #frame: (
    overBudget: (closed: boolean, closing: boolean) => boolean,
    speak: boolean,
  ) => boolean;
  readonly #wanted: () => boolean;
  readonly #kind: () => string;

  /**
   * @param frame One frame's work; `overBudget(closed, closing)`, asked after every mini-batch
   *   (`closed`: it closed an epoch), turns true when the next one (`closing`: one that closes
   *   an epoch) would not end within the frame's training time; `speak` is true every few seconds, when the live region may say
   *   where training stands. Answers whether to keep playing.
   * @param wanted Whether the element is playing (checked before a frame is asked for).
   * @param kind What the coming frame will redraw (frames that redraw more train less).
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    frame: (overBudget: (closed: boolean, closing: boolean) => boolean, speak: boolean) => boolean,
    wanted: () => boolean,
    kind: () => string,
  ) {
    this.#host = host;
    this.#frame = frame;
    this.#wanted = wanted;
    this.#kind = kind;
    this.#frames = new Frames(host);
    // Made on the first Play, when the host is connected: this calls hostConnected at once.
    host.addController(this);
  }

  /** Asks for a frame if playing and visible; otherwise the next visibility change will. */
  schedule(): void {
    if (this.#frames.running || !this.#wanted() || !this.#host.isConnected) return;
    if (!this.#onScreen || document.hidden) return;
    this.#trainingEnd = null;
    this.#frames.start(this.#tick);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (typeof IntersectionObserver === 'function') {
      // No frame until the observer's first report says where the element is.
      this.#onScreen = false;
      this.#observer = new IntersectionObserver((entries) => {
        this.#onScreen = entries[entries.length - 1].isIntersecting;
        this.schedule();
      });
      this.#observer.observe(this.#host);
    }
    this.schedule();
  }

  /** The element finished drawing a frame: what it cost since training ended. */
  drawn(): void {
    if (this.#trainingEnd === null) return;
    this.#budget.drew(this.#frameKind, performance.now() - this.#trainingEnd);
    this.#trainingEnd = null;
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** One frame; answers whether the next frame trains too (Frames stops otherwise). */
  readonly #tick = (): boolean => {
    if (!this.#wanted()) return false;
    const now = performance.now();
    this.#frameKind = this.#kind();
    const budget = this.#budget;
    const deadline = now + budget.next(this.#frameKind);
    const speak = now - this.#lastSpoken > SPEAK_EVERY_MS;
    if (speak) this.#lastSpoken = now;
    // The mini-batches that close an epoch are timed: the next one must fit before it starts.
    let stepStart = now;
    const overBudget = (closed: boolean, closing: boolean): boolean => {
      const time = performance.now();
      if (closed) budget.closingTook(time - stepStart);
      stepStart = time;
      return !budget.fits(time, closing, deadline);
    };
    const more = this.#frame(overBudget, speak);
    this.#trainingEnd = performance.now();
    this.#budget.overran(this.#trainingEnd - deadline);
    return more && this.#host.isConnected && this.#onScreen && !document.hidden;
  };

  readonly #onVisibility = (): void => this.schedule();
}
