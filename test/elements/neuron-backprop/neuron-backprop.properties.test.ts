import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/neuron-backprop/define.js';
import {
  NeuronBackprop,
  type NeuronChangeDetail,
} from '../../../src/elements/neuron-backprop/neuron-backprop.js';
import { formatNumber } from '../../../src/internal/format.js';
import { collectErrors } from '../../conformance/error-events.js';
import { setAt } from '../../conformance/moments.js';

/**
 * Every attribute as a property of the same name, as React 19, Vue and Svelte set them
 * (`name in element`): x, w, b, y and wrt read the live value, a set moves the live value and
 * the reset point, read-only names ignore sets with an `error` event, and nothing throws.
 */

const root = (element: NeuronBackprop): ShadowRoot => element.shadowRoot!;
const text = (element: NeuronBackprop, selector: string): string =>
  (root(element).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const press = (element: NeuronBackprop, selector: string): void =>
  root(element).querySelector<HTMLButtonElement>(selector)!.click();

async function mount(): Promise<NeuronBackprop> {
  return fixture<NeuronBackprop>(
    html`<neuron-backprop x="1.5" w="0.8" b="-0.4" y="1"></neuron-backprop>`,
  );
}

/** What the pipeline shows for z, the value a reader sees change. */
const shownZ = (element: NeuronBackprop): string => text(element, '.stage-z .value');

describe('<neuron-backprop> properties', () => {
  beforeEach(async () => {
    await executeServerCommand('bring-to-front');
  });

  it('has a settable property for every attribute, reading the values in use', async () => {
    const element = await mount();
    for (const name of ['x', 'w', 'b', 'y', 'wrt', 'learningRate'])
      expect(name in element).to.be.true;
    expect([element.x, element.w, element.b, element.y]).to.deep.equal([1.5, 0.8, -0.4, 1]);
    expect(element.wrt).to.equal('w');
    expect(element.learningRate).to.equal(0.5);
    element.x = 2;
    element.w = -1.5;
    (element as unknown as { b: string }).b = '0.5';
    element.y = 0;
    element.wrt = 'b';
    element.learningRate = 0.2;
    await element.updateComplete;
    expect(element.values).to.deep.equal({ x: 2, w: -1.5, b: 0.5, y: 0 });
    expect([element.x, element.w, element.b, element.y]).to.deep.equal([2, -1.5, 0.5, 0]);
    expect(shownZ(element)).to.equal(formatNumber(-1.5 * 2 + 0.5));
    expect(element.wrt).to.equal('b');
    expect(text(element, '.check-title')).to.contain('∂L/∂b');
    expect(text(element, '.step-panel')).to.contain('−0.2 ×');
    expect(element.getAttribute('w'), 'properties are not reflected').to.equal('0.8');
  });

  it('applies a set that equals the value in use before the reader moved it', async () => {
    const element = await mount();
    element.w = 3;
    expect(element.w, 'reads back at once').to.equal(3);
    await element.updateComplete;
    expect(element.values.w).to.equal(3);
    expect(shownZ(element)).to.equal(formatNumber(3 * 1.5 - 0.4));
  });

  it('reads the live value; a set moves both the live value and the reset point', async () => {
    const element = await mount();
    root(element).querySelector<HTMLInputElement>('#slider-w')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.w).to.be.closeTo(0.9, 1e-12);
    // The value set equals the old starting value but not the live one: it still applies.
    element.w = 0.8;
    await element.updateComplete;
    expect(element.w).to.equal(0.8);
    expect(shownZ(element)).to.equal(formatNumber(0.8 * 1.5 - 0.4));
    element.w = 2;
    press(element, 'button.step');
    await element.updateComplete;
    expect(element.w).to.not.equal(2);
    press(element, 'button.reset');
    await element.updateComplete;
    expect(element.w).to.equal(2);
  });

  it('takes wrt from a property without throwing; the reader and Reset move it as before', async () => {
    const element = await mount();
    expect(() => {
      element.wrt = 'b';
    }).to.not.throw();
    await element.updateComplete;
    press(element, 'button.node[data-name="x"]');
    await element.updateComplete;
    expect(element.wrt).to.equal('x');
    press(element, 'button.reset');
    await element.updateComplete;
    expect(element.wrt).to.equal('b');
  });

  it('keeps the last good value of a refused property value and reports it once', async () => {
    const element = await mount();
    const errors = collectErrors(element);
    expect(() => {
      (element as unknown as Record<string, unknown>).x = Number.NaN;
      (element as unknown as Record<string, unknown>).wrt = 'z';
      (element as unknown as Record<string, unknown>).learningRate = -1;
    }).to.not.throw();
    await element.updateComplete;
    expect(element.x).to.equal(1.5);
    expect(element.wrt).to.equal('w');
    expect(element.learningRate).to.equal(0.5);
    expect(errors.map((error) => error.attribute).sort()).to.deep.equal([
      'learning-rate',
      'wrt',
      'x',
    ]);
    expect(text(element, '[part~="error"]')).to.contain('x');
    expect(text(element, '[part~="error"]')).to.not.contain('NaN');
  });

  it('ignores sets of read-only properties with an error event, never throwing', async () => {
    const element = await mount();
    const errors = collectErrors(element);
    const before = { z: element.z, a: element.a, loss: element.loss, values: element.values };
    const writable = element as unknown as Record<string, unknown>;
    expect(() => {
      for (const name of ['z', 'a', 'loss', 'gradients', 'values']) writable[name] = 7;
    }).to.not.throw();
    await element.updateComplete;
    expect({
      z: element.z,
      a: element.a,
      loss: element.loss,
      values: element.values,
    }).to.deep.equal(before);
    expect(errors.map((error) => error.attribute).sort()).to.deep.equal([
      'a',
      'gradients',
      'loss',
      'values',
      'z',
    ]);
  });

  it('keeps properties set before the tag is defined, over the attributes', async () => {
    const element = await setAt<NeuronBackprop>(
      'before definition',
      'neuron-backprop',
      (created) => void Object.assign(created, { w: 2, wrt: 'x', learningRate: 0.3, z: 99 }),
      (created) => created.setAttribute('w', '0.5'),
    );
    expect(element.w).to.equal(2);
    expect(element.wrt).to.equal('x');
    expect(element.learningRate).to.equal(0.3);
    expect(element.z).to.be.closeTo(2 * 1.5 - 0.4, 1e-12);
    expect(shownZ(element)).to.equal(formatNumber(2 * 1.5 - 0.4));
  });

  it('keeps properties set after definition and before connection', async () => {
    const element = await setAt<NeuronBackprop>(
      'before connection',
      'neuron-backprop',
      (created) => {
        created.x = -2;
        created.wrt = 'b';
      },
      (created) => created.setAttribute('b', '1'),
    );
    expect(element.values).to.deep.equal({ x: -2, w: 0.8, b: 1, y: 1 });
    expect(element.wrt).to.equal('b');
    expect(shownZ(element)).to.equal(formatNumber(0.8 * -2 + 1));
  });

  it('keeps properties set after connection and before the first update', async () => {
    const element = await setAt<NeuronBackprop>(
      'before first update',
      'neuron-backprop',
      (created) => {
        created.y = 0;
        created.learningRate = 2;
      },
      (created) => created.setAttribute('y', '1'),
    );
    expect(element.y).to.equal(0);
    expect(text(element, '.step-panel')).to.contain('−2 ×');
    press(element, 'button.reset');
    await element.updateComplete;
    expect(element.y, 'the set value is the reset point').to.equal(0);
  });

  it('keeps properties set while disconnected', async () => {
    const element = await setAt<NeuronBackprop>(
      'while disconnected',
      'neuron-backprop',
      (created) => {
        created.b = 2;
        created.wrt = 'x';
      },
      (created) => {
        for (const [name, value] of Object.entries({ x: '1.5', w: '0.8', b: '-0.4', y: '1' }))
          created.setAttribute(name, value);
      },
    );
    expect(element.b).to.equal(2);
    expect(element.wrt).to.equal('x');
    expect(shownZ(element)).to.equal(formatNumber(0.8 * 1.5 + 2));
  });

  it('fires no input or change for properties set from code', async () => {
    const element = await mount();
    const seen: Event[] = [];
    for (const type of ['input', 'change']) element.addEventListener(type, (e) => seen.push(e));
    element.x = 3;
    element.wrt = 'x';
    await element.updateComplete;
    expect(seen).to.have.length(0);
  });

  it('lets only its own input and change events reach the page from every slider', async () => {
    const element = await mount();
    const wrapper = element.parentElement!;
    const seen: Event[] = [];
    const listening = new AbortController();
    for (const type of ['input', 'change']) {
      wrapper.addEventListener(type, (event) => seen.push(event));
      document.addEventListener(type, (event) => seen.push(event), { signal: listening.signal });
    }
    const details: NeuronChangeDetail[] = [];
    element.addEventListener('change', (event) => details.push(event.detail));
    for (const name of ['x', 'w', 'b']) {
      const slider = root(element).querySelector<HTMLInputElement>(`#slider-${name}`)!;
      const box = slider.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.left + box.width * 0.25), Math.round(box.top + box.height / 2)],
      });
      await sendKeys({ press: 'ArrowLeft' });
    }
    // The label y is a pair of radio buttons: a click on 0, then an arrow back to 1.
    const zero = root(element).querySelector<HTMLInputElement>('input[data-name="y"][value="0"]')!;
    const box = zero.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    listening.abort();
    expect(details.map((detail) => detail.source)).to.include.members(['x', 'w', 'b', 'y']);
    expect(seen.length).to.be.greaterThan(8);
    expect(seen.every((event) => event instanceof CustomEvent && event.target === element)).to.be
      .true;
  });
});
