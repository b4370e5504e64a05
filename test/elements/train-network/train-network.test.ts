import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  featureVector,
  networkForward,
  predictedClass,
  type TrainableNetwork,
} from '../../../src/core/index.js';
import '../../../src/elements/train-network/define.js';
import { cellCentre, HEATMAP_SIZE } from '../../../src/elements/train-network/heatmap.js';
import { CLASS_COLOURS } from '../../../src/elements/train-network/palette.js';
import type { TrainNetwork } from '../../../src/elements/train-network/train-network.js';
import { bringToFront, resetPageState } from '../../conformance/page-state.js';
import { findNonFinite, visibleText } from '../../conformance/screen.js';
import { settle } from '../../conformance/settle.js';

beforeEach(bringToFront);
afterEach(resetPageState);

/** Mounts the element with attributes written as in HTML: `dataset="xor" sizes="4"`. */
async function mount(attributes = 'dataset="gauss" classes="3" sizes="4"'): Promise<TrainNetwork> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('train-network');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g))
    element.setAttribute(name, value);
  host.append(element);
  await settle(element);
  return element;
}

const shadow = (element: TrainNetwork) => element.shadowRoot!;
const button = (element: TrainNetwork, name: string) =>
  shadow(element).querySelector<HTMLButtonElement>(`button.${name}`)!;

