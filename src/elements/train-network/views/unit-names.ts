/**
 * A unit's name in words ("input x₁", "layer 1 unit 2", "output 1"), for the gradient panel and
 * the question, which both come after the first paint: the drawing itself names no unit.
 */
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';
import { FEATURE_TEXT } from './network.js';
import './unit-names.messages.js';

export function unitName(l10n: Localizer, model: TrainModel, layer: number, unit: number): string {
  const layers = model.training.network.sizes.length;
  if (layer === 0)
    return l10n.t('train-network.unit.input', {
      feature: FEATURE_TEXT[model.setup.features[unit]],
    });
  if (layer === layers - 1) return l10n.t('train-network.unit.output', { unit: unit + 1 });
  return l10n.t('train-network.unit.hidden', { layer, unit: unit + 1 });
}
