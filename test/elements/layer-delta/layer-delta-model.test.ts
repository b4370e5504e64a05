import { expect } from '@open-wc/testing';
import { backwardPass, createNetwork, forwardPass } from '../../../src/core/index.js';
import { resolveConfig, type NetworkConfig } from '../../../src/elements/layer-delta/config.js';
import { unitKeyAction } from '../../../src/elements/layer-delta/keyboard-grid.js';
import * as actions from '../../../src/elements/layer-delta/layer-delta-actions.js';
import * as rules from '../../../src/elements/layer-delta/layer-delta-model.js';
import { setWeight } from '../../../src/elements/layer-delta/reader-edits.js';
import * as spoken from '../../../src/elements/layer-delta/spoken.js';

const config = (sizes: number[], extra: Partial<NetworkConfig> = {}): NetworkConfig =>
  ({
    ...resolveConfig({ sizes, activation: 'sigmoid', loss: 'bce', seed: 1, x: null, y: null })
      .config!,
    ...extra,
  }) as NetworkConfig;

describe('layer-delta model', () => {
  it('starts with the forward pass done and no delta shown', () => {
    const model = rules.createModel(config([2, 3, 1]));
    const network = createNetwork({ sizes: [2, 3, 1], loss: 'bce' });
    const cache = forwardPass(network, [0.5, -1]);
    expect(model.cache.a).to.deep.equal(cache.a);
    expect(model.result.deltas).to.deep.equal(backwardPass(network, cache, [1]).deltas);
    expect(model.step).to.equal(0);
    expect(model.selectedLayer).to.equal(2);
    expect([1, 2].map((layer) => rules.isRevealed(model, layer))).to.deep.equal([false, false]);
  });

  it('edits a weight in a new snapshot, leaving the old one as it was', () => {
    const before = rules.createModel(config([2, 3, 1]));
    const old = before.network.weights[1][0][2];
    const after = setWeight(before, { layer: 2, row: 0, column: 2 }, 1.5);
    expect(before.network.weights[1][0][2]).to.equal(old);
    expect(after.network.weights[1][0][2]).to.equal(1.5);
    expect(after.network.weights[0], 'untouched layers are shared').to.equal(
      before.network.weights[0],
    );
    expect(after.cache.a[1][0]).to.not.equal(before.cache.a[1][0]);
    expect(
      setWeight(before, { layer: 1, row: 0, column: 0 }, 50).network.weights[0][0][0],
    ).to.equal(rules.WEIGHT_LIMIT);
  });

  it('steps output first, one event per step, and stops at the first hidden layer', () => {
    const outcome = actions.runToInput(rules.createModel(config([2, 3, 2, 1])));
    expect(outcome.events).to.deep.equal([
      { type: 'backward-step', detail: { step: 1, total: 3, layer: 3 } },
      { type: 'backward-step', detail: { step: 2, total: 3, layer: 2 } },
      { type: 'backward-step', detail: { step: 3, total: 3, layer: 1 } },
    ]);
    expect(outcome.say?.(spoken)).to.contain('Hidden 1');
    expect(actions.step(outcome.model).events).to.deep.equal([]);
    expect(actions.reset(outcome.model).model.step).to.equal(0);
  });

  it('keeps the reader’s x across a setting that keeps the network, not across a new one', () => {
    const start = rules.createModel(config([2, 3, 1]));
    const edited = actions.typeVector(start, 'x', 0, 2, true);
    expect(edited.events.map((event) => event.type)).to.deep.equal(['input', 'change']);
    const same = rules.withConfig(edited.model, config([2, 3, 1], { y: [0] }), {
      x: false,
      y: true,
    });
    expect(same.input).to.deep.equal([2, -1]);
    expect(same.target).to.deep.equal([0]);
    const rebuilt = rules.withConfig(edited.model, config([2, 3, 1], { seed: 2 }), {
      x: false,
      y: false,
    });
    expect(rebuilt.input).to.deep.equal([0.5, -1]);
  });

  it('refuses a bce target outside 0..1 typed by the reader', () => {
    const start = rules.createModel(config([2, 3, 1]));
    expect(actions.typeVector(start, 'y', 0, 1.5, true).model).to.equal(start);
  });

  it('fires layer-select only when the selection changes', () => {
    const start = rules.createModel(config([2, 3, 3, 1]));
    expect(actions.pickLayer(start, 3).events).to.deep.equal([]);
    expect(actions.pickLayer(start, 1).events).to.deep.equal([
      { type: 'layer-select', detail: { layer: 1 } },
    ]);
    expect(
      actions.pressUnit(start, 0, 1).events,
      'an input unit has no layer to select',
    ).to.deep.equal([]);
  });

  it('moves between units like a ragged grid', () => {
    const sizes = [2, 4, 1];
    expect(unitKeyAction('ArrowDown', sizes, 1, 3)).to.deep.equal({
      kind: 'move',
      layer: 1,
      unit: 3,
    });
    expect(unitKeyAction('ArrowRight', sizes, 1, 3)).to.deep.equal({
      kind: 'move',
      layer: 2,
      unit: 0,
    });
    expect(unitKeyAction('ArrowLeft', sizes, 1, 3)).to.deep.equal({
      kind: 'move',
      layer: 0,
      unit: 1,
    });
    expect(unitKeyAction('End', sizes, 1, 0)).to.deep.equal({ kind: 'move', layer: 1, unit: 3 });
    expect(unitKeyAction(' ', sizes, 1, 0)).to.deep.equal({ kind: 'select' });
    expect(unitKeyAction('a', sizes, 1, 0)).to.equal(null);
  });
});
