import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { $ } from '../../conformance/shadow.js';

/**
 * The details panel, forward mode's strip, the strip at a backward step and the expression box
 * are fetched on first use (or
 * when the page is idle): opening each shows its content once the element's update completes,
 * whether it is open from the start or opened later.
 */
describe('<graph-backprop> views loaded on demand', () => {
  it('shows the details panel open from the start and when a node is opened later', async () => {
    const open = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3" selected="w"></graph-backprop>`,
    );
    await open.updateComplete;
    expect($(open, '[part="panel"] .panel-title')?.textContent).to.contain('w');
    expect($(open, '#value-input'), 'the value field').to.exist;

    const closed = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    await closed.updateComplete;
    expect($(closed, '[part="panel"]')).to.be.null;
    closed.selected = 'n2';
    await closed.updateComplete;
    expect($(closed, '[part="panel"] .description')?.textContent).to.contain('Multiplies');
  });

  it('draws each view with its own styles, which arrive with its code', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop editable expr="w*x" values="w=2, x=3" selected="w"></graph-backprop>`,
    );
    await element.updateComplete;
    const panel = getComputedStyle($(element, '[part="panel"]')!);
    expect(panel.borderLeftWidth, "the panel's accent edge").to.equal('4px');
    const label = getComputedStyle($(element, '.expression label')!);
    expect(label.fontWeight, "the expression box's label").to.equal('600');
    // Moved into another document, the element rebuilds its sheets there, the views' included.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentDocument!.adoptNode(element);
      const rules = element
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .map((rule) => rule.cssText);
      expect(
        rules.some((rule) => rule.startsWith('.panel {')),
        "the panel's rules",
      ).to.be.true;
      expect(
        rules.some((rule) => rule.startsWith('.expression label')),
        "the box's",
      ).to.be.true;
    } finally {
      frame.remove();
    }
  });

  it('shows forward mode’s strip when the reader switches to forward mode', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    $<HTMLInputElement>(element, 'input[name="mode"][value="forward"]')!.click();
    await element.updateComplete;
    expect($(element, '[part="caption"]')?.textContent).to.contain('Forward mode');
  });

  it('shows the strip of a backward step, open on a step from the start and after Step', async () => {
    const stepped = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3" .step=${1}></graph-backprop>`,
    );
    await stepped.updateComplete;
    const strip = $(stepped, '[part="caption"]')!;
    expect(strip.textContent).to.contain('Step 1 of 1:');
    expect(strip.textContent).to.contain('Done.');
    expect(
      strip.querySelectorAll('.contributions li').length,
      'two shares, two gradients',
    ).to.equal(4);

    const start = await fixture<GraphBackprop>(
      html`<graph-backprop expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    expect($(start, '[part="caption"]')?.textContent).to.contain('Press Step');
    start.stepBackward();
    await start.updateComplete;
    expect($(start, '[part="caption"]')?.textContent).to.contain('Step 1 of 1:');
  });

  it('shows the expression box with `editable`', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop editable expr="w*x" values="w=2, x=3"></graph-backprop>`,
    );
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#expression-input')?.value).to.equal('w*x');
    expect($(element, '#expression-help')?.textContent).to.contain('Try');
  });
});
