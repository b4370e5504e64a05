import { startDrag, toSvgPoint } from '../../internal/interaction.js';
import { roundWeight } from './layer-delta-model.js';

/** Weight change per CSS pixel dragged up. */
const DRAG_PER_PIXEL = 0.02;

/**
 * Drags a connection's weight up or down from a pointerdown on it. The distance is measured in
 * the drawing's own frame (through any rotation or scaling of the page) and in its CSS pixels,
 * so a drag means the same in a rotated container. Returns the function that ends the drag
 * (call it when the element leaves the page); `end` is called once, however the drag ends.
 */
export function dragWeight(
  down: PointerEvent,
  start: number,
  callbacks: { move(value: number): void; end(moved: boolean): void },
): () => void {
  // The pointer is pressed on the drawing's box (views/network.ts), which holds the units' SVG.
  const drawing =
    (down.currentTarget as Element | null)?.querySelector<SVGSVGElement>('svg.diagram') ?? null;
  const localY = (x: number, y: number): number => {
    if (!drawing) return y;
    const box = drawing.viewBox.baseVal;
    const pixels = box && box.height > 0 ? drawing.clientHeight / box.height : 1;
    return toSvgPoint(drawing, x, y).y * pixels;
  };
  const startY = localY(down.clientX, down.clientY);
  return startDrag(down, {
    move: (_dx, _dy, event) => {
      const dy = localY(event.clientX, event.clientY) - startY;
      callbacks.move(roundWeight(start - dy * DRAG_PER_PIXEL));
    },
    end: callbacks.end,
  });
}
