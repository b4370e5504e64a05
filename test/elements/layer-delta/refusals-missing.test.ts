import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import { refusals, type LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { root } from './layer-page.js';

/**
 * A page where the refusals' code cannot be fetched (a self-host missing its chunks, a network
 * error) and whose values do not fit or overflow: the figure stays drawn, and the element settles
 * instead of asking for the code again on every update. A file of its own, so
 * the code has not arrived before.
 */
describe('<layer-delta> when the code of its refusals cannot be fetched', () => {
  it('keeps the figure and settles', async () => {
    let asked = 0;
    Object.assign(refusals, {
      importer: () => {
        asked++;
        return Promise.reject(new TypeError('offline'));
      },
    });
    // An x that does not fit, and then one whose pass is too large for a float (checked on
    // every update).
    const element = await fixture<LayerDelta>(
      html`<layer-delta sizes="2 3 1" x="1 2 3"></layer-delta>`,
    );
    expect(element.x).to.deep.equal([0.5, -1]);
    element.activation = 'relu';
    element.loss = 'mse';
    element.x = [1e200, 1e200];
    await element.updateComplete;
    expect(refusals.unavailable).to.be.true;
    expect(root(element).querySelector('svg.diagram [data-unit="1 0"]'), 'the figure').to.exist;
    expect(element.x).to.deep.equal([1e200, 1e200]);
    // A while later, the element is not updating over and over.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(element.isUpdatePending, 'no update after update').to.be.false;
    expect(asked, 'asked once').to.equal(1);
  });
});
