import { expect } from '@open-wc/testing';
import {
  createTraining,
  FEATURES,
  generateDataset,
  isFiniteNetwork,
  NO_REGULARIZATION,
  prepareData,
  splitPoints,
  trainEpochs,
  trainSteps,
  type DatasetName,
  type Feature,
  type OutputKind,
  type TrainActivation,
  type TrainingSetup,
} from '../../../src/core/training/index.js';

/** Whole training runs with fixed seeds: what the lesson promises a reader will see. */

function run(options: {
  dataset: DatasetName;
  classes: number;
  features: readonly Feature[];
  hidden: number[];
  activation: TrainActivation;
  learningRate: number;
  epochs: number;
  seed?: number;
}) {
  const seed = options.seed ?? 1;
  const points = generateDataset({
    name: options.dataset,
    classes: options.classes,
    noise: 0,
    count: 500,
    seed,
  });
  const { train, test } = splitPoints(points, 0.5, seed);
  const output: OutputKind = options.classes === 2 ? 'binary' : 'softmax';
  const setup: TrainingSetup = {
    features: options.features,
    hidden: options.hidden,
    activation: options.activation,
    output,
    classes: options.classes,
    learningRate: options.learningRate,
    batchSize: 10,
    regularization: NO_REGULARIZATION,
    seed,
  };
  const data = prepareData(train, test, options.features);
  const start = createTraining(setup, data);
  return { setup, data, start, ...trainEpochs(start, setup, data, options.epochs) };
}

describe('training runs with fixed seeds', () => {
  it('XOR with one hidden layer of 4 tanh units reaches 0.95 test accuracy', () => {
    const { state, start, diverged } = run({
      dataset: 'xor',
      classes: 2,
      features: ['x1', 'x2'],
      hidden: [4],
      activation: 'tanh',
      learningRate: 0.03,
      epochs: 200,
    });
    expect(diverged).to.equal(false);
    expect(start.accuracy).to.be.below(0.8);
    expect(state.epoch).to.equal(200);
    expect(state.accuracy).to.be.at.least(0.95);
  });

  it('3-class gauss reaches 0.95', () => {
    const { state } = run({
      dataset: 'gauss',
      classes: 3,
      features: ['x1', 'x2'],
      hidden: [4],
      activation: 'tanh',
      learningRate: 0.03,
      epochs: 50,
    });
    expect(state.accuracy).to.be.at.least(0.95);
  });

  it('a 3-class spiral with all seven features and 8-8-8 tanh reaches 0.8; x1, x2 and 8-8 stay far below', () => {
    const deep = run({
      dataset: 'spiral',
      classes: 3,
      features: FEATURES,
      hidden: [8, 8, 8],
      activation: 'tanh',
      learningRate: 0.03,
      epochs: 300,
    });
    expect(deep.state.accuracy).to.be.at.least(0.8);
    const shallow = run({
      dataset: 'spiral',
      classes: 3,
      features: ['x1', 'x2'],
      hidden: [8, 8],
      activation: 'tanh',
      learningRate: 0.03,
      epochs: 300,
    });
    expect(shallow.state.accuracy).to.be.below(0.7);
  });

  it('gives the same numbers at every epoch for the same seed, whatever the steps per call', () => {
    const whole = run({
      dataset: 'circle',
      classes: 2,
      features: ['x1', 'x2'],
      hidden: [4],
      activation: 'relu',
      learningRate: 0.03,
      epochs: 5,
    });
    let state = whole.start;
    for (let left = 5 * 25; left > 0; left -= 7)
      state = trainSteps(state, whole.setup, whole.data, Math.min(7, left)).state;
    expect(state.epoch).to.equal(5);
    expect(state.network.weights).to.deep.equal(whole.state.network.weights);
    expect(state.history).to.deep.equal(whole.state.history);
  });

  it('tells the caller that may stop it which mini-batch closes an epoch, and stops when told', () => {
    const { setup, data, start } = run({
      dataset: 'circle',
      classes: 2,
      features: ['x1', 'x2'],
      hidden: [4],
      activation: 'tanh',
      learningRate: 0.03,
      epochs: 0,
    });
    // 250 training points in batches of 10: the 25th mini-batch of an epoch closes it.
    const asked: [boolean, boolean][] = [];
    const outcome = trainSteps(start, setup, data, 60, (done, next) => {
      asked.push([done, next]);
      return false;
    });
    expect(outcome.steps).to.equal(60);
    const after = (which: 0 | 1): number[] =>
      asked.flatMap((pair, k) => (pair[which] ? [k + 1] : []));
    // After the 24th step the next closes the epoch; the 25th and 50th close one.
    expect(asked).to.have.length(60);
    expect(after(1)).to.deep.equal([24, 49]);
    expect(after(0)).to.deep.equal([25, 50]);
    // Told to stop before the mini-batch that closes the epoch: the epoch stays open.
    const held = trainSteps(start, setup, data, 60, (_, next) => next);
    expect(held.steps).to.equal(24);
    expect(held.state.epoch).to.equal(0);
    expect(held.state.batch).to.equal(24);
  });

  it('a learning rate of 10 on a relu network diverges, rewinds to good weights, and leaves no NaN', () => {
    const first = run({
      dataset: 'spiral',
      classes: 3,
      features: FEATURES,
      hidden: [8, 8],
      activation: 'relu',
      learningRate: 0.01,
      epochs: 3,
    });
    expect(first.diverged).to.equal(false);
    const fast = { ...first.setup, learningRate: 10 };
    const outcome = trainEpochs(first.state, fast, first.data, 20);
    expect(outcome.diverged).to.equal(true);
    expect(outcome.state.epoch).to.equal(3);
    expect(outcome.state.network.weights).to.deep.equal(first.state.network.weights);
    expect(isFiniteNetwork(outcome.state.network)).to.equal(true);
    for (const value of [outcome.state.trainLoss, outcome.state.testLoss, outcome.state.accuracy!])
      expect(Number.isFinite(value)).to.equal(true);
    expect(outcome.state.history.every((r) => Number.isFinite(r.trainLoss))).to.equal(true);
  });
});
