/**
 * Numbers drawn inside the diagram's boxes stay inside them, on a phone as on a wide page:
 * forward mode's tangents (∂/∂x −0.149) and the products on its edges (−5.482 × −0.149) are the
 * longest texts the diagram draws.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/graph-backprop/define.js';
import type { GraphBackprop } from '../../../src/elements/graph-backprop/graph-backprop.js';
import { shrinkToFit, textWidth } from '../../../src/internal/svg-text-fit.js';

const EXPR = 'bce(sigmoid(w*x + b), y)';

async function mount(width: number, mode: string, wrt = 'x'): Promise<GraphBackprop> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`}>
      <graph-backprop
        expr=${EXPR}
        values="x=2, w=-1, b=0.5, y=1"
        mode=${mode}
        wrt=${wrt}
      ></graph-backprop>
    </div>`,
  );
  const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
  // The host measures its width after the first frame and may redraw top to bottom.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  await element.updateComplete;
  element.step = element.totalSteps;
  await element.updateComplete;
  return element;
}

/** Every drawn text wider than the box it sits in, as "text: width > room" (screen pixels). */
function overflowing(element: GraphBackprop): string[] {
  const root = element.shadowRoot!;
  const out: string[] = [];
  const check = (box: Element, texts: Iterable<Element>) => {
    const room = box.getBoundingClientRect();
    for (const text of texts) {
      const drawn = text.getBoundingClientRect();
      if (drawn.width === 0) continue;
      if (drawn.left < room.left - 0.5 || drawn.right > room.right + 0.5)
        out.push(`${text.textContent}: ${drawn.width.toFixed(1)} > ${room.width.toFixed(1)}`);
    }
  };
  for (const label of root.querySelectorAll('.node-text')) {
    const box = label.previousElementSibling!.querySelector('.node-box')!;
    check(box, label.querySelectorAll('text'));
  }
  for (const edge of root.querySelectorAll('.edge'))
    check(edge.querySelector('.edge-label')!, edge.querySelectorAll('text'));
  return out;
}

describe('<graph-backprop> fits its numbers in their boxes', () => {
  for (const width of [320, 360, 900]) {
    for (const mode of ['forward', 'reverse']) {
      it(`at ${width} px in ${mode} mode, stepped to the end`, async () => {
        const element = await mount(width, mode);
        expect(element.shadowRoot!.querySelector('.node-text')!.textContent).to.contain(
          mode === 'forward' ? '∂/∂x' : '∂',
        );
        expect(overflowing(element)).to.deep.equal([]);
      });
    }
  }

  // The mark and the tangent each have a line of their own, so neither is shrunk beside the other:
  // as large as the edge labels in any graph, and 11 px or more where the drawing is not scaled.
  for (const [expr, values, least] of [
    ['sigmoid(w*x + b)', 'x=2, w=-1, b=0.5', 11],
    [EXPR, 'x=2, w=-1, b=0.5, y=1', 0],
  ] as const) {
    it(`draws forward mode's ∂/∂x and tangents as large as the edge labels: ${expr} at 320 px`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <graph-backprop expr=${expr} values=${values} mode="forward" wrt="x"></graph-backprop>
        </div>`,
      );
      const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      element.step = element.totalSteps;
      await element.updateComplete;
      const root = element.shadowRoot!;
      /** The size a text is drawn at on screen: its font size through every scale above it. */
      const drawnSize = (text: SVGTextElement): number =>
        parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a;
      const texts = (selector: string): SVGTextElement[] =>
        Array.from(root.querySelectorAll<SVGTextElement>(selector));
      const edges = Math.min(...texts('.edge text').map(drawnSize));
      const tangents = [...texts('.grad-mark.forward'), ...texts('.node-grad')];
      expect(tangents).to.have.length(2 * root.querySelectorAll('.node-text').length);
      for (const text of tangents) {
        expect(drawnSize(text), text.textContent!).to.be.at.least(least);
        expect(drawnSize(text), text.textContent!).to.be.at.least(edges - 0.01);
      }
    });
  }

  it('fits a long variable name traced in forward mode', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px">
        <graph-backprop expr="weight*input" values="weight=-1.25, input=3.5" mode="forward">
        </graph-backprop>
      </div>`,
    );
    const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    element.step = 1;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.grad-mark')!.textContent).to.contain('∂/∂weight');
    expect(overflowing(element)).to.deep.equal([]);
  });

  it('estimates no text narrower than it is drawn, so fitting never stretches', async () => {
    const element = await mount(900, 'forward');
    const svg = element.shadowRoot!.querySelector('svg')!;
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    probe.setAttribute('class', 'node-grad');
    svg.append(probe);
    for (const sample of ['∂/∂x −0.149', '−5.482 × −0.149', '+1.23e−4 …', 'lokal', '局部']) {
      probe.textContent = sample;
      expect(textWidth(sample, 12.5), sample).to.be.at.least(probe.getComputedTextLength());
    }
    probe.remove();
  });

  it('shrinks only what does not fit, about its centre', () => {
    expect(shrinkToFit(60, 66, 37, 49)).to.equal(undefined);
    expect(shrinkToFit(88, 66, 37, 49)).to.equal('translate(37 49) scale(0.75) translate(-37 -49)');
  });
});
