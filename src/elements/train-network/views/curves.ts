import { svg, html, type TemplateResult } from 'lit';
import './curves.messages.js';
import type { Localizer } from '../../../internal/localizer.js';
import type { TrainModel } from '../train-network-model.js';

/** Training and test loss per epoch, on one shared scale from 0 to the largest loss seen. */

const W = 240;
const H = 90;

function polyline(
  values: readonly number[],
  epochs: readonly number[],
  top: number,
  last: number,
): string {
  return values
    .map((v, k) => {
      const x = last === 0 ? 0 : (epochs[k] / last) * W;
      const y = H - (Math.min(v, top) / top) * (H - 4);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/**
 * The most epochs drawn: one every two units of the 240-unit width. A longer history is drawn
 * every so many epochs (the last always), so a redraw while training plays has a bounded line to
 * lay out.
 */
const MOST_POINTS = 120;

export function renderCurves(l10n: Localizer, model: TrainModel): TemplateResult {
  const all = model.training.history;
  const every = Math.ceil(all.length / MOST_POINTS);
  const history = every > 1 ? all.filter((_, k) => k % every === 0 || k === all.length - 1) : all;
  const epochs = history.map((r) => r.epoch);
  const train = history.map((r) => r.trainLoss);
  const test = history.map((r) => r.testLoss);
  // The scale from every epoch, drawn or not: a peak left out still sets it.
  let top = 1e-9;
  for (const record of all) top = Math.max(top, record.trainLoss, record.testLoss);
  const last = epochs[epochs.length - 1] ?? 0;
  const name = l10n.t('train-network.curves.name', {
    train: l10n.number(model.training.trainLoss),
    test: l10n.number(model.training.testLoss),
  });
  return html`<figure class="curves">
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${name} preserveAspectRatio="none">
      ${svg`<line class="axis" x1="0" y1=${H} x2=${W} y2=${H}></line>
        <polyline class="train" points=${polyline(train, epochs, top, last)}></polyline>
        <polyline class="test" points=${polyline(test, epochs, top, last)}></polyline>`}
    </svg>
    <figcaption class="legend">
      <span class="key"
        ><span class="swatch train" aria-hidden="true"></span
        >${l10n.t('train-network.curves.train')}</span
      >
      <span class="key"
        ><span class="swatch test" aria-hidden="true"></span
        >${l10n.t('train-network.curves.test')}</span
      >
    </figcaption>
  </figure>`;
}
