import { countOps, type OpCounts } from '../../core/index.js';

/**
 * The efficiency chart's data, DOM-free: multiply-adds of the forward pass, the backward pass
 * with reuse, and the naive per-weight recomputation, as every hidden layer widens.
 */

export const CHART_WIDTHS = [1, 2, 4, 8, 16, 32, 64, 128];

export interface WidthPoint extends OpCounts {
  width: number;
}

/** The current sizes with every hidden layer set to `width` (input and output kept). */
export function withHiddenWidth(sizes: readonly number[], width: number): number[] {
  return sizes.map((n, l) => (l === 0 || l === sizes.length - 1 ? n : width));
}

export function widthSeries(sizes: readonly number[], widths = CHART_WIDTHS): WidthPoint[] {
  return widths.map((width) => ({ width, ...countOps(withHiddenWidth(sizes, width)) }));
}

/** The widest hidden layer: where the current network sits on the chart's x axis. */
export function currentHiddenWidth(sizes: readonly number[]): number {
  return Math.max(...sizes.slice(1, -1));
}

export interface ChartScale {
  x(width: number): number;
  y(count: number): number;
  /** Powers of ten covered by the y axis, bottom first. */
  yTicks: number[];
  xTicks: number[];
}

export interface ChartBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Log-2 x axis over the widths, log-10 y axis from 1 to the next power of ten above the data. */
export function chartScale(points: readonly WidthPoint[], box: ChartBox): ChartScale {
  const widths = points.map((p) => p.width);
  const minW = Math.log2(Math.min(...widths));
  const maxW = Math.log2(Math.max(...widths));
  const highest = Math.max(1, ...points.map((p) => p.naive));
  const topPower = Math.max(1, Math.ceil(Math.log10(highest)));
  const x = (width: number): number =>
    box.left + ((Math.log2(width) - minW) / (maxW - minW || 1)) * (box.right - box.left);
  const y = (count: number): number =>
    box.bottom - (Math.log10(Math.max(1, count)) / topPower) * (box.bottom - box.top);
  const every = topPower > 6 ? 2 : 1;
  const yTicks: number[] = [];
  for (let power = 0; power <= topPower; power += every) yTicks.push(10 ** power);
  return { x, y, yTicks, xTicks: widths.filter((_, i) => i % 2 === 0 || widths.length <= 5) };
}

/** How a number is written: the reader's style (Localizer.number), plain English by default. */
type NumberText = (value: number) => string;
const plain: NumberText = (value) => String(value);

/** 1, 10, 100, 1k, 10k, 1M, ...: short labels for a log axis. */
export function compactCount(value: number, write: NumberText = plain): string {
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (value >= size) return `${write(Number((value / size).toPrecision(3)))}${suffix}`;
  }
  return write(Math.round(value));
}

/** "1.7×": how many times `count` is `reference`, for the panel's comparison column. */
export function ratioText(count: number, reference: number, write: NumberText = plain): string {
  if (!(reference > 0)) return '—';
  const ratio = count / reference;
  return `${write(ratio >= 100 ? Math.round(ratio) : Number(ratio.toPrecision(2)))}×`;
}

/** Whole counts in each language met so far, with English's rule written out (`countText`). */
const countFormats = new Map<string, (count: number) => string>([
  ['en', (count) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')],
]);

/**
 * A whole count with every digit, grouped as the language groups whole numbers (1,919 in
 * English, 1919 but 13.104 in Spanish), in Latin digits. English's rule is written here, not
 * asked of an Intl.NumberFormat: a page's first one loads the browser's number data, 50 to 150 ms
 * of a phone's main thread, which an English page (whose other numbers need no Intl) never pays.
 */
export function countText(count: number, lang: string): string {
  let format = countFormats.get(lang);
  if (!format) {
    const numbers = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
    format = (value) => numbers.format(value);
    countFormats.set(lang, format);
  }
  return format(count);
}
