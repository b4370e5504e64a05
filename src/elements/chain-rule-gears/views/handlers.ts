/**
 * What the views call back. The element creates this object once; each function reads what it
 * needs from the event (a stage number from `data-stage`), so no view builds a closure per render.
 */
export interface GearsHandlers {
  /** A press on the lever: on the handle it starts a drag, elsewhere it jumps there first. */
  readonly leverPointerDown: (event: PointerEvent) => void;
  /** A key on the lever's slider. */
  readonly leverKey: (event: KeyboardEvent) => void;
  /** The pointer enters a gear or a factor with a `data-stage`. */
  readonly stageIn: (event: Event) => void;
  /** The pointer leaves it, or focus leaves a gear. */
  readonly stageOut: (event: Event) => void;
  /** A gear takes focus: it lights up with its factor and holds the gear train's Tab stop. */
  readonly gearFocus: (event: Event) => void;
  /** A key on a gear: arrows, Home and End move focus along the train (roving tabindex). */
  readonly gearKey: (event: KeyboardEvent) => void;
  readonly reset: () => void;
}

/** The stage number on the element a stage handler is attached to. */
export function stageOf(event: Event): number {
  return Number((event.currentTarget as Element | null)?.getAttribute('data-stage'));
}
