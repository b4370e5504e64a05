import type { Localizer } from '../../internal/localizer.js';
import { isRevealed, layerCount, weightAt, type LayerDeltaModel } from './layer-delta-model.js';
import { isolate, unitName, weightName } from './narration.js';

/**
 * The line under the diagram, DOM-free: the focused unit's or the chosen connection's numbers,
 * made when shown so they follow every edit and the reader's language. Numbers are isolated
 * left to right.
 */
export function readoutText(l10n: Localizer, model: LayerDeltaModel): string | null {
  const readout = model.readout;
  if (!readout) return null;
  const count = layerCount(model);
  const n = (value: number): string => isolate(l10n.number(value));
  const s = (value: number): string => isolate(l10n.signed(value));
  if (readout.kind === 'unit') {
    const { layer, unit } = readout;
    const name = unitName(l10n, layer, unit, count);
    if (layer === 0)
      return l10n.t('layer-delta.readout.input', { unit: name, x: n(model.input[unit]) });
    const k = layer - 1;
    const numbers = { unit: name, a: n(model.cache.a[k][unit]), slope: n(model.slopes[k][unit]) };
    return isRevealed(model, layer)
      ? l10n.t('layer-delta.readout.unit', { ...numbers, delta: s(model.result.deltas[k][unit]) })
      : l10n.t('layer-delta.readout.unitPending', numbers);
  }
  const { ref } = readout;
  const k = ref.layer - 1;
  const numbers = {
    weight: weightName(l10n, ref.layer, ref.row, ref.column, count),
    w: s(weightAt(model, ref)),
  };
  return isRevealed(model, ref.layer)
    ? l10n.t('layer-delta.readout.weight', {
        ...numbers,
        gradient: s(model.result.weightGradients[k][ref.row][ref.column]),
      })
    : l10n.t('layer-delta.readout.weightPending', numbers);
}
