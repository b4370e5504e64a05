import { softmax } from '../softmax.js';
import { featureVector, type Feature } from './features.js';
import { activationValue, type TrainableNetwork } from './network.js';

/**
 * The forward pass for drawing, many times over (the heatmap's 2,500 cells, the thumbnails'
 * grids): the same numbers as `networkForward`, written into buffers made once per network
 * instead of new arrays per layer and per point, since a drawing runs it thousands of times a
 * second while the reader watches training. Returns the activations of every layer after the
 * input, `a[l][i]`; the buffers are overwritten by the next call, so read them before it.
 */
export class GridForward {
  private readonly a: Float64Array[];

  constructor(
    private readonly network: TrainableNetwork,
    private readonly features: readonly Feature[],
  ) {
    this.a = network.sizes.slice(1).map((units) => new Float64Array(units));
  }

  /** Activations at the plane point (x₁, x₂). */
  at(x1: number, x2: number): readonly Float64Array[] {
    const { weights, biases, activation, output } = this.network;
    const layers = weights.length;
    let previous: ArrayLike<number> = featureVector(this.features, x1, x2);
    for (let l = 0; l < layers; l++) {
      const matrix = weights[l];
      const out = this.a[l];
      for (let i = 0; i < matrix.length; i++) {
        const row = matrix[i];
        let sum = biases[l][i];
        for (let j = 0; j < row.length; j++) sum += row[j] * previous[j];
        out[i] = sum;
      }
      if (l < layers - 1)
        for (let i = 0; i < out.length; i++) out[i] = activationValue(activation, out[i]);
      else if (output === 'binary') out[0] = activationValue('sigmoid', out[0]);
      else if (output === 'softmax') out.set(softmax(Array.from(out)));
      previous = out;
    }
    return this.a;
  }
}
