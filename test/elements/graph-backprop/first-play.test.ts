import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { readerCode } from '../../../src/elements/graph-backprop/waiting-handlers.js';
import { $ } from '../../conformance/shadow.js';

/**
 * Play called before the code of the reader's actions arrives (waiting-handlers.ts) takes its
 * first step once it does. A file of its own, so the code has not arrived when its test starts.
 */
describe('<graph-backprop> playing before the code of the reader’s actions arrives', () => {
  it('plays the pass through once the code is here', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    expect(readerCode.ready, 'the actions are not part of the first load').to.equal(undefined);
    const steps: number[] = [];
    element.addEventListener('backward-step', (event) => {
      steps.push((event as CustomEvent<{ step: number }>).detail.step);
    });
    element.play();
    await waitUntil(() => steps.length === 1, 'Play never took its step', { timeout: 3000 });
    await element.updateComplete;
    expect(element.step).to.equal(1);
    expect($(element, '.controls .counter')?.textContent).to.contain('Step 1 of 1');
    expect($(element, '.controls .play')?.textContent).to.contain('Play');
  });
});
