import { featureVector, networkForward, predictedClass } from '../../core/index.js';
import { cellCentre } from './heatmap.js';
import { isRegression, type TrainModel } from './train-network-model.js';

/**
 * The decision boundary in words, DOM-free: the model's prediction at the centres of a coarse
 * 10 × 10 grid over the plane, for the table a screen reader asks for (the heatmap's text
 * alternative). Rows from the top (x₂ largest) down, columns from the left.
 */

export const GRID_SIZE = 10;

export interface PredictionGrid {
  /** x₁ at each column's centre, left to right. */
  readonly xs: readonly number[];
  /** x₂ at each row's centre, top to bottom. */
  readonly ys: readonly number[];
  /** `cells[row][col]`: the predicted class (from 0), or the predicted value for regression. */
  readonly cells: readonly (readonly number[])[];
  readonly regression: boolean;
}

export function predictionGrid(model: TrainModel, size = GRID_SIZE): PredictionGrid {
  const { network } = model.training;
  const regression = isRegression(model);
  const xs = Array.from({ length: size }, (_, col) => cellCentre(col, 0, size).x);
  const ys = Array.from({ length: size }, (_, row) => cellCentre(0, row, size).y);
  const cells = ys.map((y) =>
    xs.map((x) => {
      const pass = networkForward(network, featureVector(model.setup.features, x, y));
      return regression ? pass.a[pass.a.length - 1][0] : predictedClass(network, pass);
    }),
  );
  return { xs, ys, cells, regression };
}
