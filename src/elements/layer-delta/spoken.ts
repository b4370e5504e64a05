/**
 * What `<layer-delta>`'s live region says after each thing the reader does, in the reader's
 * language and in words. A chunk of its own with its English (spoken.messages.ts): nothing is
 * said before the reader's first action, so it is fetched then, or sooner when the page is idle
 * (`announceFrom` in the base class), and the figure paints without it.
 */
import type { Loss } from '../../core/index.js';
import type { Localizer } from '../../internal/localizer.js';
import { layerName, weightName } from './narration.js';
import './spoken.messages.js';

export function spokenList(l10n: Localizer, values: readonly number[]): string {
  return values.map((v) => l10n.spoken(v)).join(', ');
}

/** "weight from … is 0.6; its gradient is −0.02: delta −0.1 times input 0.2". */
export function weightSentence(
  l10n: Localizer,
  options: {
    layer: number;
    row: number;
    column: number;
    layerCount: number;
    weight: number;
    gradient: number | null;
    delta: number;
    layerInput: number;
  },
): string {
  const { layer, row, column, layerCount, weight, gradient, delta, layerInput } = options;
  const name = weightName(l10n, layer, row, column, layerCount);
  if (gradient === null)
    return l10n.t('layer-delta.say.weightPending', {
      weight: name,
      value: l10n.spoken(weight),
      layer: layerName(l10n, layer, layerCount),
    });
  return l10n.t('layer-delta.say.weight', {
    weight: name,
    value: l10n.spoken(weight),
    gradient: l10n.spoken(gradient),
    delta: l10n.spoken(delta),
    input: l10n.spoken(layerInput),
  });
}

export function stepSentence(
  l10n: Localizer,
  options: { layer: number; layerCount: number; deltas: readonly number[]; loss: Loss },
): string {
  const { layer, layerCount, deltas, loss } = options;
  const values = spokenList(l10n, deltas);
  if (layer === layerCount - 1) {
    if (loss === 'mse') return l10n.t('layer-delta.say.outputMse', { deltas: values, layer });
    if (loss === 'ce') return l10n.t('layer-delta.say.outputCe', { deltas: values, layer });
    return l10n.t('layer-delta.say.outputBce', { deltas: values, layer });
  }
  return l10n.t('layer-delta.say.hidden', { number: layer, above: layer + 1, deltas: values });
}

export function resetSentence(l10n: Localizer): string {
  return l10n.t('layer-delta.say.reset');
}

/** A layer picked: its deltas, or that they are not computed yet (`deltas` null). */
export function selectedSentence(
  l10n: Localizer,
  layer: number,
  layerCount: number,
  deltas: readonly number[] | null,
): string {
  const name = layerName(l10n, layer, layerCount);
  return deltas
    ? l10n.t('layer-delta.say.selected', { layer: name, deltas: spokenList(l10n, deltas) })
    : l10n.t('layer-delta.say.selectedPending', { layer: name });
}

/** A committed x or y entry: its value, then the output and the loss. */
export function vectorSentence(
  l10n: Localizer,
  options: {
    field: 'x' | 'y';
    index: number;
    value: number;
    output: readonly number[];
    loss: number;
  },
): string {
  const { field, index, value, output, loss } = options;
  return l10n.t('layer-delta.say.vector', {
    field,
    index: index + 1,
    value: l10n.spoken(value),
    output: spokenList(l10n, output),
    loss: l10n.spoken(loss),
  });
}
