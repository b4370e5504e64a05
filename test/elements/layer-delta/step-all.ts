import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';

/** Presses Step until it disables itself: the backward pass shown to the end, as a reader would. */
export async function stepAll(element: LayerDelta): Promise<void> {
  const step = (): HTMLButtonElement =>
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.step')!;
  while (!step().disabled) {
    step().click();
    await element.updateComplete;
  }
}
