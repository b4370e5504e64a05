import { expect } from '@open-wc/testing';
import { readerCode } from '../../../src/elements/layer-delta/waiting-handlers.js';
import { mount, record, root, stepButton } from './layer-page.js';

/**
 * What the reader does is not part of the first load (waiting-handlers.ts): an action taken
 * before its code arrives is held, then applied in order once it does, and `updateComplete`
 * waits for it. A file of its own, so the code has not arrived yet when its test starts.
 */
describe('<layer-delta> before the code of the reader’s actions arrives', () => {
  it('applies a step, a key and a typed x given meanwhile, in order, without scrolling', async () => {
    const element = await mount({ sizes: '2 3 1', x: '0.5 -1' });
    expect(readerCode.ready, 'the actions are not part of the first load').to.equal(undefined);
    const events = record(element, 'backward-step', 'input', 'change');
    stepButton(element).click();
    const key = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    root(element).querySelector('[data-unit="0 0"]')!.dispatchEvent(key);
    expect(key.defaultPrevented, 'the arrow does not scroll the page meanwhile').to.be.true;
    const field = root(element).querySelector<HTMLInputElement>('input[data-field="x"]')!;
    field.value = '0.25';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    // The text is read when typed: what the field holds later is another edit's business.
    field.value = '9';
    await element.updateComplete;
    expect(events.map(({ type }) => type)).to.deep.equal(['backward-step', 'input', 'change']);
    expect(events[1].detail).to.deep.equal({ field: 'x', index: [0], value: 0.25 });
    expect(element.x).to.deep.equal([0.25, -1]);
    expect(root(element).querySelector('[data-unit="0 1"]')!.getAttribute('tabindex')).to.equal(
      '0',
    );
    expect(root(element).querySelector('.controls')!.textContent).to.contain('Step 1 of 2');
  });
});
