/**
 * Shared drag and keyboard helpers for draggable values (Mafs-style MovablePoint manners:
 * focusable, arrow keys move, Shift moves coarsely, hit area larger than what is drawn).
 */

/** The change an arrow/Page/Home key asks for, or null when the key is not one of ours. */
export function keyStep(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  fine: number,
  coarse = fine * 10,
): number | null {
  const size = event.shiftKey ? coarse : fine;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return size;
    case 'ArrowLeft':
    case 'ArrowDown':
      return -size;
    case 'PageUp':
      return coarse;
    case 'PageDown':
      return -coarse;
    default:
      return null;
  }
}

export interface SliderRange {
  min: number;
  max: number;
  fine: number;
  coarse?: number;
}

/**
 * The value a key asks a slider for: arrows and Page keys step (Shift for coarse steps), Home
 * and End jump to the ends. Null for other keys; the caller then leaves the event alone, and
 * otherwise calls preventDefault so Home/End do not scroll the page.
 */
export function sliderKey(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  value: number,
  range: SliderRange,
): number | null {
  if (event.key === 'Home') return range.min;
  if (event.key === 'End') return range.max;
  const step = keyStep(event, range.fine, range.coarse);
  if (step === null) return null;
  return Math.min(range.max, Math.max(range.min, tidy(value + step, range.fine)));
}

/**
 * Roving focus for a composite widget (one Tab stop, arrow keys inside): the index a key moves
 * to among `count` items, or null when the key is not a navigation key. Render `tabindex="0"` on
 * the current item and `-1` on the others, then focus the new one.
 */
export function rovingIndex(
  event: Pick<KeyboardEvent, 'key'>,
  current: number,
  count: number,
): number | null {
  if (count === 0) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * A pointer position in an SVG's user units, through every transform on the way (the viewBox,
 * CSS transforms on the element or its containers, a rotated or scaled page).
 */
export function toSvgPoint(
  svg: SVGSVGElement,
  clientX: number,
  clientY: number,
): { x: number; y: number } {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: clientX, y: clientY };
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: point.x, y: point.y };
}

/** Rounds away floating-point dust after repeated steps (0.1 + 0.2 shows as 0.3). */
export function tidy(value: number, step: number): number {
  const decimals = Math.max(0, Math.min(10, Math.ceil(-Math.log10(step)) + 1));
  return Number(value.toFixed(decimals));
}

export interface DragCallbacks {
  /** Called on every move with the horizontal and vertical distance from the start, in px. */
  move(dx: number, dy: number, event: PointerEvent): void;
  /**
   * Called exactly once when the drag ends: pointer released, cancelled, capture lost (the
   * element was moved in the DOM mid-drag) or the returned stop function called (disconnect).
   */
  end(moved: boolean): void;
}

/**
 * Starts a pointer drag from a pointerdown: captures the pointer so the drag continues outside
 * the target, and removes its listeners when done (no document listeners are left behind).
 * Returns a function that ends the drag now; call it from disconnectedCallback.
 */
export function startDrag(down: PointerEvent, callbacks: DragCallbacks): () => void {
  const target = down.currentTarget as Element | null;
  if (!target) return () => {};
  const startX = down.clientX;
  const startY = down.clientY;
  let moved = false;
  try {
    target.setPointerCapture(down.pointerId);
  } catch {
    // Synthetic events have no active pointer to capture; listeners on the target still work.
  }
  const onMove = (event: Event): void => {
    const pointer = event as PointerEvent;
    if (pointer.pointerId !== down.pointerId) return;
    moved = true;
    callbacks.move(pointer.clientX - startX, pointer.clientY - startY, pointer);
  };
  let ended = false;
  const finish = (): void => {
    if (ended) return;
    ended = true;
    target.removeEventListener('pointermove', onMove);
    target.removeEventListener('pointerup', onEnd);
    target.removeEventListener('pointercancel', onEnd);
    target.removeEventListener('lostpointercapture', onEnd);
    callbacks.end(moved);
  };
  const onEnd = (event: Event): void => {
    if ((event as PointerEvent).pointerId !== down.pointerId) return;
    finish();
  };
  target.addEventListener('pointermove', onMove);
  target.addEventListener('pointerup', onEnd);
  target.addEventListener('pointercancel', onEnd);
  target.addEventListener('lostpointercapture', onEnd);
  return finish;
}
