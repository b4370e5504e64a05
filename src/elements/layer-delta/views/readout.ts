import { html, type TemplateResult } from 'lit';
import { messageParts, type Localizer } from '../../../internal/localizer.js';
import { isRevealed, layerCount, weightAt, type LayerDeltaModel } from '../layer-delta-model.js';
import { unitName, weightName } from '../narration.js';
import './readout.messages.js';

/** A number in running text, in a left-to-right span: "−0.5" keeps its minus in front. */
const ltr = (text: string): TemplateResult => html`<span class="ltr">${text}</span>`;

/**
 * The line under the diagram (a chunk of its own, with its words: views/network.ts loads it when
 * the page is idle, or when the reader first focuses a unit): the focused unit's or the chosen connection's numbers, made when
 * shown so they follow every edit and the reader's language; null when nothing is focused.
 */
export function renderReadout(
  l10n: Localizer,
  model: LayerDeltaModel,
): (TemplateResult | string)[] | null {
  const readout = model.readout;
  if (!readout) return null;
  const count = layerCount(model);
  const n = (value: number): TemplateResult => ltr(l10n.number(value));
  const s = (value: number): TemplateResult => ltr(l10n.signed(value));
  if (readout.kind === 'unit') {
    const { layer, unit } = readout;
    const name = unitName(l10n, layer, unit, count);
    if (layer === 0)
      return messageParts(l10n, 'layer-delta.readout.input', {
        unit: name,
        x: n(model.input[unit]),
      });
    const k = layer - 1;
    const numbers = { unit: name, a: n(model.cache.a[k][unit]), slope: n(model.slopes[k][unit]) };
    return isRevealed(model, layer)
      ? messageParts(l10n, 'layer-delta.readout.unit', {
          ...numbers,
          delta: s(model.result.deltas[k][unit]),
        })
      : messageParts(l10n, 'layer-delta.readout.unitPending', numbers);
  }
  const { ref } = readout;
  const k = ref.layer - 1;
  const numbers = {
    weight: weightName(l10n, ref.layer, ref.row, ref.column, count),
    w: s(weightAt(model, ref)),
  };
  return isRevealed(model, ref.layer)
    ? messageParts(l10n, 'layer-delta.readout.weight', {
        ...numbers,
        gradient: s(model.result.weightGradients[k][ref.row][ref.column]),
      })
    : messageParts(l10n, 'layer-delta.readout.weightPending', numbers);
}
