import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../src/elements/graph-backprop/graph-backprop.js';

/**
 * A note's bar and a panel's rule stand at the start of the line: on the right on a right-to-left
 * page, as the text they mark begins there.
 */
describe('notes and panels on a right-to-left page', () => {
  it("a setting's note and the node panel have their bar on the right", async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <graph-backprop expr="log(x)" values="x=-1" selected="nope"></graph-backprop>
      </div>`,
    );
    const element = host.querySelector('graph-backprop') as GraphBackprop;
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    const root = element.shadowRoot!;
    for (const selector of ['.errors', '.domain']) {
      const box = root.querySelector(selector);
      expect(box, selector).to.exist;
      const style = getComputedStyle(box!);
      expect(style.borderRightWidth, `${selector} bar on the right`).to.equal('4px');
      expect(style.borderLeftWidth, `${selector} no bar on the left`).to.equal('0px');
    }
  });
});
