import { expect } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { readerCode } from '../../../src/elements/layer-delta/waiting-handlers.js';
import { connectionPoint, record, root, stepButton } from './layer-page.js';

/**
 * What the reader does, and the fields the reader types in, are not part of the first load
 * (waiting-handlers.ts): the figure paints without them, an action taken before they arrive is
 * held, then applied in order once they do, and `updateComplete` waits for them. A file of its
 * own, so the code has not arrived yet when its test starts.
 */
describe('<layer-delta> before the code of the reader’s actions arrives', () => {
  it('applies a step, a key and a drag given meanwhile, in order, without scrolling', async () => {
    const element = document.createElement('layer-delta') as LayerDelta;
    element.setAttribute('sizes', '2 3 1');
    document.body.append(element);
    // The first render, before anything fetched on its account can have arrived.
    for (let turn = 0; turn < 10 && !element.hasUpdated; turn++) await Promise.resolve();
    expect(element.hasUpdated, 'the figure is drawn').to.be.true;
    expect(readerCode.ready, 'the actions are not part of the first load').to.equal(undefined);
    expect(root(element).querySelector('.vectors input'), 'the fields come with them').to.equal(
      null,
    );
    const events = record(element, 'backward-step', 'input', 'change');
    const start = element.weights[1][0][2];
    stepButton(element).click();
    const key = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    root(element).querySelector('[data-unit="0 0"]')!.dispatchEvent(key);
    expect(key.defaultPrevented, 'the arrow does not scroll the page meanwhile').to.be.true;
    const connection = root(element).querySelector<SVGElement>('[data-weight="2 0 2"]')!;
    const { x, y } = connectionPoint(element, '2 0 2');
    const init = { pointerId: 7, button: 0, bubbles: true, composed: true, clientX: x };
    const down = new PointerEvent('pointerdown', { ...init, clientY: y, cancelable: true });
    connection.dispatchEvent(down);
    expect(down.defaultPrevented, 'the drag holds the pointer at once').to.be.true;
    connection.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: y - 25 }));
    connection.dispatchEvent(new PointerEvent('pointermove', { ...init, clientY: y - 50 }));
    connection.dispatchEvent(new PointerEvent('pointerup', { ...init, clientY: y - 50 }));
    await element.updateComplete;
    expect(events.map(({ type }) => type)).to.deep.equal([
      'backward-step',
      'input',
      'input',
      'change',
    ]);
    expect(element.weights[1][0][2]).to.be.closeTo(Math.round((start + 1) * 100) / 100, 1e-12);
    expect(root(element).querySelector('[data-unit="0 1"]')!.getAttribute('tabindex')).to.equal(
      '0',
    );
    expect(root(element).querySelector('.controls')!.textContent).to.contain('Step 1 of 2');
    expect(
      root(element).querySelectorAll('.vectors input'),
      'the fields, once here',
    ).to.have.length(3);
    element.remove();
  });
});
