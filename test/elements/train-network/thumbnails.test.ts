import { expect, fixture, html } from '@open-wc/testing';
import { featureVector, networkForward } from '../../../src/core/index.js';
import '../../../src/elements/train-network/define.js';
import { cellCentre } from '../../../src/elements/train-network/heatmap.js';
import { THUMBNAIL_SIZE } from '../../../src/elements/train-network/thumbnails.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';
import { bringToFront, resetPageState } from '../../conformance/page-state.js';
import { settle } from '../../conformance/settle.js';

beforeEach(bringToFront);
afterEach(resetPageState);

async function mount(): Promise<TrainNetwork> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('train-network');
  element.setAttribute('dataset', 'xor');
  element.setAttribute('sizes', '4 2');
  element.setAttribute('seed', '7');
  host.append(element);
  await settle(element);
  return element;
}

function thumbnail(element: TrainNetwork, layer: number, unit: number): HTMLCanvasElement {
  const canvas = element.shadowRoot!.querySelector<HTMLCanvasElement>(
    `canvas.thumb[data-layer="${layer}"][data-unit="${unit}"]`,
  );
  expect(canvas, `thumbnail of layer ${layer} unit ${unit}`).to.exist;
  return canvas!;
}

/**
 * Every cell where the unit's output is clearly away from zero shows the value's colour: blue
 * (the heatmap's positive) above zero, orange below. Answers how many cells were checked.
 */
function expectSignsMatch(element: TrainNetwork): number {
  const network = networkOf(element);
  let checked = 0;
  network.sizes.slice(1, -1).forEach((units, layer) => {
    for (let unit = 0; unit < units; unit++) {
      const context = thumbnail(element, layer, unit).getContext('2d')!;
      const pixels = context.getImageData(0, 0, THUMBNAIL_SIZE, THUMBNAIL_SIZE).data;
      for (let row = 0; row < THUMBNAIL_SIZE; row += 3)
        for (let col = 0; col < THUMBNAIL_SIZE; col += 3) {
          const { x, y } = cellCentre(col, row, THUMBNAIL_SIZE);
          const value = networkForward(network, featureVector(['x1', 'x2'], x, y)).a[layer][unit];
          if (Math.abs(value) < 0.3) continue;
          const k = (row * THUMBNAIL_SIZE + col) * 4;
          const [red, blue] = [pixels[k], pixels[k + 2]];
          // A cell on the unit's boundary is drawn in the line colour instead.
          if (Math.abs(red - blue) < 20) continue;
          expect(
            value > 0 ? blue > red : red > blue,
            `layer ${layer} unit ${unit} (${col}, ${row})`,
          ).to.be.true;
          checked++;
        }
    }
  });
  return checked;
}

function networkOf(element: TrainNetwork) {
  const { weights, biases } = element;
  return {
    sizes: [2, ...weights.map((m) => m.length)],
    weights,
    biases,
    activation: element.activation,
    output: 'binary' as const,
  };
}

describe('train-network: hidden-unit thumbnails', () => {
  it('shows each hidden unit its own output over the plane, in the heatmap colours', async () => {
    const element = await mount();
    expect(element.shadowRoot!.querySelectorAll('canvas.thumb')).to.have.length(6);
    expect(expectSignsMatch(element)).to.be.greaterThan(30);
  });

  it('follows the weights after training', async () => {
    const element = await mount();
    const before = thumbnail(element, 0, 0)
      .getContext('2d')!
      .getImageData(0, 0, THUMBNAIL_SIZE, THUMBNAIL_SIZE)
      .data.join();
    element.train(40);
    await settle(element);
    const after = thumbnail(element, 0, 0)
      .getContext('2d')!
      .getImageData(0, 0, THUMBNAIL_SIZE, THUMBNAIL_SIZE)
      .data.join();
    expect(after).not.to.equal(before);
    expect(expectSignsMatch(element)).to.be.greaterThan(30);
  });

  it("once painted, each fills its unit's square and shows through the square's frame", async () => {
    const element = await mount();
    for (const frame of element.shadowRoot!.querySelectorAll('rect.thumb-frame')) {
      expect(getComputedStyle(frame).fill).to.match(/^(transparent|rgba\(0, 0, 0, 0\))$/);
      const canvas = frame.previousElementSibling!.querySelector('canvas.thumb')!;
      const [inner, outer] = [canvas, frame].map((box) => box.getBoundingClientRect());
      expect(inner.width).to.be.closeTo(outer.width, 0.5);
      expect(inner.height).to.be.closeTo(outer.height, 0.5);
    }
  });

  it('is decorative: hidden from screen readers, the drawing keeps its name', async () => {
    const element = await mount();
    for (const canvas of element.shadowRoot!.querySelectorAll('canvas.thumb'))
      expect(canvas.closest('[aria-hidden="true"]')).to.exist;
    const drawing = element.shadowRoot!.querySelector('.network svg')!;
    expect(drawing.getAttribute('aria-label')).to.match(/2.4.2.1/);
  });
});
