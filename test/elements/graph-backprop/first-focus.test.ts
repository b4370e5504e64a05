import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { readerCode } from '../../../src/elements/graph-backprop/waiting-handlers.js';
import { $ } from '../../conformance/shadow.js';

/**
 * How to use a node (its `aria-describedby` description) is said when the node has focus: its
 * words come with the reader's code, not with the first paint, and a focus before that code has
 * arrived fetches it. A file of its own, so the code has not arrived yet when its test starts.
 */
describe('<graph-backprop> focused before the code of the reader’s actions arrives', () => {
  it('describes how to use the focused node once its words are here', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    expect(readerCode.ready, 'the actions are not part of the first load').to.equal(undefined);
    const w = $<SVGGElement>(element, '.node[data-name="w"]');
    const description = (node: Element): string =>
      element.shadowRoot!.getElementById(node.getAttribute('aria-describedby')!)!.textContent!;
    expect(description(w).trim(), 'no usage words at the first paint').to.equal('');
    w.focus();
    await element.updateComplete;
    expect(description(w)).to.contain('Home and End go to the ends');
    expect(description($(element, '.node[data-id="n2"]'))).to.contain('Enter or Space');
    expect(element.shadowRoot!.activeElement).to.equal(w);
  });
});
