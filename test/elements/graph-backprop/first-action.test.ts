import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { readerCode } from '../../../src/elements/graph-backprop/waiting-handlers.js';
import { $ } from '../../conformance/shadow.js';

/**
 * What the reader does is not part of the first load (waiting-handlers.ts): an action taken
 * before its code arrives is held, then applied in order once it does, and `updateComplete`
 * waits for it. A file of its own, so the code has not arrived yet when its test starts.
 */
describe('<graph-backprop> before the code of the reader’s actions arrives', () => {
  it('applies a click and a key given meanwhile, in order, without scrolling the page', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    expect(readerCode.ready, 'the actions are not part of the first load').to.equal(undefined);
    const events: string[] = [];
    element.addEventListener('backward-step', (event) => {
      events.push(`step ${(event as CustomEvent<{ step: number }>).detail.step}`);
    });
    element.addEventListener('change', (event) => {
      const { name, value } = (event as CustomEvent<{ name: string; value: number }>).detail;
      events.push(`change ${name}=${value.toFixed(2)}`);
    });
    $<HTMLButtonElement>(element, '.controls .step')!.click();
    const key = new KeyboardEvent('keydown', {
      key: 'ArrowRight',
      bubbles: true,
      cancelable: true,
    });
    $(element, '.node[data-name="w"]')!.dispatchEvent(key);
    expect(key.defaultPrevented, 'the arrow does not scroll the page meanwhile').to.be.true;
    await element.updateComplete;
    expect(events).to.deep.equal(['step 1', 'change w=2.10']);
    expect(element.step).to.equal(1);
    expect(element.values.w).to.be.closeTo(2.1, 1e-9);
    expect($(element, '.controls .counter')?.textContent).to.contain('Step 1 of 1');
  });
});
