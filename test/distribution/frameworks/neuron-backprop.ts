/** The framework tests' part for <neuron-backprop> (see checks.ts). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sigmoid } from '../../../src/core/scalar-math.js';
import type { NeuronBackprop } from '../../../src/elements/neuron-backprop/neuron-backprop.js';
import type { FrameworkChecks } from './checks.js';
import { near, only } from './controls.js';

export const tag = 'neuron-backprop';

export const expectProps: FrameworkChecks['expectProps'] = (element, props) => {
  const neuron = element as NeuronBackprop;
  const [x, w, b, y] = [props.x, props.w, props.b, props.y].map(Number);
  for (const [name, expected] of Object.entries({ x, w, b, y })) {
    expect(neuron[name as 'x'], name).to.equal(expected);
  }
  expect(neuron.wrt).to.equal(props.wrt);
  expect(neuron.learningRate).to.equal(Number(props.learningRate));
  const z = w * x + b;
  const a = sigmoid(z);
  near(neuron.z, z);
  near(neuron.a, a);
  near(neuron.loss, -(y * Math.log(a) + (1 - y) * Math.log(1 - a)));
  near(neuron.gradients.w, (a - y) * x);
  near(neuron.gradients.b, a - y);
};

export const use: FrameworkChecks['use'] = async (element) => {
  only(element, 'input[type="range"], [role="slider"]').focus();
  await sendKeys({ press: 'ArrowRight' });
};
