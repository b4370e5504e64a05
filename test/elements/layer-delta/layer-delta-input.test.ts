import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { forwardPass, createNetwork } from '../../../src/core/index.js';
import { formatNumber } from '../../../src/internal/format.js';
import { bringToFront } from '../../conformance/page-state.js';
import { connectionPoint, expectClose, mount, record, root, stepButton } from './layer-page.js';

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
    const { x, y } = connectionPoint(element, '2 0 2');
    const init = { pointerId: 7, button: 0, bubbles: true, composed: true, clientX: x };
    connection.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientY: y }));
    connection.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: y - 25 }));
    connection.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: y - 50 }));
    connection.dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: y - 50 }));
    await element.updateComplete;
    const expected = Math.round((start + 1) * 100) / 100;
    expect(element.weights[1][0][2]).to.be.closeTo(expected, 1e-12);
    expect(events.map((e) => e.type)).to.deep.equal(['input', 'input', 'change']);
    expect((events[2].detail as { value: number }).value).to.be.closeTo(expected, 1e-12);
  });

  it('drags a connection with the real mouse', async () => {
    const element = await mount();
    const events = record(element, 'change');
    const point = connectionPoint(element, '2 0 1');
    const x = Math.round(point.x);
    const y = Math.round(point.y);
    const start = element.weights[1][0][1];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, y + 20] });
    await sendMouse({ type: 'up' });
    await element.updateComplete;
    expect(element.weights[1][0][1]).to.be.closeTo(Math.round((start - 0.4) * 100) / 100, 1e-9);
    expect(events.length).to.equal(1);
  });

  it('takes the connection nearest the mouse, within a few units of its line, with its cursor', async () => {
    const element = await mount();
    const drawing = root(element).querySelector<HTMLElement>('.drawing')!;
    // The cursor the reader sees: that of what lies under the mouse.
    const cursor = (x: number, y: number) =>
      getComputedStyle(root(element).elementFromPoint(x, y)!).cursor;
    // Beside the line of W₂[0,1], closer to it than to any other: the drag cursor, and its weight.
    const { x, y } = connectionPoint(element, '2 0 1');
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y) - 3] });
    expect(cursor(Math.round(x), Math.round(y) - 3)).to.equal('ns-resize');
    const start = element.weights[1][0][1];
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y) - 23] });
    await sendMouse({ type: 'up' });
    await element.updateComplete;
    expect(element.weights[1][0][1]).to.be.closeTo(Math.round((start + 0.4) * 100) / 100, 1e-9);
    // Far from every line (the drawing's top left corner, above the headings): nothing to take.
    const box = drawing.getBoundingClientRect();
    const weights = JSON.stringify(element.weights);
    const [left, top] = [Math.round(box.left) + 3, Math.round(box.top) + 3];
    await sendMouse({ type: 'move', position: [left, top] });
    expect(cursor(left, top)).to.not.equal('ns-resize');
    await sendMouse({ type: 'down' });
    await sendMouse({
      type: 'move',
      position: [left, top + 27],
    });
    await sendMouse({ type: 'up' });
    await element.updateComplete;
    expect(JSON.stringify(element.weights)).to.equal(weights);
  });

  it('draws each connection as one line, with no group or invisible line of its own to hit', async () => {
    const element = await mount({ sizes: '2 16 16 1' });
    const wires = [...root(element).querySelectorAll('.wires')];
    const drawn = wires.flatMap((svg) => [...svg.querySelectorAll('*')]);
    const connections = drawn.filter((node) => node.matches('line.connection'));
    expect(connections.length).to.equal(2 * 16 + 16 * 16 + 16);
    // Besides them only the casing of the weight editor's connection.
    expect(
      drawn.filter((node) => !connections.includes(node)).map((node) => node.getAttribute('class')),
    ).to.deep.equal(['halo']);
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
