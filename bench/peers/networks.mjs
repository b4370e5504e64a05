// One training step of a small fully connected network (tanh hidden layers, tanh output, mean
// squared error over a batch, plain SGD), written once per library. Every library starts from the
// same weights (copied from the core's seeded createNetwork), so the first-step losses can be
// compared as a check that all of them compute the same thing.
import { createRequire, register } from 'node:module';
import * as core from '../../src/core/index.ts';
import { Value } from './micrograd.mjs';

const require = createRequire(import.meta.url);
const LEARNING_RATE = 0.05;

/** A seeded batch: points in [-1, 1]^2 labelled +-0.8 by the sign of x0*x1 (an XOR-like pattern). */
export function makeBatch(size, seed = 11) {
  const random = core.seededRandom(seed);
  const inputs = [];
  const targets = [];
  for (let n = 0; n < size; n++) {
    const x = [random() * 2 - 1, random() * 2 - 1];
    inputs.push(x);
    targets.push([x[0] * x[1] > 0 ? 0.8 : -0.8]);
  }
  return { inputs, targets };
}

export function makeNetwork(sizes) {
  return core.createNetwork({ sizes, activation: 'tanh', loss: 'mse', seed: 3 });
}

const cloneNetwork = (net) => ({
  ...net,
  weights: net.weights.map((m) => m.map((row) => [...row])),
  biases: net.biases.map((b) => [...b]),
});

/** Ours, dense module: forwardPass + backwardPass per example, gradients averaged, one update. */
export function oursDense(start, batch) {
  const net = cloneNetwork(start);
  const gW = net.weights.map((m) => m.map((row) => new Float64Array(row.length)));
  const gB = net.biases.map((b) => new Float64Array(b.length));
  const scale = 1 / batch.inputs.length;
  return () => {
    for (const m of gW) for (const row of m) row.fill(0);
    for (const b of gB) b.fill(0);
    let loss = 0;
    for (let n = 0; n < batch.inputs.length; n++) {
      const cache = core.forwardPass(net, batch.inputs[n]);
      const result = core.backwardPass(net, cache, batch.targets[n]);
      loss += result.loss * scale;
      result.weightGradients.forEach((m, l) =>
        m.forEach((row, i) => row.forEach((g, j) => (gW[l][i][j] += g))),
      );
      result.biasGradients.forEach((b, l) => b.forEach((g, i) => (gB[l][i] += g)));
    }
    net.weights.forEach((m, l) =>
      m.forEach((row, i) => {
        for (let j = 0; j < row.length; j++) row[j] -= LEARNING_RATE * scale * gW[l][i][j];
      }),
    );
    net.biases.forEach((b, l) => {
      for (let i = 0; i < b.length; i++) b[i] -= LEARNING_RATE * scale * gB[l][i];
    });
    return loss;
  };
}

/** Ours, dense module as shipped: trainStep on each example in turn (per-example SGD). */
export function oursTrainStep(start, batch) {
  const net = cloneNetwork(start);
  const rate = LEARNING_RATE / batch.inputs.length;
  return () => {
    let loss = 0;
    for (let n = 0; n < batch.inputs.length; n++) {
      loss += core.trainStep(net, batch.inputs[n], batch.targets[n], rate) / batch.inputs.length;
    }
    return loss;
  };
}

/** Builds the batch loss as a scalar graph from leaf weights, with either engine's primitives. */
function scalarLoss(start, batch, { leaf, mul, add, sub, tanh, square }) {
  const W = start.weights.map((m) => m.map((row) => row.map((w) => leaf(w))));
  const B = start.biases.map((b) => b.map((v) => leaf(v)));
  let total = null;
  for (let n = 0; n < batch.inputs.length; n++) {
    let activations = batch.inputs[n].map((x) => leaf(x));
    W.forEach((m, l) => {
      activations = m.map((row, i) => {
        let sum = B[l][i];
        row.forEach((w, j) => (sum = add(sum, mul(w, activations[j]))));
        return tanh(sum);
      });
    });
    const error = square(sub(activations[0], leaf(batch.targets[n][0])));
    total = total === null ? error : add(total, error);
  }
  const output = mul(total, leaf(1 / batch.inputs.length));
  return { output, params: [...W.flat(2), ...B.flat()] };
}

/** Ours, scalar graph: built once, then each step re-runs forward and backward on it. */
export function oursScalar(start, batch) {
  const { output, params } = scalarLoss(start, batch, {
    leaf: (v) => core.variable('p', v),
    mul: (a, b) => core.apply('mul', a, b),
    add: (a, b) => core.apply('add', a, b),
    sub: (a, b) => core.apply('sub', a, b),
    tanh: (a) => core.apply('tanh', a),
    square: (a) => core.apply('mul', a, a),
  });
  const order = core.topologicalOrder(output);
  return () => {
    core.forward(order);
    const loss = output.value;
    core.backward(output, order);
    for (const p of params) p.value -= LEARNING_RATE * p.grad;
    return loss;
  };
}

