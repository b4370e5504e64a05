/**
 * The plane's description for screen readers, as the visually hidden elements views/plane.ts
 * puts under the plane: the keys it answers, and as its text alternative how many test points
 * of each class the model predicts right. It comes with the code of those keys, which follows the first paint
 * (views/later.ts) a moment after the figure paints.
 */
import { html, type TemplateResult } from 'lit';
import { GridForward, outputClass } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import { isRegression, type TrainModel } from '../train-network-model.js';
import './plane-description.messages.js';

/** What the keys do, and one sentence per class (none while playing or for regression). */
export function planeDescription(l10n: Localizer, model: TrainModel): TemplateResult {
  return html`<p id="plane-hint" class="visually-hidden">${l10n.t('train-network.plane.hint')}</p>
    <ul id="plane-summary" class="visually-hidden">
      ${classAccuracy(l10n, model).map((line) => html`<li>${line}</li>`)}
    </ul>`;
}

function classAccuracy(l10n: Localizer, model: TrainModel): string[] {
  // Computed on pause only: while playing the summary would be stale before it is read.
  if (isRegression(model) || model.playing) return [];
  const { classes } = model.setup;
  const { network } = model.training;
  const forward = new GridForward(network);
  const last = network.weights.length - 1;
  const right = new Array<number>(classes).fill(0);
  const total = new Array<number>(classes).fill(0);
  model.data.testInputs.forEach((input, k) => {
    const label = model.data.testLabels[k];
    total[label]++;
    if (outputClass(network, forward.run(input).a[last]) === label) right[label]++;
  });
  return total.map((count, c) =>
    l10n.t('train-network.classAccuracy', { number: c + 1, right: right[c], total: count }),
  );
}
