import { apply, backward, constant, variable, type GradNode } from '../../../src/core/index.js';

/**
 * The same dense network built from scalar GradNodes (one node per multiply and add), so the
 * element's layer-wise deltas can be checked against plain reverse-mode autodiff.
 */
export interface ScalarNetwork {
  loss: number;
  /** dL/dz per layer after the input, like the element's `deltas`. */
  deltas: number[][];
  /** dL/dW, like the element's `weightGradients`. */
  weightGradients: number[][][];
  activations: number[][];
}

export function scalarNetwork(options: {
  weights: number[][][];
  biases: number[][];
  x: number[];
  y: number[];
  activation: 'sigmoid' | 'tanh' | 'relu';
  loss: 'bce' | 'mse';
}): ScalarNetwork {
  const { weights, biases, x, y, activation, loss } = options;
  const weightNodes = weights.map((matrix, l) =>
    matrix.map((row, i) => row.map((w, j) => variable(`w${l}_${i}_${j}`, w))),
  );
  let previous: GradNode[] = x.map((value, j) => variable(`x${j}`, value));
  const zNodes: GradNode[][] = [];
  const aNodes: GradNode[][] = [];
  weights.forEach((matrix, l) => {
    const last = l === weights.length - 1;
    const act = last && loss === 'bce' ? 'sigmoid' : activation;
    const z = matrix.map((row, i) => {
      let sum: GradNode = variable(`b${l}_${i}`, biases[l][i]);
      row.forEach((_, j) => {
        sum = apply('add', sum, apply('mul', weightNodes[l][i][j], previous[j]));
      });
      return sum;
    });
    const a = z.map((node) => apply(act, node));
    zNodes.push(z);
    aNodes.push(a);
    previous = a;
  });
  const terms = previous.map((a, i) => apply(loss, a, constant(y[i])));
  const total = terms.reduce((sum, term) => apply('add', sum, term));
  backward(total);
  return {
    loss: total.value,
    deltas: zNodes.map((layer) => layer.map((node) => node.grad)),
    weightGradients: weightNodes.map((matrix) => matrix.map((row) => row.map((w) => w.grad))),
    activations: aNodes.map((layer) => layer.map((node) => node.value)),
  };
}
