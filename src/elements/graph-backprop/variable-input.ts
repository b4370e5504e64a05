/**
 * A variable's node as a slider: a sideways drag reported as values (the value a key asks for is
 * variable-keys.ts). The element decides what a value does; this only reads the pointer.
 */
import type { ReactiveControllerHost } from 'lit';
import type { GradNode } from '../../core/index.js';
import { startDrag, tidy, toSvgPoint } from '../../internal/interaction.js';
import { DragHold } from '../../internal/lifecycle.js';

/** Keyboard steps for a focused variable: arrows, and Shift or PageUp/PageDown for coarse. */
export const FINE_STEP = 0.1;
export const COARSE_STEP = 1;
/** Value change per SVG unit (a pixel at full size) of sideways drag. */
const DRAG_PER_UNIT = 0.02;

export interface DragReport {
  /** Each new value while the pointer moves. */
  move(value: number): void;
  /** The last value, once, when a drag that changed something ends. */
  end(value: number): void;
}

/**
 * Follows a sideways drag that starts on a variable (main button only), measured in the
 * drawing's own units through every transform on the page (a rotated or scaled container).
 * Returns the function that ends it now, or null when no drag started.
 */
export function dragVariable(
  node: GradNode,
  event: PointerEvent,
  report: DragReport,
): (() => void) | null {
  if (event.button !== 0 || node.op !== 'var') return null;
  const svg = (event.currentTarget as SVGElement | null)?.ownerSVGElement;
  if (!svg) return null;
  const start = node.value;
  const origin = toSvgPoint(svg, event.clientX, event.clientY);
  let last = start;
  return startDrag(event, {
    move: (_dx, _dy, pointer) => {
      const at = toSvgPoint(svg, pointer.clientX, pointer.clientY);
      const next = tidy(start + (at.x - origin.x) * DRAG_PER_UNIT, 0.01);
      if (next === last) return;
      last = next;
      report.move(next);
    },
    end: (moved) => {
      if (moved && last !== start) report.end(last);
    },
  });
}

/**
 * The element's one drag at a time: a new drag ends the last, leaving the page ends it, and
 * the click the browser sends when a drag ends is told apart from a click that selects.
 */
export class VariableDrags {
  private readonly drag: DragHold;
  private dragged = false;

  constructor(host: ReactiveControllerHost) {
    this.drag = new DragHold(host);
  }

  start(node: GradNode, event: PointerEvent, report: DragReport): void {
    this.dragged = false;
    this.drag.end();
    const finish = dragVariable(node, event, {
      move: report.move,
      end: (value) => {
        this.dragged = true;
        report.end(value);
      },
    });
    this.drag.hold(finish);
  }

  /** Whether a click is the one that ends a drag (so not a selection); answers once. */
  endsDrag(): boolean {
    const dragged = this.dragged;
    this.dragged = false;
    return dragged;
  }
}
