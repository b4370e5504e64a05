import { expect } from '@open-wc/testing';
import {
  batchIndices,
  centralDifference,
  cloneNetwork,
  exampleLoss,
  networkForward,
  type TrainableNetwork,
} from '../../../src/core/index.js';
import { DEFAULTS } from '../../../src/elements/train-network/config.js';
import {
  explainDelta,
  explainGradient,
} from '../../../src/elements/train-network/gradient-explain.js';
import * as actions from '../../../src/elements/train-network/train-network-actions.js';
import * as readerActions from '../../../src/elements/train-network/reader-actions.js';
import * as reader from '../../../src/elements/train-network/reader-rules.js';
import { playFrame } from '../../../src/elements/train-network/playing.js';
import * as spoken from '../../../src/elements/train-network/spoken.js';
import * as rules from '../../../src/elements/train-network/train-network-model.js';
import type { TrainModel } from '../../../src/elements/train-network/train-network-model.js';

/**
 * The model and the actions without the element: a unit's δ as the panel tells it, checked
 * against the slope of the next mini-batch's loss; and what the reader's actions on the plane
 * and the Play loop's frames return.
 */

/** What an outcome has the live region say: its sentence from spoken.ts made, or its words. */
function said(outcome: actions.Outcome): string | null {
  return typeof outcome.say === 'function' ? outcome.say(spoken) : outcome.say;
}

function model(settings: Partial<typeof DEFAULTS> = {}): TrainModel {
  return rules.createModel({ ...DEFAULTS, ...settings });
}

/** The next mini-batch's mean loss with bias `unit` of layer `layer` (index into sizes) moved to b. */
function batchLoss(m: TrainModel, layer: number, unit: number, b: number): number {
  const network: TrainableNetwork = cloneNetwork(m.training.network);
  network.biases[layer - 1][unit] = b;
  const indices = batchIndices(m.setup, m.data, m.training.epoch, m.training.batch);
  let total = 0;
  for (const k of indices) {
    const pass = networkForward(network, m.data.trainInputs[k]);
    total += exampleLoss(network, pass, m.data.trainLabels[k]);
  }
  return total / indices.length;
}

describe('train-network: a unit δ', () => {
  for (const settings of [
    { dataset: 'xor', sizes: [3, 2] },
    { dataset: 'gauss', classes: 3, sizes: [4], activation: 'relu' },
    { dataset: 'wave', sizes: [3], activation: 'sigmoid' },
  ] as const)
    it(`is ∂L/∂z: its batch mean matches the slope of the batch loss in the unit's bias (${settings.dataset})`, () => {
      // A few steps in, so the weights are no longer the seed's.
      const m = actions.trainEpochs(model(settings as never), 2).model;
      const sizes = m.training.network.sizes;
      for (let layer = 1; layer < sizes.length; layer++)
        for (let unit = 0; unit < sizes[layer]; unit++) {
          const d = explainDelta(m, layer, unit);
          const b = m.training.network.biases[layer - 1][unit];
          const slope = centralDifference((x) => batchLoss(m, layer, unit, x), b, 1e-5);
          expect(d.mean).to.be.closeTo(slope, 1e-6 + 1e-4 * Math.abs(slope));
          expect(d.output).to.equal(layer === sizes.length - 1);
          // The first example's numbers multiply out to its δ, as the formula's second line says.
          const { delta, prediction, target, slope: fPrime, back } = d.example;
          if (d.output) expect(delta).to.be.closeTo(prediction - target, 1e-12);
          else expect(delta).to.be.closeTo(fPrime * back, 1e-12);
          // And it is the δ_j the connection's gradient multiplies.
          const g = explainGradient(m, { layer: layer - 1, to: unit, from: 0 });
          expect(g.example.delta).to.equal(delta);
        }
    });

  it('choosing a unit opens the panel on a connection into it and tells its δ; the switch hides it', () => {
    let m = model({ dataset: 'xor', sizes: [3, 2] });
    m = reader.selectUnit(m, 2, 1);
    expect(m.selected).to.deep.equal({ layer: 1, to: 1, from: 0 });
    expect(m.deltaShown).to.equal(true);
    m = reader.pickConnection(m, 'from', 2);
    m = reader.selectUnit(m, 2, 0); // same layer: the unit it comes from stays
    expect(m.selected).to.deep.equal({ layer: 1, to: 0, from: 2 });
    expect(reader.selectUnit(m, 0, 0)).to.equal(m); // inputs have no δ
    m = reader.toggleDelta(m);
    expect(m.deltaShown).to.equal(false);
    m = reader.togglePanel(reader.toggleDelta(m));
    expect([m.selected, m.deltaShown]).to.deep.equal([null, false]);
  });
});

describe('train-network: actions', () => {
  it('a Play frame fires epoch only when an epoch completed, and speaks only when asked', () => {
    const m = rules.setPlaying(model({ dataset: 'circle', sizes: [2] }), true);
    const one = playFrame(m, () => false, 0.9, false);
    expect(one.model.training.epoch).to.be.greaterThan(0);
    expect(one.events.map((e) => e.type)).to.deep.equal(['epoch']);
    expect(said(one)).to.equal(null);
    const stopped = playFrame(m, () => true, 0.9, true);
    expect(stopped.events).to.deep.equal([]);
    expect(said(stopped)).to.match(/^Epoch 0/);
  });

  it('a press removes the point under it or adds one, fires change and says which', () => {
    const m = model({
      points: [
        { x: 1, y: 1, label: 0 },
        { x: -1, y: -1, label: 1 },
        { x: 2, y: -2, label: 0 },
      ],
    });
    const p = m.points[0];
    const removed = readerActions.addOrRemove(m, p.x, p.y);
    expect(removed.model.points.length).to.equal(m.points.length - 1);
    expect(said(removed)).to.match(/removed/i);
    expect(removed.events[0].type).to.equal('change');
    const away = readerActions.planeKey(m, 'Enter', false);
    expect(away && said(away)).to.match(/added/i);
    expect(readerActions.planeKey(m, 'ArrowRight', true)?.model.cursor).to.deep.equal({
      x: 1,
      y: 0,
    });
    expect(readerActions.planeKey(m, 'a', false)).to.equal(null);
  });
});
