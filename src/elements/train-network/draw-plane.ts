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
 * with their marker shapes plus the keyboard cursor on a canvas above it.
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
const toCanvas = (value: number, side: number): number => ((value + DOMAIN) / (2 * DOMAIN)) * side;

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

export function drawPoints(
  canvas: HTMLCanvasElement,
  points: readonly PlacedPoint[],
  cursor: { x: number; y: number } | null,
  style: PointStyle,
): void {
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
  if (cursor) {
    const x = toCanvas(cursor.x, side);
    const y = side - toCanvas(cursor.y, side);
    context.strokeStyle = style.line;
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
}
