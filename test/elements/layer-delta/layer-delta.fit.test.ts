/**
 * What a reader of <layer-delta> sees whole: every formula inside its panel at a phone's and an
 * article's width, in English and German, with cross-entropy's three outputs; no control or table
 * past the element's edge; a δ label at full size whether or not its animation ever plays; and
 * one bad target refusing only itself.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import '../../../src/elements/layer-delta/views/efficiency.messages.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { loadCatalogue } from '../../../src/internal/i18n.js';
import { loadTex } from '../../../src/internal/tex.js';
import { bringToFront } from '../../conformance/page-state.js';
import { record } from './layer-page.js';
import { stepAll } from './step-all.js';

beforeEach(bringToFront);

async function mountIn(
  width: number,
  lang: string,
  sizes: string,
  loss: string,
): Promise<LayerDelta> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`} lang=${lang}>
      <layer-delta sizes=${sizes} loss=${loss}></layer-delta>
    </div>`,
  );
  const element = wrapper.querySelector('layer-delta') as LayerDelta;
  await element.updateComplete;
  // The cost panel arrives as its own chunk; the fonts settle the formulas' widths.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await document.fonts.ready;
  await element.updateComplete;
  return element;
}

/** Opens a layer's panel as a reader does, with its button in the layer picker. */
async function open(element: LayerDelta, layer: number): Promise<void> {
  const buttons = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.layer-picker button');
  buttons[layer - 1].click();
  await element.updateComplete;
}

/** Everything drawn past the element's sides or cut off inside a box, as readable lines. */
function cutOff(element: LayerDelta): string[] {
  const host = element.getBoundingClientRect();
  const out: string[] = [];
  for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    // KaTeX's MathML copy is for screen readers, clipped to nothing on purpose.
    if (node.closest('.katex-mathml') || node.closest('svg')) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    const name = `${node.tagName.toLowerCase()}.${node.className}`;
    if (box.left < host.left - 0.5 || box.right > host.right + 0.5)
      out.push(
        `${name} spans ${box.left.toFixed(0)}..${box.right.toFixed(0)} in ${host.left}..${host.right}`,
      );
  }
  for (const box of element.shadowRoot!.querySelectorAll<HTMLElement>(
    '[part~="formula"], [part~="formula"] *',
  )) {
    if (box.closest('.katex-mathml')) continue;
    if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible')
      out.push(`${box.className} scrolls ${box.scrollWidth} in ${box.clientWidth}`);
  }
  return out;
}

describe('<layer-delta> fits its formulas and controls', () => {
  before(async () => {
    await loadTex();
    await loadCatalogue('de', 'layer-delta');
  });

  for (const width of [288, 320, 900]) {
    for (const [lang, sizes, loss] of [
      ['en', '2 3 1', 'bce'],
      ['en', '2 3 3', 'ce'],
      ['de', '2 3 3', 'ce'],
      ['de', '2 3 3 3', 'mse'],
    ]) {
      it(`${sizes} ${loss} in ${lang} at ${width} px, every layer stepped and opened`, async () => {
        const element = await mountIn(width, lang, sizes, loss);
        await stepAll(element);
        const layers = sizes.split(' ').length - 1;
        for (let layer = 1; layer <= layers; layer++) {
          await open(element, layer);
          expect(cutOff(element), `layer ${layer}`).to.deep.equal([]);
        }
      });
    }
  }

  it('keeps δ₂ in "W₂ᵀδ₂ =" with cross-entropy at 320 px', async () => {
    const element = await mountIn(320, 'en', '2 3 3', 'ce');
    await stepAll(element);
    await open(element, 1);
    const panel = element.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
    const row = Array.from(panel.querySelectorAll<HTMLElement>('.formula-row')).find((line) =>
      line.querySelector('annotation')!.textContent!.includes('\\boxed{\\begin{bmatrix}'),
    )!;
    // The column δ₂ is the row's last matrix: drawn inside the panel, not scrolled out of sight.
    const brackets = row.querySelectorAll('.katex-html .mopen');
    const last = brackets[brackets.length - 1].getBoundingClientRect();
    const room = panel.getBoundingClientRect();
    expect(last.left).to.be.at.least(room.left);
    expect(last.right).to.be.at.most(room.right);
  });
});

describe('<layer-delta> after a step', () => {
  it("draws the reached layer's δ labels at full size even if their animation never plays", async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.step')!.click();
    await element.updateComplete;
    const labels = Array.from(
      element.shadowRoot!.querySelectorAll<SVGElement>('.unit-text.fresh :is(.delta, .sign)'),
    );
    expect(labels.length).to.be.greaterThan(0);
    // A page in the background: the animations stand still at their start.
    for (const animation of element.shadowRoot!.getAnimations()) {
      animation.pause();
      animation.currentTime = 0;
    }
    for (const label of labels) {
      const { transform } = getComputedStyle(label);
      expect(transform === 'none' || transform === 'matrix(1, 0, 0, 1, 0, 0)', transform).to.be
        .true;
    }
  });
});

describe('<layer-delta> refuses only what is wrong', () => {
  it('keeps the sizes and loss given with a cross-entropy target that is not a probability', async () => {
    for (const y of ['0.5 0.2 0.2', '1 0', '2 -1 0']) {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const element = document.createElement('layer-delta') as LayerDelta;
      const errors = record(element, 'error');
      element.setAttribute('sizes', '2 4 3');
      element.setAttribute('loss', 'ce');
      element.setAttribute('y', y);
      wrapper.append(element);
      await element.updateComplete;
      expect(element.sizes, y).to.deep.equal([2, 4, 3]);
      expect(element.loss, y).to.equal('ce');
      expect(element.y, y).to.deep.equal([1, 0, 0]);
      expect(
        errors.map((event) => (event.detail as { attribute: string }).attribute),
      ).to.deep.equal(['y']);
      // Given one after another, as a framework may set them: still only y is refused.
      element.setAttribute('sizes', '2 4 4');
      await element.updateComplete;
      element.setAttribute('y', '0.9 0.9 0 0');
      await element.updateComplete;
      expect(element.sizes).to.deep.equal([2, 4, 4]);
      expect(element.loss).to.equal('ce');
    }
  });
});
