/**
 * A variable's node as a slider: the value an arrow key asks for, and a sideways drag reported
 * as values. The element decides what a value does; this only reads the keys and the pointer.
 */
import type { GradNode } from '../../core/index.js';
import { keyStep, startDrag, tidy } from '../../internal/interaction.js';

/** Keyboard steps for a focused variable: arrows, and Shift or PageUp/PageDown for coarse. */
const FINE_STEP = 0.1;
const COARSE_STEP = 1;
/** Value change per pixel of sideways drag. */
const DRAG_PER_PIXEL = 0.02;

/** The value an arrow or Page key asks a variable for (the event's default prevented), or null. */
export function keyedValue(node: GradNode, event: KeyboardEvent): number | null {
  if (node.op !== 'var') return null;
  const delta = keyStep(event, FINE_STEP, COARSE_STEP);
  if (delta === null) return null;
  event.preventDefault();
  return tidy(node.value + delta, FINE_STEP);
}

export interface DragReport {
  /** Each new value while the pointer moves. */
  move(value: number): void;
  /** The last value, once, when a drag that changed something ends. */
  end(value: number): void;
}

/** Follows a sideways drag that starts on a variable (main button only). */
export function dragVariable(node: GradNode, event: PointerEvent, report: DragReport): void {
  if (event.button !== 0 || node.op !== 'var') return;
  const start = node.value;
  let last = start;
  startDrag(event, {
    move: (dx) => {
      const next = tidy(start + dx * DRAG_PER_PIXEL, 0.01);
      if (next === last) return;
      last = next;
      report.move(next);
    },
    end: (moved) => {
      if (moved && last !== start) report.end(last);
    },
  });
}
