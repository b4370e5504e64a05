import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { GRID_SIZE, predictionGrid } from '../prediction-grid.js';
import type { TrainModel } from '../train-network-model.js';
import './prediction-table.messages.js';

export { predictionTableStyles as styles } from './prediction-table.styles.js';

/**
 * The heatmap in words: a table of the model's prediction at 10 × 10 points of the plane, the
 * class (or the value) in each cell, with the coordinates as row and column headers, so a screen
 * reader can walk the decision boundary cell by cell. Drawn from the model on each render, so it
 * follows training. A view loaded on first use (prediction-slot.ts), with its English beside it.
 */

export function renderPredictionTable(l10n: Localizer, model: TrainModel): TemplateResult {
  const grid = predictionGrid(model);
  const coordinate = (v: number) => l10n.number(Number(v.toFixed(1)));
  const cell = (value: number) =>
    grid.regression
      ? l10n.signed(Number(value.toFixed(1)))
      : l10n.t('train-network.class', { number: value + 1 });
  const caption = l10n.t(
    grid.regression ? 'train-network.grid.captionRegression' : 'train-network.grid.caption',
    { count: GRID_SIZE, top: coordinate(grid.ys[0]), left: coordinate(grid.xs[0]) },
  );
  return html`<div class="grid-scroll">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <td></td>
          ${grid.xs.map(
            (x) =>
              html`<th scope="col">
                ${l10n.t('train-network.grid.x1', { value: coordinate(x) })}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${grid.cells.map(
          (row, r) =>
            html`<tr>
              <th scope="row">
                ${l10n.t('train-network.grid.x2', { value: coordinate(grid.ys[r]) })}
              </th>
              ${row.map((value) => html`<td class=${grid.regression ? '' : `c${value}`}>${cell(value)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
