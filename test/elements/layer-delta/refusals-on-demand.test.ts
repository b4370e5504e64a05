import { expect } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { messagesOf } from '../../../src/internal/i18n.js';
import { record, root } from './layer-page.js';

/**
 * The notes for values `<layer-delta>` cannot use, and the words only a step brings, are not
 * part of its first load (refusals.ts, steps.messages.ts): a page whose values fit never fetches
 * the refusals, and one that gives a value that does not fit gets its note and its error event by
 * `updateComplete`, as before. A file of its own, so neither has arrived when its test starts.
 */
const english = (key: string): unknown => messagesOf('en')[key];

const note = (element: LayerDelta): string | null =>
  root(element).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('<layer-delta> refusals, fetched the first time a value does not fit', () => {
  it('draws a figure whose values fit without them, and refuses x and weights by updateComplete', async () => {
    const element = document.createElement('layer-delta') as LayerDelta;
    element.setAttribute('sizes', '2 3 1');
    document.body.append(element);
    // The first render, before anything fetched on its account can have arrived.
    for (let turn = 0; turn < 10 && !element.hasUpdated; turn++) await Promise.resolve();
    expect(root(element).querySelector('svg.diagram'), 'the figure is drawn').to.not.equal(null);
    expect(english('layer-delta.status.step'), 'what a step says is not in it').to.equal(undefined);
    // The reader's code arrives with updateComplete; the refusals do not.
    await element.updateComplete;
    expect(english('layer-delta.problem.x'), 'the refusals are not fetched').to.equal(undefined);

    const errors = record(element, 'error');
    const weights = element.weights;
    element.setAttribute('x', '1 2 3');
    element.weights = [[[1]]];
    await element.updateComplete;
    expect(errors.map(({ detail }) => detail)).to.deep.equal([
      {
        attribute: 'x',
        message: 'expected 2 numbers, one per input unit (sizes starts with 2), got 3',
      },
      {
        attribute: 'weights',
        message:
          'expected 2 matrices of finite numbers shaped 3×2, 1×3 (weights[l][i][j] joins unit j of layer l to unit i of layer l+1)',
      },
    ]);
    expect(note(element)).to.contain('x: expected 2 numbers').and.to.contain('weights: expected 2');
    // Refused: the values in use stay.
    expect(element.x).to.deep.equal([0.5, -1]);
    expect(element.weights).to.deep.equal(weights);
    element.remove();
  });
});
