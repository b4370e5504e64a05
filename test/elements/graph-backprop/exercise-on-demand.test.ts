import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { $$ } from '../../conformance/shadow.js';
import { button, record } from './graph-page.js';

/**
 * What `<graph-backprop>` asks and hides (graph-exercise.ts) is not part of its first load: a
 * figure that asks nothing never fetches it, and one that asks waits for it before its first
 * frame, which already holds the pass and hides the asked numbers. The first two tests must run
 * before any figure in this page asks.
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

  it('takes no step while the code of a question just asked is on its way', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x + b" values="w=2, x=3, b=1"></graph-backprop>`,
    );
    button(element, 'step').click();
    await element.updateComplete;
    expect(element.step, 'a step taken with the reader code').to.equal(1);
    const steps = record(element, 'backward-step');
    // Asked by the page, then Step pressed at once, before the exercise code can arrive.
    element.ask = ['steps'];
    button(element, 'step').click();
    button(element, 'step').click();
    expect(steps, 'no step taken').to.deep.equal([]);
    await element.updateComplete;
    expect(fetched('graph-exercise.ts'), 'the exercise code').to.be.true;
    expect(steps, 'no step taken').to.deep.equal([]);
    // The first step is asked: the pass goes back before it, where its fields are.
    expect(element.step).to.equal(0);
    expect($$(element, '.answer input').length, 'the fields of the first step').to.be.greaterThan(
      0,
    );
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
