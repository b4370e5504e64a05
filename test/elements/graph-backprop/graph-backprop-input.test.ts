import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type {
  GraphEditDetail,
  NodeSelectDetail,
} from '../../../src/elements/graph-backprop/graph-backprop.js';
import { formatNumber } from '../../../src/internal/format.js';
import { mount, record, root, textOf, variableNode } from './graph-page.js';

// How a reader changes a variable: arrow keys, dragging, typing in the panel; and what code does.
describe('<graph-backprop> input', () => {
  it('changes a variable with the arrow keys (Shift for coarse) and fires input and change', async () => {
    const element = await mount('w*x + b', 'x=2, w=-1, b=0.5');
    const inputs = record<GraphEditDetail>(element, 'input');
    const changes = record<GraphEditDetail>(element, 'change');
    variableNode(element, 'w').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.value).to.be.closeTo(-0.9 * 2 + 0.5, 1e-12);
    expect(element.gradients.x).to.be.closeTo(-0.9, 1e-12);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await element.updateComplete;
    expect(element.gradients.x).to.be.closeTo(-1.9, 1e-12);
    expect(inputs).to.deep.equal([
      { name: 'w', value: -0.9 },
      { name: 'w', value: -1.9 },
    ]);
    expect(changes).to.deep.equal(inputs);
    expect(variableNode(element, 'w').getAttribute('aria-valuetext')).to.equal('minus 1.9');
    expect(element.announcement).to.contain('gradient of w 2');
  });

  it('changes a variable by dragging it sideways: input while moving, one change at the end', async () => {
    const element = await mount('w*x + b', 'x=2, w=-1, b=0.5');
    const inputs = record<GraphEditDetail>(element, 'input');
    const changes = record<GraphEditDetail>(element, 'change');
    const selections = record<NodeSelectDetail>(element, 'node-select');
    const box = variableNode(element, 'x').getBoundingClientRect();
    const scale = box.width / 84; // the SVG may be drawn smaller than its own units
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 25, y] });
    await sendMouse({ type: 'move', position: [x + 50, y] });
    await sendMouse({ type: 'up' });
    await element.updateComplete;
    const expected = Number((2 + 50 * 0.02).toFixed(2));
    expect(scale).to.be.greaterThan(0);
    expect(inputs.length).to.be.at.least(2);
    expect(inputs.at(-1)).to.deep.equal({ name: 'x', value: expected });
    expect(changes).to.deep.equal([{ name: 'x', value: expected }]);
    expect(selections, 'a drag is not a click').to.have.length(0);
    expect(element.value).to.be.closeTo(-expected + 0.5, 1e-12);
    expect(element.gradients.w).to.be.closeTo(expected, 1e-12);
    expect(textOf(variableNode(element, 'x'), 'node-value')).to.equal(formatNumber(expected));
  });

  it('takes a typed value in the panel', async () => {
    const element = await mount('w*x + b', 'x=2, w=-1, b=0.5', 'b');
    const changes = record<GraphEditDetail>(element, 'change');
    const field = root(element).querySelector<HTMLInputElement>('#value-input')!;
    field.focus();
    field.select();
    await sendKeys({ type: '4' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.value).to.equal(-2 + 4);
    expect(changes.at(-1)).to.deep.equal({ name: 'b', value: 4 });
  });

  it('fires no events for changes made from code', async () => {
    const element = await mount('w*x + b', 'x=2, w=-1, b=0.5');
    const seen: string[] = [];
    for (const type of ['input', 'change', 'node-select', 'backward-step']) {
      element.addEventListener(type, () => seen.push(type));
    }
    element.setAttribute('values', 'x=3');
    element.setAttribute('selected', 'w');
    element.stepBackward();
    element.step = 2;
    element.reset();
    await element.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(element.value, 'w and b start at 1 again').to.equal(1 * 3 + 1);
    expect(root(element).querySelector('[part="panel"]')!.textContent).to.contain('variable w');
  });
});
