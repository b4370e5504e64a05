// Mini-batch SGD for a small classifier written the straightforward way: plain nested arrays,
// tanh hidden layers, a sigmoid output with binary cross-entropy, the batch's gradients summed
// by backpropagation and averaged, and at each epoch's end the training and test loss and test
// accuracy, as <train-network> shows them. What a reader would write from a textbook, no tricks;
// the yardstick for the core's trainer (bench/training.mjs).
const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/**
 * `order(epoch)`: the order an epoch visits the training points in. The bench passes the core's
 * seeded one, so both trainers see the same batches and their losses can be compared.
 */
export function plainTrainer(start, data, { learningRate, batchSize }, order) {
  const weights = start.weights.map((m) => m.map((row) => [...row]));
  const biases = start.biases.map((b) => [...b]);
  const layers = weights.length;
  let epochs = 0;

  function forward(x) {
    const a = [x];
    const z = [];
    for (let l = 0; l < layers; l++) {
      const zl = weights[l].map((row, i) => row.reduce((s, w, j) => s + w * a[l][j], biases[l][i]));
      z.push(zl);
      a.push(l === layers - 1 ? zl.map(sigmoid) : zl.map(Math.tanh));
    }
    return { a, z };
  }

  function loss(x, y) {
    const p = forward(x).a[layers][0];
    const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    return {
      loss: -(y * Math.log(q) + (1 - y) * Math.log(1 - q)),
      right: (p >= 0.5 ? 1 : 0) === y,
    };
  }

  function evaluate(inputs, labels) {
    let total = 0;
    let right = 0;
    inputs.forEach((x, k) => {
      const r = loss(x, labels[k]);
      total += r.loss;
      if (r.right) right++;
    });
    return { loss: total / inputs.length, accuracy: right / inputs.length };
  }

  function step(batch) {
    const gw = weights.map((m) => m.map((row) => row.map(() => 0)));
    const gb = biases.map((b) => b.map(() => 0));
    for (const k of batch) {
      const { a } = forward(data.trainInputs[k]);
      let delta = [a[layers][0] - data.trainLabels[k]];
      for (let l = layers - 1; l >= 0; l--) {
        for (let i = 0; i < delta.length; i++) {
          gb[l][i] += delta[i];
          for (let j = 0; j < a[l].length; j++) gw[l][i][j] += delta[i] * a[l][j];
        }
        if (l > 0)
          delta = a[l].map(
            (aj, j) => (1 - aj * aj) * weights[l].reduce((s, row, i) => s + row[j] * delta[i], 0),
          );
      }
    }
    const scale = learningRate / batch.length;
    for (let l = 0; l < layers; l++)
      for (let i = 0; i < weights[l].length; i++) {
        biases[l][i] -= scale * gb[l][i];
        for (let j = 0; j < weights[l][i].length; j++) weights[l][i][j] -= scale * gw[l][i][j];
      }
  }

  /** One epoch: a pass in the given order over the training points in mini-batches, then the metrics. */
  return function epoch() {
    const visit = Array.from(order(epochs++));
    for (let b = 0; b < visit.length; b += batchSize) step(visit.slice(b, b + batchSize));
    const train = evaluate(data.trainInputs, data.trainLabels);
    const test = evaluate(data.testInputs, data.testLabels);
    return { trainLoss: train.loss, testLoss: test.loss, accuracy: test.accuracy };
  };
}
