/**
 * Shared drag and keyboard helpers for draggable values (Mafs-style MovablePoint manners:
 * focusable, arrow keys move, Shift moves coarsely, hit area larger than what is drawn).
 */

/** The change an arrow/Page/Home key asks for, or null when the key is not one of ours. */
export function keyStep(event: KeyboardEvent, fine: number, coarse = fine * 10): number | null {
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

/** Rounds away floating-point dust after repeated steps (0.1 + 0.2 shows as 0.3). */
export function tidy(value: number, step: number): number {
  const decimals = Math.max(0, Math.min(10, Math.ceil(-Math.log10(step)) + 1));
  return Number(value.toFixed(decimals));
}

export interface DragCallbacks {
  /** Called on every move with the horizontal and vertical distance from the start, in px. */
  move(dx: number, dy: number, event: PointerEvent): void;
  /** Called once when the pointer is released or the drag is cancelled. */
  end(moved: boolean): void;
}

/**
 * Starts a pointer drag from a pointerdown: captures the pointer so the drag continues outside
 * the target, and removes its listeners when done (no document listeners are left behind).
 */
export function startDrag(down: PointerEvent, callbacks: DragCallbacks): void {
  const target = down.currentTarget as Element | null;
  if (!target) return;
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
  const onEnd = (event: Event): void => {
    if ((event as PointerEvent).pointerId !== down.pointerId) return;
    target.removeEventListener('pointermove', onMove);
    target.removeEventListener('pointerup', onEnd);
    target.removeEventListener('pointercancel', onEnd);
    callbacks.end(moved);
  };
  target.addEventListener('pointermove', onMove);
  target.addEventListener('pointerup', onEnd);
  target.addEventListener('pointercancel', onEnd);
}
