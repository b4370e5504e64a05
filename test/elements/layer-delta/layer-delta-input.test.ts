import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { forwardPass, createNetwork } from '../../../src/core/index.js';
import { formatNumber } from '../../../src/internal/format.js';
import { bringToFront } from '../../conformance/page-state.js';
import { expectClose, mount, record, root, stepButton } from './layer-page.js';

beforeEach(bringToFront);

// How a reader changes the network: the weight slider, dragging a connection, the number fields.
describe('<layer-delta> input', () => {
  it('nudges the chosen weight with its slider’s arrow keys: input and change, narrated', async () => {
    const element = await mount();
    stepButton(element).click(); // the output layer's incoming weights are in the editor
    await element.updateComplete;
    const events = record(element, 'input', 'change');
    const from = root(element).querySelector<HTMLSelectElement>('.weight-editor select')!;
    from.value = '1';
    from.dispatchEvent(new Event('change'));
    await element.updateComplete;
    // Connections are not Tab stops: the editor's slider changes the chosen one.
    const connection = root(element).querySelector<SVGElement>('[data-weight="2 0 1"]')!;
    expect(connection.getAttribute('tabindex')).to.equal(null);
    const slider = root(element).querySelector<HTMLInputElement>('.weight-slider')!;
    expect(slider.matches('input[type="range"]'), 'a native slider').to.be.true;
    expect(slider.getAttribute('aria-label')).to.equal(
      'weight from hidden 1 unit 2 to output unit 1',
    );
    const before = element.weights[1][0][1];
    slider.focus();
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    const after = Math.round((before + 0.1) * 100) / 100;
    expect(element.weights[1][0][1]).to.be.closeTo(after, 1e-12);
    expect(events.map((e) => e.type)).to.deep.equal(['input', 'change']);
    expect(events[1].detail).to.deep.equal({ field: 'weights', index: [1, 0, 1], value: after });
    expect(Number(slider.value)).to.be.closeTo(after, 1e-12);
    // Everything downstream followed the edit.
    const cache = forwardPass(
      { ...createNetwork({ sizes: [2, 3, 1], loss: 'bce' }), weights: element.weights },
      [0.5, -1],
    );
    expectClose(element.activations, cache.a);
    const gradient = element.weightGradients[1]![0][1];
    expect(element.announcement).to.contain('gradient is');
    expect(element.announcement).to.contain(formatNumber(Math.abs(gradient)));
    // Home and End go to the ends, and the page does not scroll.
    const scrolled = window.scrollY;
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(element.weights[1][0][1]).to.equal(10);
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(element.weights[1][0][1]).to.equal(-10);
    expect(window.scrollY).to.equal(scrolled);
  });

  it('drags a connection up to raise its weight (synthetic pointer events)', async () => {
    const element = await mount();
    const events = record(element, 'input', 'change');
    const connection = root(element).querySelector<SVGElement>('[data-weight="2 0 2"]')!;
    const start = element.weights[1][0][2];
    const init = { pointerId: 7, button: 0, bubbles: true, composed: true, clientX: 10 };
    connection
      .querySelector('.hit')!
      .dispatchEvent(new PointerEvent('pointerdown', { ...init, clientY: 100 }));
    connection.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: 75 }));
    connection.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: 50 }));
    connection.dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: 50 }));
    await element.updateComplete;
    const expected = Math.round((start + 1) * 100) / 100;
    expect(element.weights[1][0][2]).to.be.closeTo(expected, 1e-12);
    expect(events.map((e) => e.type)).to.deep.equal(['input', 'input', 'change']);
    expect((events[2].detail as { value: number }).value).to.be.closeTo(expected, 1e-12);
  });

  it('drags a connection with the real mouse', async () => {
    const element = await mount();
    const events = record(element, 'change');
    const hit = root(element).querySelector<SVGElement>('[data-weight="2 0 1"] .hit')!;
    const box = hit.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    const start = element.weights[1][0][1];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, y + 20] });
    await sendMouse({ type: 'up' });
    await element.updateComplete;
    expect(element.weights[1][0][1]).to.be.closeTo(Math.round((start - 0.4) * 100) / 100, 1e-9);
    expect(events.length).to.equal(1);
  });

  it('edits x and a weight through the number fields', async () => {
    const element = await mount();
    const events = record(element, 'input', 'change');
    const field = root(element).querySelector<HTMLInputElement>('.vectors input')!;
    field.value = '2';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
    const network = { ...createNetwork({ sizes: [2, 3, 1], loss: 'bce' }) };
    expectClose(element.activations, forwardPass(network, [2, -1]).a);
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(events).to.deep.equal([
      { type: 'input', detail: { field: 'x', index: [0], value: 2 } },
      { type: 'change', detail: { field: 'x', index: [0], value: 2 } },
    ]);
    const [, toSelect] = root(element).querySelectorAll<HTMLSelectElement>('.weight-editor select');
    expect(toSelect.options.length).to.equal(1);
    const fromSelect = root(element).querySelector<HTMLSelectElement>('.weight-editor select')!;
    fromSelect.value = '2';
    fromSelect.dispatchEvent(new Event('change'));
    await element.updateComplete;
    const weight = root(element).querySelector<HTMLInputElement>('.weight-input')!;
    weight.value = '-1.5';
    weight.dispatchEvent(new Event('input'));
    weight.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(element.weights[1][0][2]).to.equal(-1.5);
    expect(events.slice(2).map((e) => e.type)).to.deep.equal(['input', 'change']);
    expect(events[3].detail).to.deep.equal({ field: 'weights', index: [1, 0, 2], value: -1.5 });
  });
});
