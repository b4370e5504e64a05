import { expect } from '@open-wc/testing';
import {
  createTrainNetwork,
  featureVector,
  FEATURES,
  GridForward,
  networkForward,
  TRAIN_ACTIVATIONS,
  type OutputKind,
} from '../../../src/core/training/index.js';

/** The drawing's forward pass gives the training's numbers, for every activation and output. */
describe('GridForward', () => {
  const outputs: [OutputKind, number][] = [
    ['binary', 1],
    ['softmax', 3],
    ['regression', 1],
  ];
  for (const activation of TRAIN_ACTIVATIONS)
    for (const [output, units] of outputs)
      it(`matches networkForward: ${activation}, ${output}`, () => {
        const features = [...FEATURES];
        const network = createTrainNetwork({
          sizes: [features.length, 5, 4, units],
          activation,
          output,
          seed: 11,
        });
        const forward = new GridForward(network, features);
        for (const [x, y] of [
          [0, 0],
          [-4.5, 2.25],
          [3.1, -5.9],
          [6, 6],
        ]) {
          const expected = networkForward(network, featureVector(features, x, y)).a;
          const got = forward.at(x, y).map((layer) => Array.from(layer));
          got.forEach((layer, l) =>
            layer.forEach((value, i) => expect(value).to.be.closeTo(expected[l][i], 1e-14)),
          );
        }
      });
});
