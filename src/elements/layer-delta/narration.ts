import type { Loss } from '../../core/index.js';
import { formatNumber, spokenNumber } from '../../internal/format.js';

/**
 * Names and sentences for labels and the live region, DOM-free. Layers are counted as in
 * `sizes`: 0 is the input, the last is the output, the ones between are hidden 1, hidden 2, ...
 */

export function layerName(layer: number, layerCount: number): string {
  if (layer === 0) return 'input';
  if (layer === layerCount - 1) return 'output';
  return `hidden ${layer}`;
}

/** A short column heading: x, h1, h2, ..., out. */
export function layerHeading(layer: number, layerCount: number): string {
  if (layer === 0) return 'x';
  if (layer === layerCount - 1) return 'out';
  return `h${layer}`;
}

export function unitName(layer: number, unit: number, layerCount: number): string {
  return `${layerName(layer, layerCount)} unit ${unit + 1}`;
}

/** Two significant digits, so small deltas keep their size: 0.021, −0.0098, 1.3. */
export function short(value: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  return formatNumber(Number(value.toPrecision(2)), 6);
}

/** Like `signed`, with two significant digits. */
export function signedShort(value: number): string {
  const text = short(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

export function spokenList(values: readonly number[]): string {
  return values.map((v) => spokenNumber(v)).join(', ');
}

export function unitLabel(options: {
  layer: number;
  unit: number;
  layerCount: number;
  activation: number;
  delta: number | null;
}): string {
  const { layer, unit, layerCount, activation, delta } = options;
  const name = unitName(layer, unit, layerCount);
  const value =
    layer === 0 ? `value ${spokenNumber(activation)}` : `activation ${spokenNumber(activation)}`;
  if (layer === 0) return `${name}, ${value}`;
  const deltaText = delta === null ? 'delta not computed yet' : `delta ${spokenNumber(delta)}`;
  return `${name}, ${value}, ${deltaText}`;
}

export function weightName(layer: number, row: number, column: number, layerCount: number): string {
  return `weight from ${unitName(layer - 1, column, layerCount)} to ${unitName(layer, row, layerCount)}`;
}

/** "weight from … is 0.6; its gradient is −0.02: delta −0.1 times input 0.2". */
export function weightSentence(options: {
  layer: number;
  row: number;
  column: number;
  layerCount: number;
  weight: number;
  gradient: number | null;
  delta: number;
  layerInput: number;
}): string {
  const { layer, row, column, layerCount, weight, gradient, delta, layerInput } = options;
  const start = `${weightName(layer, row, column, layerCount)} is ${spokenNumber(weight)}`;
  if (gradient === null)
    return `${start}; its gradient appears once the backward pass reaches ${layerName(layer, layerCount)}`;
  return `${start}; its gradient is ${spokenNumber(gradient)}: delta ${spokenNumber(delta)} times input ${spokenNumber(layerInput)}`;
}

export function stepSentence(options: {
  layer: number;
  layerCount: number;
  deltas: readonly number[];
  loss: Loss;
}): string {
  const { layer, layerCount, deltas, loss } = options;
  const name = layerName(layer, layerCount);
  const values = spokenList(deltas);
  const incoming = `W${layer}`;
  if (layer === layerCount - 1) {
    const rule = loss === 'bce' ? 'a minus y' : 'two times a minus y, times f prime of z';
    return `Output layer: delta is ${rule}: ${values}. Gradients of ${incoming} are delta times the layer input.`;
  }
  return `${name[0].toUpperCase()}${name.slice(1)}: deltas passed back through W${layer + 1} transposed and multiplied by f prime of z: ${values}. Gradients of ${incoming} are ready.`;
}
