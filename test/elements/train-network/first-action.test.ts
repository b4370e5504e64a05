import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/train-network/define.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';

/**
 * What the reader does on the plane comes with the code that follows the first paint: a press
 * made before that code is here is held, not lost, and made in order once it arrives. This file
 * runs in a page of its own, so its first test acts before the code has ever been fetched.
 */
describe('<train-network>: the first action', () => {
  it('keys pressed on the plane before its code is here are applied once it arrives, in order', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('train-network') as TrainNetwork;
    element.setAttribute('points', '1 1 0; -1 -1 1; 3 3 0');
    host.append(element);
    // The first render comes in a microtask; the code it asks for needs a fetch (a task).
    while (!element.shadowRoot?.querySelector('.plane')) await Promise.resolve();
    const plane = element.shadowRoot!.querySelector<HTMLElement>('.plane')!;
    // No settings panel yet: it comes with the same code as the plane's actions.
    expect(element.shadowRoot!.querySelector('.settings')).to.equal(null);
    const press = (key: string): KeyboardEvent => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      plane.dispatchEvent(event);
      return event;
    };
    // The page does not scroll while the key waits for its code.
    expect(press('ArrowRight').defaultPrevented).to.equal(true);
    expect(press('Enter').defaultPrevented).to.equal(true);
    await element.updateComplete;
    expect(element.points).to.have.length(4);
    expect(element.points![3]).to.deep.equal({ x: 0.25, y: 0, label: 0 });
    expect(element.announcement).to.match(/^Added a point of class 1 at x₁ = 0.25, x₂ = 0\b/);
    expect(element.shadowRoot!.querySelector('.settings')).to.exist;
  });
});
