import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/train-network/define.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';
import { settle } from '../../conformance/settle.js';

/**
 * Weights set from script apply with code of their own, fetched when a page first gives them.
 * This file runs in a page of its own, so that code has never been fetched when its test starts.
 */
describe('<train-network>: weights given before the first paint', () => {
  it("the first drawing shows them, not the seed's", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const make = (): TrainNetwork => {
      const element = document.createElement('train-network');
      element.setAttribute('dataset', 'xor');
      element.setAttribute('sizes', '2');
      return element;
    };
    const probe = make();
    host.append(probe);
    await settle(probe);
    const weights = probe.weights;
    probe.remove();
    weights[0][0][0] = 3.5;
    const element = make();
    element.weights = weights;
    host.append(element);
    // Whenever the drawing first shows, it shows the weights given: looked for after every
    // microtask, so a render that showed the seed's first would be seen.
    let drawn: number | undefined;
    for (let k = 0; k < 20000 && drawn === undefined; k++) {
      if (element.shadowRoot?.querySelector('.network')) drawn = element.weights[0][0][0];
      else await (k < 10000 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve)));
    }
    expect(drawn).to.equal(3.5);
    await settle(element);
    const wire = element.shadowRoot!.querySelector('.network line.wire')!;
    expect(wire.getAttribute('stroke-width')).to.equal('6');
  });
});
