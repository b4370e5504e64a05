import { expect, fixture, html } from '@open-wc/testing';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { bringToFront } from '../../conformance/page-state.js';
import { mount, record, root, stepButton } from './layer-page.js';

beforeEach(bringToFront);

const note = (element: LayerDelta): string | null =>
  root(element).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

const attributes = (errors: Array<{ detail: unknown }>): string[] =>
  errors.map((event) => (event.detail as { attribute: string }).attribute);

describe('<layer-delta> numbers too large for a float', () => {
  it('x = 1e200 1e200 through relu with mse: a note and one error event, not Infinity', async () => {
    const element = await mount({ sizes: '2 3 1', activation: 'relu', loss: 'mse' });
    const errors = record(element, 'error');
    element.setAttribute('x', '1e200 1e200');
    await element.updateComplete;
    expect(attributes(errors)).to.deep.equal(['activations']);
    expect((errors[0].detail as { message: string }).message).to.equal(
      'the numbers grow too large to compute: try smaller inputs, targets or weights',
    );
    expect(note(element)).to.equal(
      'activations: the numbers grow too large to compute: try smaller inputs, targets or weights',
    );
    // Stepping through the pass keeps the one note and fires nothing more.
    stepButton(element).click();
    await element.updateComplete;
    expect(attributes(errors)).to.deep.equal(['activations']);
    element.setAttribute('x', '0.5 -1');
    await element.updateComplete;
    expect(note(element)).to.equal(null);
    expect(attributes(errors)).to.deep.equal(['activations']);
  });

  it('weights set from code that overflow a delta: the note is filed under deltas', async () => {
    const element = await mount({
      sizes: '1 1 4',
      activation: 'relu',
      loss: 'bce',
      x: '1',
      y: '0 0 0 0',
    });
    const errors = record(element, 'error');
    element.weights = [[[1]], [[1e308], [1e308], [1e308], [1e308]]];
    element.biases = [[0], [-1e308, -1e308, -1e308, -1e308]];
    await element.updateComplete;
    expect(attributes(errors)).to.deep.equal(['deltas']);
    expect(note(element)).to.equal(
      'deltas: the numbers grow too large to compute: try smaller inputs, targets or weights',
    );
  });

  it('the reader typing a huge input gets the note too, and loses it by typing a small one', async () => {
    const element = await mount({ sizes: '2 3 1', activation: 'relu', loss: 'mse' });
    const errors = record(element, 'error');
    // x₂ (x₁ = 1e300 happens to reach only units that relu turns off: every number stays finite).
    const field = root(element).querySelectorAll<HTMLInputElement>('.vectors input')[1];
    for (const value of ['1e300', '0.5']) {
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
      if (value === '1e300') expect(note(element)).to.contain('too large to compute');
    }
    expect(attributes(errors)).to.deep.equal(['activations']);
    expect(note(element)).to.equal(null);
  });

  it('speaks the reader’s language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de">
        <layer-delta sizes="2 3 1" activation="relu" loss="mse" x="1e200 1e200"></layer-delta>
      </div>`,
    );
    const element = wrapper.querySelector<LayerDelta>('layer-delta')!;
    await element.updateComplete;
    expect(note(element)).to.equal(
      'activations: die Zahlen werden zu groß zum Berechnen: kleinere Eingaben, Zielwerte oder Gewichte versuchen',
    );
  });
});
