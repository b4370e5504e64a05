import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { readerCode } from '../../../src/elements/layer-delta/waiting-handlers.js';
import { root, stepButton } from './layer-page.js';

/**
 * A page whose reader's code cannot be fetched (a self-host missing its chunks, a network
 * error): the figure stays drawn, the loader's note says why nothing answers, and an action
 * taken meanwhile throws nothing. A file of its own, so the code has not arrived before.
 */
describe('<layer-delta> when the code of the reader’s actions cannot be fetched', () => {
  it('keeps the figure, shows the loader’s note and takes actions without throwing', async () => {
    // The module's fetch fails, as an import of a missing file does.
    Object.assign(readerCode, { importer: () => Promise.reject(new TypeError('offline')) });
    const element = await fixture<LayerDelta>(html`<layer-delta sizes="2 3 1"></layer-delta>`);
    expect(readerCode.unavailable).to.be.true;
    expect(root(element).querySelector('svg.diagram [data-unit="1 0"]'), 'the figure').to.exist;
    const note = root(element).querySelector('[role="note"]');
    expect(note?.textContent).to.contain('<layer-delta>');
    stepButton(element).click();
    await element.updateComplete;
    expect(
      element.deltas.every((layer) => layer !== null),
      'the pass is still whole',
    ).to.be.true;
    expect(root(element).querySelector('.controls')!.textContent).to.not.contain('Step 1');
  });
});