describe('<train-network>', () => {
  // First in this file, while Play's code (fetched once the page is idle after the first
  // render) may still be on its way.
  it('Play right after the first render: it says Pause at once and trains', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('train-network');
    element.setAttribute('dataset', 'gauss');
    element.setAttribute('batch-size', '100');
    host.append(element);
    await element.updateComplete;
    button(element, 'play').click();
    expect(element.announcement).to.equal('Training.');
    await element.updateComplete;
    expect(button(element, 'play').getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => element.epoch > 0, 'Play never trained');
    element.pause();
  });

  it('trains from its attributes: train(epochs) returns the metrics and the readouts show them', async () => {
    const element = await mount();
    expect(element.epoch).to.equal(0);
    const result = element.train(30);
    await settle(element);
    expect(result.epoch).to.equal(30);
    expect(result.accuracy).to.be.at.least(0.95);
    expect(element.accuracy).to.equal(result.accuracy);
    expect(visibleText(element)).to.contain('Epoch 30');
    expect(findNonFinite(element)).to.equal(null);
  });

  it('the same seed gives the same numbers; Reset returns to epoch 0 with the same weights', async () => {
    const a = await mount('dataset="xor" sizes="4" seed="3"');
    const b = await mount('dataset="xor" sizes="4" seed="3"');
    const start = a.weights;
    expect(a.train(5)).to.deep.equal(b.train(5));
    a.reset();
    await settle(a);
    expect(a.epoch).to.equal(0);
    expect(a.weights).to.deep.equal(start);
  });

  it('settings given before the first render give the numbers the same settings give later', async () => {
    const settings: [string, string][] = [
      ['dataset', 'xor'],
      ['sizes', '5 3'],
      ['seed', '4'],
      ['learning-rate', '0.1'],
      ['regularization', 'l2'],
      ['regularization-rate', '0.01'],
    ];
    const atOnce = await mount(settings.map(([name, value]) => `${name}="${value}"`).join(' '));
    const later = await mount('');
    for (const [name, value] of settings) {
      later.setAttribute(name, value);
      await settle(later);
    }
    expect(later.weights).to.deep.equal(atOnce.weights);
    expect([later.trainLoss, later.testLoss]).to.deep.equal([atOnce.trainLoss, atOnce.testLoss]);
    expect(later.train(5)).to.deep.equal(atOnce.train(5));
  });

  it('figures with the same settings start alike and train apart: one trained leaves the other as it was', async () => {
    const a = await mount('dataset="circle" sizes="6" seed="2"');
    const b = await mount('dataset="circle" sizes="6" seed="2"');
    const heatmap = (element: TrainNetwork): string =>
      shadow(element)
        .querySelector<HTMLCanvasElement>('canvas.heatmap')!
        .getContext('2d')!
        .getImageData(0, 0, HEATMAP_SIZE, HEATMAP_SIZE)
        .data.join();
    const start = { weights: b.weights, loss: b.trainLoss, heatmap: heatmap(b) };
    expect(heatmap(a)).to.equal(start.heatmap);
    a.train(20);
    await settle(a);
    await settle(b);
    expect(a.epoch).to.equal(20);
    expect(heatmap(a)).not.to.equal(start.heatmap);
    expect(b.epoch).to.equal(0);
    expect({ weights: b.weights, loss: b.trainLoss, heatmap: heatmap(b) }).to.deep.equal(start);
  });

  it('paints its plane on the frame after its first render, and after a move before that frame', async () => {
    const painted = (element: TrainNetwork): boolean => {
      const heatmap = shadow(element).querySelector<HTMLCanvasElement>('canvas.heatmap')!;
      const points = shadow(element).querySelector<HTMLCanvasElement>('canvas.points')!;
      const centre = heatmap.getContext('2d')!.getImageData(25, 25, 1, 1).data;
      return centre[3] === 255 && points.width > 0;
    };
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement('train-network');
    host.append(element);
    await element.updateComplete;
    element.remove();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(painted(element)).to.equal(false);
    host.append(element);
    await settle(element);
    expect(painted(element)).to.equal(true);
  });

  it('a press beside a thin connection, on its wide unpainted band, still picks it', async () => {
    const element = await mount('dataset="circle" sizes="3"');
    const hit = shadow(element).querySelectorAll<SVGLineElement>('.connection .hit')[4];
    const box = hit.getBoundingClientRect();
    // The middle of the segment, moved 2 px across it: off the drawn line, inside the band.
    const x = box.left + box.width / 2 + (box.height > box.width ? 2 : 0);
    const y = box.top + box.height / 2 + (box.height > box.width ? 0 : 2);
    const target = shadow(element).elementFromPoint(x, y);
    expect(target?.closest('.connection')).to.equal(hit.closest('.connection'));
    target!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(element);
    expect(hit.closest('.connection')!.classList.contains('selected')).to.equal(true);
  });

  it('Step runs one mini-batch, moving the selected weight to what the panel said it would', async () => {
    const element = await mount('dataset="circle" sizes="3"');
    shadow(element)
      .querySelector<SVGGElement>('.connection')!
      .dispatchEvent(new MouseEvent('click'));
    await settle(element);
    const panel = shadow(element).querySelector('.panel')!;
    expect(panel.textContent).to.contain('mini-batch (10 examples)');
    const [before] = [element.weights[0][0][0]];
    button(element, 'step').click();
    await settle(element);
    expect(element.weights[0][0][0]).to.not.equal(before);
    expect(element.epoch).to.equal(0);
  });

  it('shows no formula until the reader opens the gradient panel, which the switch opens and closes', async () => {
    const element = await mount('dataset="xor" sizes="4"');
    const toggle = button(element, 'explain');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).querySelector('.panel, .tex')).to.equal(null);
    toggle.click();
    await settle(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = shadow(element).querySelector('.panel')!;
    expect(panel.textContent).to.contain(
      'The gradient of the weight from layer 1 unit 1 to output 1',
    );
    await waitUntil(() => panel.querySelector('.katex'), 'the formulas were never typeset');
    toggle.click();
    await settle(element);
    expect(shadow(element).querySelector('.panel')).to.equal(null);
  });

  it('a click on a unit opens the panel on its δ: the chain rule one layer back, with its numbers', async () => {
    const element = await mount('dataset="xor" sizes="3"');
    const units = shadow(element).querySelectorAll<SVGElement>('.network .unit');
    expect(units.length).to.equal(2 + 3 + 1);
    units[3].dispatchEvent(new MouseEvent('click')); // layer 1, unit 2
    await settle(element);
    const story = shadow(element).querySelector('.delta-story')!;
    expect(story.querySelector('h4')!.textContent).to.equal('δ of layer 1 unit 2');
    expect(story.textContent).to.contain('the chain rule one layer back');
    expect(story.textContent).to.contain('Averaged over the mini-batch (10 examples)');
    expect(units[3].classList.contains('told')).to.equal(true);
    await waitUntil(() => story.querySelector('.katex'), 'the formulas were never typeset');
    expect(findNonFinite(element)).to.equal(null);
    // The output's δ is the prediction minus the target.
    units[5].dispatchEvent(new MouseEvent('click'));
    await settle(element);
    expect(shadow(element).querySelector('.delta-story h4')!.textContent).to.equal('δ of output 1');
    expect(shadow(element).querySelector('.delta-story')!.textContent).to.contain(
      'the prediction minus the target',
    );
    // The keyboard's way: the panel's δ switch hides the story and brings it back.
    const toggle = button(element, 'delta-switch');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await settle(element);
    expect(shadow(element).querySelector('.delta-story')).to.equal(null);
    button(element, 'delta-switch').click();
    await settle(element);
    expect(shadow(element).querySelector('.delta-story')).to.not.equal(null);
  });

  it('Play trains over animation frames and fires epoch; Pause stops and summarises', async () => {
    const element = await mount('dataset="gauss" sizes="2" batch-size="100"');
    const epochs: number[] = [];
    element.addEventListener('epoch', (event) => epochs.push(event.detail.epoch));
    button(element, 'play').click();
    for (let k = 0; k < 10 && epochs.length === 0; k++) await settle(element);
    expect(epochs.length).to.be.greaterThan(0);
    expect(button(element, 'play').getAttribute('aria-pressed')).to.equal('true');
    // Its pressed look comes with Play's code.
    expect(getComputedStyle(button(element, 'play')).boxShadow).to.match(/inset/);
    button(element, 'play').click();
    await settle(element);
    const stoppedAt = element.epoch;
    await settle(element);
    await settle(element);
    expect(element.epoch).to.equal(stoppedAt);
    expect(element.announcement).to.match(/^Epoch \d+: training loss/);
  });

  it('Play waits while the figure is off-screen, and trains once it is back in view', async () => {
    const element = await mount('dataset="gauss" sizes="2" batch-size="100"');
    element.style.position = 'fixed';
    element.style.top = '-5000px';
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let k = 0; k < 5; k++) await frame(); // the observer has seen it leave
    element.play();
    for (let k = 0; k < 20; k++) await frame();
    expect(element.epoch).to.equal(0);
    element.style.top = '0';
    await waitUntil(() => element.epoch > 0, 'training never resumed on screen');
    element.pause();
  });

  it('a learning rate of 10 on relu: diverged fires, training rewinds, one sentence says why, no NaN', async () => {
    const element = await mount('dataset="xor" sizes="8 8" activation="relu" learning-rate="10"');
    const diverged: number[] = [];
    element.addEventListener('diverged', (event) => diverged.push(event.detail.epoch));
    const result = element.train(20);
    await settle(element);
    expect(diverged).to.deep.equal([0]);
    expect(result.epoch).to.equal(0);
    expect(Number.isFinite(result.trainLoss)).to.equal(true);
    const note = shadow(element).querySelector('.diverged');
    expect(note?.textContent).to.contain('try a smaller learning rate than 10');
    // Its look comes with its sentence's code.
    expect(getComputedStyle(note!).borderLeftStyle).to.equal('solid');
    expect(findNonFinite(element)).to.equal(null);
    expect(element.weights.flat(2).every(Number.isFinite)).to.equal(true);
  });

  it("the plane's description says its keys and, paused, each class's test accuracy", async () => {
    const element = await mount('dataset="gauss" classes="3" sizes="4"');
    element.train(30);
    await settle(element);
    const plane = shadow(element).querySelector('.plane')!;
    const described = plane
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => shadow(element).getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(described[0]).to.match(/^Arrow keys move a cursor over the plane/);
    const lines = [...shadow(element).querySelectorAll('#plane-summary li')].map(
      (li) => li.textContent,
    );
    expect(lines).to.have.length(3);
    const right = lines.map((line) => Number(/(\d+) of (\d+) test points/.exec(line!)![1]));
    const total = lines.map((line) => Number(/(\d+) of (\d+) test points/.exec(line!)![2]));
    expect(total.reduce((a, b) => a + b)).to.equal(250);
    expect(right.reduce((a, b) => a + b) / 250).to.be.closeTo(element.accuracy!, 1e-12);
  });

  it('the heatmap colour at a point is the colour of the class the forward pass predicts there', async () => {
    const element = await mount('dataset="gauss" classes="3" sizes="4"');
    element.train(30);
    await settle(element);
    const canvas = shadow(element).querySelector<HTMLCanvasElement>('canvas.heatmap')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, HEATMAP_SIZE, HEATMAP_SIZE).data;
    const network: TrainableNetwork = {
      sizes: [2, 4, 3],
      activation: 'tanh',
      output: 'softmax',
      weights: element.weights,
      biases: element.biases,
    };
    const background = [255, 255, 255];
    let checked = 0;
    for (let row = 2; row < HEATMAP_SIZE; row += 7) {
      for (let col = 3; col < HEATMAP_SIZE; col += 7) {
        const { x, y } = cellCentre(col, row);
        const k = (row * HEATMAP_SIZE + col) * 4;
        const pixel = [pixels[k], pixels[k + 1], pixels[k + 2]];
        // The class whose colour, mixed with the background, comes nearest the pixel.
        const distance = (c: number): number => {
          const colour = CLASS_COLOURS[c];
          const diff = pixel.map((p, i) => p - background[i]);
          const dir = colour.map((v, i) => v - background[i]);
          const s =
            diff.reduce((t, d, i) => t + d * dir[i], 0) / dir.reduce((t, d) => t + d * d, 0);
          return Math.hypot(...diff.map((d, i) => d - s * dir[i]));
        };
        const nearest = [0, 1, 2].sort((p, q) => distance(p) - distance(q))[0];
        const predicted = predictedClass(
          network,
          networkForward(network, featureVector(['x1', 'x2'], x, y)),
        );
        expect(nearest, `cell ${col}, ${row}`).to.equal(predicted);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(30);
  });

  it('on request, a table says the predicted class at 10 × 10 points, as the forward pass gives it', async () => {
    const element = await mount('dataset="gauss" classes="3" sizes="4"');
    element.train(30);
    await settle(element);
    const toggle = button(element, 'grid-switch');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).querySelector('table')).to.equal(null);
    toggle.click();
    await settle(element);
    const table = shadow(element).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain(
      'The predicted class at 10 × 10 points of the plane',
    );
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).to.have.length(10);
    expect(heads[0]).to.equal('x₁ = −5.4'); // numbers as readers see them, with a true minus
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(10);
    const network: TrainableNetwork = {
      sizes: [2, 4, 3],
      activation: 'tanh',
      output: 'softmax',
      weights: element.weights,
      biases: element.biases,
    };
    const seen = new Set<number>();
    rows.forEach((row, r) => {
      const y = 6 - 0.6 - r * 1.2;
      expect(row.querySelector('th')!.textContent!.trim()).to.equal(
        `x₂ = ${String(Number(y.toFixed(1))).replace('-', '−')}`,
      );
      [...row.querySelectorAll('td')].forEach((td, c) => {
        const x = -6 + 0.6 + c * 1.2;
        const predicted = predictedClass(
          network,
          networkForward(network, featureVector(['x1', 'x2'], x, y)),
        );
        seen.add(predicted);
        expect(td.textContent!.trim(), `cell ${c}, ${r}`).to.equal(`class ${predicted + 1}`);
      });
    });
    expect(seen.size).to.equal(3); // the trained boundary passes through the grid
    toggle.click();
    await settle(element);
    expect(shadow(element).querySelector('table')).to.equal(null);
  });

  it('adds a point where the reader clicks, and with the keyboard cursor and Enter, then removes it', async () => {
    const element = await mount('dataset="circle" sizes="3"');
    const changes: string[] = [];
    element.addEventListener('change', (event) => changes.push(event.detail.setting));
    const count = element.points!.length;
    const plane = shadow(element).querySelector<HTMLElement>('.plane')!;
    const box = plane.getBoundingClientRect();
    plane.dispatchEvent(
      new MouseEvent('click', {
        clientX: box.left + box.width * 0.625,
        clientY: box.top + box.height * 0.375,
        bubbles: true,
      }),
    );
    await settle(element);
    expect(element.points!.length).to.equal(count + 1);
    const added = element.points![count];
    // In the gap between the rings, where no point is near.
    expect(added.x).to.be.closeTo(1.5, 0.2);
    expect(added.y).to.be.closeTo(1.5, 0.2);
    plane.focus();
    await sendKeys({ down: 'Shift' });
    for (let k = 0; k < 2; k++) await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.points!.length).to.equal(count + 2);
    expect(element.points![count + 1].x).to.be.closeTo(-2.25, 1e-9);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.points!.length).to.equal(count + 1);
    expect(changes).to.deep.equal(['points', 'points', 'points']);
  });

  it('shows the keyboard cursor on the plane while it has the focus, and only then', async () => {
    const element = await mount('dataset="circle" sizes="3"');
    const plane = shadow(element).querySelector<HTMLElement>('.plane')!;
    const canvas = shadow(element).querySelector<HTMLCanvasElement>('canvas.points')!;
    const pixels = () =>
      canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) =>
      a.filter((value, k) => value !== b[k]).length;
    const unfocused = pixels();
    plane.focus();
    await settle(element);
    // A cross in a ring at the centre, over the points.
    expect(differing(unfocused, pixels())).to.be.greaterThan(100);
    plane.blur();
    await settle(element);
    expect(differing(unfocused, pixels())).to.equal(0);
  });

  it("keys each class in the plane's legend by its marker and colour, and no class for regression", async () => {
    const element = await mount('dataset="gauss" classes="3" sizes="4"');
    const keys = [...shadow(element).querySelectorAll('.plane-figure .legend .key')].filter((key) =>
      key.querySelector('svg.marker'),
    );
    expect(keys.map((key) => key.textContent!.trim())).to.deep.equal([
      'class 1',
      'class 2',
      'class 3',
    ]);
    expect(keys.map((key) => key.querySelector('svg')!.getAttribute('fill'))).to.deep.equal(
      CLASS_COLOURS.slice(0, 3).map(([r, g, b]) => `rgb(${r} ${g} ${b})`),
    );
    expect(keys.map((key) => key.querySelector('.m')!.localName)).to.deep.equal([
      'circle',
      'polygon',
      'polygon',
    ]);
    element.setAttribute('dataset', 'wave');
    await settle(element);
    expect(shadow(element).querySelectorAll('.plane-figure .legend svg.marker')).to.have.length(0);
  });

  it('keeps the plane and its legend on one page in print', async () => {
    const element = await mount();
    await emulateMedia({ media: 'print' });
    const figure = shadow(element).querySelector('.plane-figure')!;
    expect(getComputedStyle(figure).breakInside).to.equal('avoid');
  });

  it('every setting works from the keyboard and fires change', async () => {
    const element = await mount('dataset="circle" sizes="3"');
    const changes: { setting: string; value: unknown }[] = [];
    element.addEventListener('change', (event) => changes.push(event.detail));
    const rate = shadow(element).querySelector<HTMLSelectElement>(
      'select[data-setting="learningRate"]',
    )!;
    rate.focus();
    await sendKeys({ press: 'ArrowDown' });
    // Chromium's select changes on arrow keys while closed.
    await settle(element);
    expect(changes.at(-1)).to.deep.equal({ setting: 'learningRate', value: 0.1 });
    expect(element.learningRate).to.equal(0.1);
    const layers = shadow(element).querySelector<HTMLInputElement>('input[data-setting="layers"]')!;
    layers.focus();
    await sendKeys({ press: 'ArrowRight' });
    layers.dispatchEvent(new Event('change'));
    await settle(element);
    expect(element.sizes).to.deep.equal([3, 3]);
    const feature = shadow(element).querySelector<HTMLInputElement>('input[value="x1*x2"]')!;
    feature.focus();
    await sendKeys({ press: 'Space' });
    await settle(element);
    expect(element.features).to.deep.equal(['x1', 'x2', 'x1*x2']);
    expect(element.weights[0][0].length).to.equal(3);
  });

  it('weights and biases read and set; a wrong shape is refused with an error event', async () => {
    const element = await mount('dataset="xor" sizes="2"');
    const errors: string[] = [];
    element.addEventListener('error', (event) => errors.push(event.detail.attribute));
    const weights = element.weights;
    weights[0][0][0] = 1.25;
    element.weights = weights;
    await settle(element);
    expect(element.weights[0][0][0]).to.equal(1.25);
    element.weights = [[[1]]];
    await settle(element);
    expect(errors).to.deep.equal(['weights']);
    expect(element.weights[0][0][0]).to.equal(1.25);
    // Not an array at all, even one that reads as false.
    element.biases = 0 as never;
    await settle(element);
    expect(errors).to.deep.equal(['weights', 'biases']);
    (element as unknown as { epoch: number }).epoch = 5;
    await settle(element);
    expect(errors).to.deep.equal(['weights', 'biases', 'epoch']);
    expect(element.epoch).to.equal(0);
  });

  it("takes the author's points, and refuses a bad entry naming it", async () => {
    const element = await mount('points="1 1 0; -1 -1 1; 2 -2 2" sizes="3"');
    expect(element.points).to.deep.equal([
      { x: 1, y: 1, label: 0 },
      { x: -1, y: -1, label: 1 },
      { x: 2, y: -2, label: 2 },
    ]);
    expect(element.weights[1].length).to.equal(3);
    element.setAttribute('points', '1 1 0; 9 9 1');
    await settle(element);
    expect(shadow(element).querySelector('[part~="error"]')!.textContent).to.contain(
      "point 2 ('9 9 1')",
    );
  });
});
