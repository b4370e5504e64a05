import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/train-network/define.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';

/**
 * Weights set from script are the network at once: a `train()` in the same task trains them,
 * and the update that follows keeps what it trained (a page's script runs set-then-call).
 */
describe('<train-network>: weights set from script, then train() at once', () => {
  it('trains the weights given, and the epoch it trained stays', async () => {
    const element = await fixture<TrainNetwork>(
      html`<train-network dataset="xor" sizes="2" seed="3"></train-network>`,
    );
    await element.updateComplete;
    const weights = element.weights;
    weights[0][0][0] = 3.5;
    element.weights = weights;
    expect(element.weights[0][0][0]).to.equal(3.5);
    const result = element.train(1);
    expect(result.epoch).to.equal(1);
    const readAtOnce = element.weights[0][0][0];
    await element.updateComplete;
    expect(readAtOnce, 'read at once: the weights trained').to.equal(element.weights[0][0][0]);
    expect(element.epoch, 'the epoch trained stays').to.equal(1);
    const trained = element.weights[0][0][0];
    expect(trained, 'one epoch moved the weight given').to.not.equal(3.5);
    expect(Math.abs(trained - 3.5), 'from the weight given').to.be.below(0.5);
  });
});
