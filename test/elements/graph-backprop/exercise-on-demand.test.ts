import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { $$ } from '../../conformance/shadow.js';

/**
 * What `<graph-backprop>` asks and hides (graph-exercise.ts) is not part of its first load: a
 * figure that asks nothing never fetches it, and one that asks waits for it before its first
 * frame, which already holds the pass and hides the asked numbers. The first test must run before
 * any figure in this page asks.
 */
const fetched = (file: string): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith(`/graph-backprop/${file}`));

describe('<graph-backprop> exercise code on demand', () => {
  it('never fetches the exercise code for a figure that asks nothing', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x + b" values="w=2, x=3, b=1"></graph-backprop>`,
    );
    await element.updateComplete;
    // The reader's code is fetched once the page is idle: by then all a figure loads is here.
    await waitUntil(() => fetched('graph-handlers.ts'), 'the reader code was never prefetched', {
      timeout: 5000,
    });
    element.stepBackward();
    await element.updateComplete;
    expect(element.step).to.equal(1);
    expect(fetched('graph-exercise.ts'), 'the exercise code').to.be.false;
  });

  it('holds a step given with `ask` from the first frame, its numbers hidden', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop
        expr="w*x + b"
        values="w=2, x=3, b=1"
        ask="steps w"
        .step=${2}
      ></graph-backprop>`,
    );
    await element.updateComplete;
    expect(fetched('graph-exercise.ts'), 'the exercise code').to.be.true;
    // The first step is asked: the pass waits before it, and the gradients stay hidden.
    expect(element.step).to.equal(0);
    expect(element.gradients).to.deep.equal({ w: null, x: null, b: null });
    expect($$(element, '.answer input').length, 'the fields of the first step').to.be.greaterThan(
      0,
    );
  });
});
