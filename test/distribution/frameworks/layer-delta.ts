/** The framework tests' part for <layer-delta> (see checks.ts). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backwardPass, createNetwork, forwardPass } from '../../../src/core/dense.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import type { FrameworkChecks } from './checks.js';
import { buttonNamed, near, numbers, only } from './controls.js';

export const tag = 'layer-delta';

export const expectProps: FrameworkChecks['expectProps'] = (element, props) => {
  const layer = element as LayerDelta;
  const sizes = numbers(props.sizes);
  expect([...layer.sizes]).to.deep.equal(sizes);
  expect(layer.activation).to.equal(props.activation);
  expect(layer.loss).to.equal(props.loss);
  expect(layer.seed).to.equal(Number(props.seed));
  expect([...(layer.x ?? [])]).to.deep.equal(numbers(props.x));
  expect([...(layer.y ?? [])]).to.deep.equal(numbers(props.y));
  expect(layer.weights).to.deep.equal(props.weights);
  expect(layer.biases).to.deep.equal(props.biases);
  const network = createNetwork({
    sizes,
    activation: props.activation as 'tanh',
    loss: props.loss as 'mse',
    seed: 1,
  });
  network.weights = props.weights as number[][][];
  network.biases = props.biases as number[][];
  const cache = forwardPass(network, numbers(props.x));
  const result = backwardPass(network, cache, numbers(props.y));
  // Nothing is asked, so no layer's δ is hidden (null).
  (layer.deltas as number[][]).flat().forEach((delta, i) => near(delta, result.deltas.flat()[i]));
  (layer.weightGradients as number[][][])
    .flat(2)
    .forEach((g, i) => near(g, result.weightGradients.flat(2)[i]));
};

export const use: FrameworkChecks['use'] = async (element, settled) => {
  // The layer picker: a toggle button that is not pressed yet.
  only(element, '[role="group"] button[aria-pressed="false"]').click();
  buttonNamed(element, /^step\b/i).click();
  const field = only<HTMLInputElement>(element, 'input[type="text"]');
  field.focus();
  field.select();
  await sendKeys({ type: '0.75' }); // x₁ is 0.5 in the last state: a new value
  await sendKeys({ press: 'Tab' });
  await settled();
};
