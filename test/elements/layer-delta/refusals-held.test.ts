import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import { refusals, type LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { collectErrors } from '../../conformance/error-events.js';
import { root } from './layer-page.js';

/**
 * A value refused before the code of `<layer-delta>`'s notes is here counts as it would once it
 * is: the same bad value given twice is two `error` events, as on every element. A file of its
 * own, so the refusals have not arrived when its test starts.
 */
const note = (element: LayerDelta): string =>
  root(element).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<layer-delta> values refused before the code of their notes is here', () => {
  it('reports the same bad value given twice twice, before the refusals arrive and after', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta sizes="2 3 1"></layer-delta>`);
    const weights = element.weights;
    const errors = collectErrors(element);
    // Each read of a read-only property applies what was set before it: two updates, each
    // refusing the same weights, before refusals.ts can have arrived.
    element.weights = [[[1]]];
    expect(element.opCounts.forward).to.equal(9);
    element.weights = [[[1]]];
    expect(element.opCounts.forward).to.equal(9);
    element.setAttribute('x', '1 2 3');
    expect(element.opCounts.forward).to.equal(9);
    element.setAttribute('x', '1 2 3');
    expect(element.opCounts.forward).to.equal(9);
    expect(refusals.ready, 'the refusals are still on their way').to.equal(undefined);
    expect(errors, 'nothing is reported before their words are here').to.deep.equal([]);
    await element.updateComplete;
    expect(errors.map((error) => error.attribute)).to.deep.equal(['weights', 'weights', 'x', 'x']);
    expect(errors[0].message).to.contain('expected 2 matrices');
    expect(errors[2].message).to.contain('expected 2 numbers, one per input unit');
    expect(note(element)).to.contain('weights: expected 2').and.to.contain('x: expected 2');
    expect(element.weights, 'the weights in use stay').to.deep.equal(weights);
    expect(element.x).to.deep.equal([0.5, -1]);

    // Once they are here, the same two sets give the same two events.
    errors.length = 0;
    element.weights = [[[1]]];
    await element.updateComplete;
    element.weights = [[[1]]];
    await element.updateComplete;
    expect(errors.map((error) => error.attribute)).to.deep.equal(['weights', 'weights']);
  });
});
