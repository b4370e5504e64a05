import { toCanvas, type CursorPlace } from './draw-plane.js';

/**
 * The plane's keyboard cursor, a cross in a ring drawn over the points in the line colour. It
 * shows only while the plane has the keyboard focus, which the reader's code (reader-handlers.ts)
 * notes: so it comes with that code, after the first paint (views/later.ts).
 */
export function drawCursor(
  { context, side, r }: CursorPlace,
  cursor: { readonly x: number; readonly y: number },
  line: string,
): void {
  const x = toCanvas(cursor.x, side);
  const y = side - toCanvas(cursor.y, side);
  context.strokeStyle = line;
  context.lineWidth = Math.max(1.5, side / 200);
  context.beginPath();
  context.moveTo(x - 3 * r, y);
  context.lineTo(x + 3 * r, y);
  context.moveTo(x, y - 3 * r);
  context.lineTo(x, y + 3 * r);
  context.stroke();
  context.beginPath();
  context.arc(x, y, 1.8 * r, 0, 2 * Math.PI);
  context.stroke();
}
