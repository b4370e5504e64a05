/** The framework tests' part for <train-network> (see checks.ts). */
import { expect, waitUntil } from '@open-wc/testing';
import {
  featureVector,
  networkForward,
  predictedClass,
  splitPoints,
  type Feature,
  type Point,
  type TrainableNetwork,
} from '../../../src/core/index.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';
import type { FrameworkChecks } from './checks.js';
import { buttonNamed, near, numbers, only } from './controls.js';

export const tag = 'train-network';

/** Points as an app may hold them: an array of `{ x, y, label }`, or `x y label; …` text. */
function pointsOf(value: unknown): Point[] {
  if (typeof value !== 'string') return value as Point[];
  return value.split(';').map((entry) => {
    const [x, y, label] = numbers(entry);
    return { x, y, label };
  });
}

const featuresOf = (value: unknown): string[] =>
  typeof value === 'string' ? value.trim().split(/\s+/) : (value as string[]);

export const expectProps: FrameworkChecks['expectProps'] = (element, props) => {
  const train = element as TrainNetwork;
  const points = pointsOf(props.points);
  const features = featuresOf(props.features) as Feature[];
  expect([...train.sizes]).to.deep.equal(numbers(props.sizes));
  expect(train.activation).to.equal(props.activation);
  expect(train.learningRate).to.equal(Number(props.learningRate));
  expect(train.batchSize).to.equal(Number(props.batchSize));
  expect(train.regularization).to.equal(props.regularization);
  expect(train.regularizationRate).to.equal(Number(props.regularizationRate));
  expect(train.noise).to.equal(Number(props.noise));
  expect(train.trainRatio).to.equal(Number(props.trainRatio));
  expect([...train.features]).to.deep.equal(features);
  expect(train.seed).to.equal(Number(props.seed));
  expect(train.goalAccuracy).to.equal(Number(props.goalAccuracy));
  expect(train.points).to.deep.equal(points);
  expect(train.weights).to.deep.equal(props.weights);
  expect(train.biases).to.deep.equal(props.biases);
  expect(train.epoch).to.equal(0);
  // The test accuracy of the given weights on the seeded split, computed here.
  const network: TrainableNetwork = {
    sizes: [features.length, ...numbers(props.sizes), 1],
    activation: props.activation as 'tanh',
    output: 'binary',
    weights: props.weights as number[][][],
    biases: props.biases as number[][],
  };
  const { test } = splitPoints(points, Number(props.trainRatio), Number(props.seed));
  const right = test.filter(
    (p) =>
      predictedClass(network, networkForward(network, featureVector(features, p.x, p.y))) ===
      p.label,
  ).length;
  near(train.accuracy!, right / test.length, 'test accuracy');
  expect(only(element, '.accuracy').textContent).to.contain(
    `${Math.round((100 * right) / test.length)}`,
  );
};

/** Sets one of the reader's selects or sliders as a reader does: a new value, then `change`. */
function choose(element: HTMLElement, setting: string, value: string): void {
  const control = only<HTMLSelectElement | HTMLInputElement>(
    element,
    `[data-setting="${setting}"]`,
  );
  control.value = value;
  expect(control.value, `${setting} offers ${value}`).to.equal(value);
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

export const use: FrameworkChecks['use'] = async (element, settled) => {
  const train = element as TrainNetwork;
  // Training runs only while the figure is on screen.
  element.scrollIntoView();
  buttonNamed(element, /^play$/i).click();
  await waitUntil(() => train.epoch > 0, 'Play trained no epoch', { timeout: 10000 });
  // A learning rate far too large for a deep relu network: training diverges and rewinds.
  choose(element, 'dataset', 'xor');
  choose(element, 'activation', 'relu');
  choose(element, 'units', '8');
  choose(element, 'layers', '2');
  choose(element, 'learningRate', '10');
  await settled();
  if (!train.shadowRoot!.querySelector('.diverged')) buttonNamed(element, /^play$/i).click();
  await waitUntil(() => train.shadowRoot!.querySelector('.diverged'), 'never diverged', {
    timeout: 10000,
  });
  await settled();
};
