import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';

/** A chain of `layers` neurons: far too long to run across any window. */
function longChain(layers: number): string {
  let text = 'x';
  for (let k = 1; k <= layers; k++) text = `tanh(w${k}*${text} + b${k})`;
  return text;
}

const direction = (element: GraphBackprop): string =>
  element.shadowRoot!.querySelector('svg.graph')!.classList.contains('down') ? 'down' : 'right';

/**
 * The first render chooses the drawing's direction before the element's width is measured: a
 * graph too wide across for the window is drawn top to bottom at once, not across for a frame.
 */
describe('<graph-backprop> direction at the first render', () => {
  async function firstRender(expr: string, width: number): Promise<GraphBackprop> {
    const wrapper = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}></div>`);
    const element = document.createElement('graph-backprop') as GraphBackprop;
    element.setAttribute('expr', expr);
    wrapper.append(element);
    await element.updateComplete;
    return element;
  }

  it('draws a graph too wide for the window top to bottom in its first render', async () => {
    const element = await firstRender(longChain(12), 900);
    expect(direction(element), 'the first render').to.equal('down');
    for (let i = 0; i < 3; i++) await nextFrame();
    await element.updateComplete;
    expect(direction(element), 'once the width is measured').to.equal('down');
  });

  it('draws a small graph across, in a wide column and in a narrow one once measured', async () => {
    const wide = await firstRender('relu(w*x + b)', 900);
    expect(direction(wide)).to.equal('right');
    const narrow = await firstRender('tanh(w2*relu(w*x + b) + b2)', 200);
    for (let i = 0; i < 3; i++) await nextFrame();
    await narrow.updateComplete;
    expect(direction(narrow), 'a narrow column still turns it').to.equal('down');
  });
});
