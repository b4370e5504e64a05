import { expect } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { readerCode } from '../../../src/elements/layer-delta/waiting-handlers.js';
import { root } from './layer-page.js';

/**
 * The weight editor comes with the reader's code, a moment after the first paint: its room is
 * kept meanwhile, so the panel and everything under it do not jump when it arrives. A file of
 * its own, so the code has not arrived yet when its test starts.
 */
describe('<layer-delta> keeps the weight editor’s room until it arrives', () => {
  it('in a phone column and in a wide one', async () => {
    const figures = [320, 900].map((width) => {
      const box = document.createElement('div');
      box.style.width = `${width}px`;
      const element = document.createElement('layer-delta') as LayerDelta;
      element.setAttribute('sizes', '2 3 1');
      box.append(element);
      document.body.append(box);
      return { box, element };
    });
    for (let turn = 0; turn < 10 && !figures.every((f) => f.element.hasUpdated); turn++)
      await Promise.resolve();
    expect(readerCode.ready, 'the editor is not part of the first load').to.equal(undefined);
    const height = (element: LayerDelta, selector: string) =>
      root(element).querySelector(selector)!.getBoundingClientRect().height;
    const rooms = figures.map(({ element }) => height(element, '.weight-editor-room'));
    await readerCode.load();
    for (const { element } of figures) await element.updateComplete;
    figures.forEach(({ element }, i) => {
      const editor = height(element, '.weight-editor');
      expect(rooms[i], `the room at ${[320, 900][i]} px`).to.be.closeTo(editor, 4);
    });
    for (const { box } of figures) box.remove();
  });
});
