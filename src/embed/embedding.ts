/**
 * What the embed pages and the embed builder know about one element. Each element keeps its own
 * in its folder, src/elements/<tag>/embedding.ts, exporting these two, so adding an element adds
 * a file there rather than a line to a list in each page. (Nothing here imports them: the builder's
 * catalogue fetches them by path, the single-file page reads them in when it is built.)
 */
export interface Embedding {
  /**
   * The attributes a new figure starts from, the lesson's example: the builder's preset and the
   * figure the strict-CSP test pages show.
   */
  example: Readonly<Record<string, string>>;
  /**
   * "The reader has done the figure": the one action a course counts as completion, read from
   * the element's public events only: the first `event` whose detail passes `done`. `memory` is
   * the same object for every event on one element, for an action that adds up (a lever's travel).
   */
  mainAction: {
    event: string;
    done: (detail: unknown, element: HTMLElement, memory: Record<string, unknown>) => boolean;
  };
}

/** A step event whose step is the pass's last (`backward-step` with `step === total`). */
export function reachedTheEnd(detail: unknown): boolean {
  const { step, total } = (detail ?? {}) as { step?: unknown; total?: unknown };
  return typeof step === 'number' && step === total;
}
