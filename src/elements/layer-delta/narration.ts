import { withSign } from '../../internal/format.js';
import type { Localizer } from '../../internal/localizer.js';
import './messages.js';

/**
 * Names and sentences for labels, the readout and the live region, DOM-free, in the reader's
 * language. Layers are counted as in `sizes`: 0 is the input, the last is the output, the ones
 * between are hidden 1, hidden 2, ...
 */

/** Subscript digits for symbols in running text: W₂, δ₃. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
}

export function layerName(l10n: Localizer, layer: number, layerCount: number): string {
  if (layer === 0) return l10n.t('layer-delta.layer.input');
  if (layer === layerCount - 1) return l10n.t('layer-delta.layer.output');
  return l10n.t('layer-delta.layer.hidden', { number: layer });
}

/** A short column heading: x, h1, h2, ..., out. */
export function layerHeading(l10n: Localizer, layer: number, layerCount: number): string {
  if (layer === 0) return 'x';
  if (layer === layerCount - 1) return l10n.t('layer-delta.heading.output');
  return l10n.t('layer-delta.heading.hidden', { number: layer });
}

/**
 * Each Localizer's unit names, made once: a moved weight re-labels a layer's worth of units and
 * names its weight three times (the editor, the readout, the live region), and a name never
 * changes with the numbers. A page's `addMessages` gives the element a new Localizer.
 */
const unitNames = new WeakMap<Localizer, Map<number, string>>();

export function unitName(l10n: Localizer, layer: number, unit: number, layerCount: number): string {
  let names = unitNames.get(l10n);
  if (!names) {
    names = new Map();
    unitNames.set(l10n, names);
  }
  // Unique: a network has at most 6 layers of 16 units (config.ts).
  const key = (layerCount * 64 + layer) * 1024 + unit;
  let name = names.get(key);
  if (name === undefined) {
    name = l10n.t('layer-delta.unit', {
      layer: layerName(l10n, layer, layerCount),
      number: unit + 1,
    });
    names.set(key, name);
  }
  return name;
}

/** Two significant digits, so small deltas keep their size: 0.021, −0.0098, 1.3. */
export function short(l10n: Localizer, value: number): string {
  if (!Number.isFinite(value)) return l10n.number(value);
  return l10n.number(Number(value.toPrecision(2)), 6);
}

/** Like `signed`, with two significant digits. */
export function signedShort(l10n: Localizer, value: number): string {
  return withSign(value, short(l10n, value));
}

/** A unit's accessible name: its name and numbers, without instructions. */
export function unitLabel(
  l10n: Localizer,
  options: {
    layer: number;
    unit: number;
    layerCount: number;
    activation: number;
    delta: number | null;
  },
): string {
  const { layer, unit, layerCount, activation, delta } = options;
  const name = unitName(l10n, layer, unit, layerCount);
  if (layer === 0)
    return l10n.t('layer-delta.unitLabel.input', { unit: name, value: l10n.spoken(activation) });
  if (delta === null)
    return l10n.t('layer-delta.unitLabel.pending', {
      unit: name,
      activation: l10n.spoken(activation),
    });
  return l10n.t('layer-delta.unitLabel.delta', {
    unit: name,
    activation: l10n.spoken(activation),
    delta: l10n.spoken(delta),
  });
}

export function weightName(
  l10n: Localizer,
  layer: number,
  row: number,
  column: number,
  layerCount: number,
): string {
  return l10n.t('layer-delta.weight', {
    from: unitName(l10n, layer - 1, column, layerCount),
    to: unitName(l10n, layer, row, layerCount),
  });
}