/** The micrograd-style baseline: rebuilds the graph every step, as micrograd's MLP does. */
export function micrograd(start, batch) {
  const weights = start.weights.map((m) => m.map((row) => row.map((w) => new Value(w))));
  const biases = start.biases.map((b) => b.map((v) => new Value(v)));
  const params = [...weights.flat(2), ...biases.flat()];
  let index = 0;
  const ops = {
    // leaves come in the order scalarLoss asks for them: weights, biases, then data
    leaf: (v) => (index < params.length ? params[index++] : new Value(v)),
    mul: (a, b) => a.mul(b),
    add: (a, b) => a.add(b),
    sub: (a, b) => a.sub(b),
    tanh: (a) => a.tanh(),
    square: (a) => a.square(),
  };
  const paramStart = { weights: start.weights, biases: start.biases };
  return () => {
    index = 0;
    const { output } = scalarLoss(paramStart, batch, ops);
    for (const p of params) p.grad = 0;
    output.backward();
    for (const p of params) p.data -= LEARNING_RATE * p.grad;
    return output.data;
  };
}

/** @tensorflow/tfjs-core on its pure-JS CPU backend: batched matMul, optimizer.minimize. */
export async function tfjs(start, batch) {
  // tfjs-core's ES build (the one with gradients, see tfjs-esm-hook.mjs) expects a bundler's
  // `require` for its Node platform code (`require('util')`): give it Node's.
  register('./tfjs-esm-hook.mjs', import.meta.url);
  globalThis.require ??= require;
  const tf = await import('@tensorflow/tfjs-core');
  await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  await import('@tensorflow/tfjs-backend-cpu');
  // Production mode, as a deployed page would run it (and it drops the "install tfjs-node" notice).
  tf.enableProdMode();
  await tf.setBackend('cpu');
  await tf.ready();
  const W = start.weights.map((m) => tf.variable(tf.tensor2d(m)));
  const B = start.biases.map((b) => tf.variable(tf.tensor1d(b)));
  const X = tf.tensor2d(batch.inputs);
  const Y = tf.tensor2d(batch.targets);
  const optimizer = tf.train.sgd(LEARNING_RATE);
  const lossFn = () => {
    let h = X;
    W.forEach((w, l) => (h = tf.tanh(tf.add(tf.matMul(h, w, false, true), B[l]))));
    return tf.mean(tf.square(tf.sub(h, Y)));
  };
  const varList = [...W, ...B];
  const step = () => {
    const cost = optimizer.minimize(lossFn, true, varList);
    const value = cost.dataSync()[0];
    cost.dispose();
    return value;
  };
  return { step, backend: tf.getBackend(), version: tf.version_core };
}

/**
 * convnetjs (Karpathy's pre-TF library, 2014): fc+tanh layers and an L2 regression layer,
 * Trainer with batch_size 10 (one weight update per 10 `train` calls). Its regression head
 * is linear, not tanh, and its loss is half the squared error: same work, different numbers.
 */
export function convnet(start, batch) {
  const convnetjs = require('convnetjs');
  const hidden = start.sizes.slice(1, -1);
  const net = new convnetjs.Net();
  net.makeLayers([
    { type: 'input', out_sx: 1, out_sy: 1, out_depth: start.sizes[0] },
    ...hidden.map((n) => ({ type: 'fc', num_neurons: n, activation: 'tanh' })),
    { type: 'regression', num_neurons: 1 },
  ]);
  const fcLayers = net.layers.filter((layer) => layer.layer_type === 'fc');
  fcLayers.forEach((layer, l) => {
    layer.filters.forEach((filter, i) => start.weights[l][i].forEach((w, j) => (filter.w[j] = w)));
    start.biases[l].forEach((b, i) => (layer.biases.w[i] = b));
  });
  const trainer = new convnetjs.Trainer(net, {
    method: 'sgd',
    learning_rate: LEARNING_RATE,
    momentum: 0,
    batch_size: batch.inputs.length,
    l2_decay: 0,
  });
  const volumes = batch.inputs.map((x) => new convnetjs.Vol(x));
  return () => {
    let loss = 0;
    for (let n = 0; n < volumes.length; n++) {
      loss += trainer.train(volumes[n], batch.targets[n]).loss / volumes.length;
    }
    return loss;
  };
}
