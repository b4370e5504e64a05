import { DOMAIN } from '../../core/index.js';
import {
  CLASS_COLOURS,
  cssColour,
  MARKER_POLYGONS,
  markerOf,
  regressionColour,
  type Marker,
} from './palette.js';
import type { PlacedPoint } from './train-network-model.js';

/**
 * The two canvases of the plane, drawn imperatively (hundreds of markers and 2,500 cells are
 * cheaper as pixels than as DOM): the heatmap from bytes computed in heatmap.ts, and the points
 * with their marker shapes on a canvas above it, where the keyboard cursor goes too
 * (draw-cursor.ts).
 */

export function drawHeatmap(
  canvas: HTMLCanvasElement,
  pixels: Uint8ClampedArray,
  size: number,
): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  if (canvas.width !== size) canvas.width = canvas.height = size;
  context.putImageData(new ImageData(pixels as Uint8ClampedArray<ArrayBuffer>, size, size), 0, 0);
}

/** Canvas pixels per data unit for a canvas `side` pixels wide. */
export const toCanvas = (value: number, side: number): number =>
  ((value + DOMAIN) / (2 * DOMAIN)) * side;

function markerPath(
  context: CanvasRenderingContext2D,
  marker: Marker,
  x: number,
  y: number,
  r: number,
): void {
  context.beginPath();
  if (marker === 'circle') context.arc(x, y, r, 0, 2 * Math.PI);
  else {
    // The first lineTo of a path starts it.
    const polygon = MARKER_POLYGONS[marker];
    for (let k = 0; k < polygon.length; k += 2)
      context.lineTo(x + polygon[k] * r, y + polygon[k + 1] * r);
    context.closePath();
  }
}

export interface PointStyle {
  /** The line colour (the theme's foreground), as CSS. */
  readonly line: string;
  readonly background: string;
  readonly regression: boolean;
  /** Device pixels per CSS pixel. */
  readonly scale: number;
}

/** Where the keyboard cursor is drawn: on `context`, a canvas `side` pixels wide. */
export interface CursorPlace {
  readonly context: CanvasRenderingContext2D;
  readonly side: number;
  /** The markers' radius, which the cursor's size follows. */
  readonly r: number;
}

/** The points; answers where the keyboard cursor goes over them (draw-cursor.ts draws it). */
export function drawPoints(
  canvas: HTMLCanvasElement,
  points: readonly PlacedPoint[],
  style: PointStyle,
): CursorPlace | undefined {
  const side = Math.max(1, Math.round(canvas.clientWidth * style.scale));
  if (canvas.width !== side) canvas.width = canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.clearRect(0, 0, side, side);
  const r = Math.max(2.5, side / 95);
  context.lineWidth = Math.max(1, side / 300);
  for (const point of points) {
    const x = toCanvas(point.x, side);
    const y = side - toCanvas(point.y, side);
    const colour = style.regression
      ? cssColour(regressionColour(point.label).colour)
      : cssColour(CLASS_COLOURS[point.label % CLASS_COLOURS.length]);
    markerPath(context, style.regression ? 'circle' : markerOf(point.label), x, y, r);
    // Training points filled; test points outlined in their colour on the background.
    context.fillStyle = point.test ? style.background : colour;
    context.fill();
    context.strokeStyle = point.test ? colour : style.line;
    context.lineWidth = point.test ? Math.max(1.5, side / 180) : Math.max(1, side / 400);
    context.stroke();
  }
  return { context, side, r };
}
