import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/layer-delta/define.js';
import { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { createNetwork, forwardPass } from '../../../src/core/index.js';
import { bringToFront } from '../../conformance/page-state.js';
import type { ErrorDetail } from '../../../src/internal/base-element.js';
import { collectErrors } from '../../conformance/error-events.js';
import { setAt } from '../../conformance/moments.js';

/** Weights for sizes 2 2 1 that no seed gives. */
const WEIGHTS = [
  [
    [1, -2],
    [0.5, 0.25],
  ],
  [[2, -1]],
];

/** What a framework sets: every setting as a typed value, weights, and a read-only name. */
const PROPS = {
  sizes: [2, 2, 1],
  activation: 'tanh',
  loss: 'mse',
  seed: 4,
  x: [1, -0.5],
  y: [0.25],
  weights: WEIGHTS,
  activations: [[99]],
};

/** The element uses exactly PROPS: its properties, its numbers and its input fields. */
function expectProps(element: LayerDelta): void {
  expect(element.sizes).to.deep.equal([2, 2, 1]);
  expect(element.activation).to.equal('tanh');
  expect(element.loss).to.equal('mse');
  expect(element.seed).to.equal(4);
  expect(element.x).to.deep.equal([1, -0.5]);
  expect(element.y).to.deep.equal([0.25]);
  expect(element.weights).to.deep.equal(WEIGHTS);
  const network = { ...createNetwork({ sizes: [2, 2, 1], activation: 'tanh', loss: 'mse' }) };
  const expected = forwardPass({ ...network, weights: WEIGHTS }, [1, -0.5]).a;
  expect(element.activations).to.deep.equal(expected);
  const fields = element.shadowRoot!.querySelectorAll<HTMLInputElement>('.vectors input');
  expect(Array.from(fields, (field) => Number(field.value))).to.deep.equal([1, -0.5, 0.25]);
}

beforeEach(bringToFront);

describe('<layer-delta> properties', () => {
  it('has a property for every attribute, taking text or typed values', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
    expect(element.sizes).to.deep.equal([2, 3, 1]);
    expect(element.x).to.deep.equal([0.5, -1]);
    element.sizes = '3 4 2' as unknown as number[];
    element.loss = 'mse';
    element.y = [0.5, -2];
    await element.updateComplete;
    expect(element.sizes).to.deep.equal([3, 4, 2]);
    expect(element.x, 'x follows sizes while unset').to.deep.equal([0.5, -1, 0.8]);
    expect(element.y).to.deep.equal([0.5, -2]);
    expect(element.deltas.map((d) => d!.length)).to.deep.equal([4, 2]);
  });

  it('reads back the reader’s edits of x, and a set replaces them', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta x="0.5 -1"></layer-delta>`);
    const field = element.shadowRoot!.querySelector<HTMLInputElement>('.vectors input')!;
    field.value = '2';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
    expect(element.x).to.deep.equal([2, -1]);
    element.x = [0.5, -1];
    await element.updateComplete;
    expect(element.x).to.deep.equal([0.5, -1]);
    expect(field.value).to.equal('0.5');
  });

  it('refuses an x that does not fit sizes once, and keeps the network', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
    const errors = collectErrors(element);
    element.x = [1, 2, 3];
    await element.updateComplete;
    element.requestUpdate();
    await element.updateComplete;
    expect(errors.map((error) => error.attribute)).to.deep.equal(['x']);
    expect(element.x).to.deep.equal([0.5, -1]);
  });

  it('ignores sets of the read-only properties, with an error event each, without throwing', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
    const before = {
      activations: element.activations,
      deltas: element.deltas,
      weightGradients: element.weightGradients,
      opCounts: element.opCounts,
    };
    const errors = collectErrors(element);
    for (const name of Object.keys(before)) {
      expect(() => Object.assign(element, { [name]: [[1]] }), name).not.to.throw();
    }
    await element.updateComplete;
    expect(errors.map((error) => error.attribute).sort()).to.deep.equal(Object.keys(before).sort());
    expect({
      activations: element.activations,
      deltas: element.deltas,
      weightGradients: element.weightGradients,
      opCounts: element.opCounts,
    }).to.deep.equal(before);
  });

  describe('keeps properties set at any moment', () => {
    const setProps = (element: LayerDelta): void => void Object.assign(element, PROPS);

    it('before the tag is defined, weights win over the settings', async () => {
      let errors: ErrorDetail[] = [];
      const element = await setAt('before definition', 'layer-delta', setProps, (created) => {
        errors = collectErrors(created);
      });
      expectProps(element);
      expect(errors.map((error) => error.attribute)).to.deep.equal(['activations']);
    });

    it('after definition, before connection', async () => {
      expectProps(await setAt('before connection', 'layer-delta', setProps));
    });

    it('after connection, before the first update', async () => {
      expectProps(await setAt('before first update', 'layer-delta', setProps));
    });

    it('while disconnected', async () => {
      expectProps(await setAt('while disconnected', 'layer-delta', setProps));
    });
  });

  it('lets only its own events out when the reader types into its fields', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
    const seen: Array<{ type: string; custom: boolean }> = [];
    const listen = (event: Event): void => {
      seen.push({ type: event.type, custom: event instanceof CustomEvent });
    };
    document.addEventListener('input', listen);
    document.addEventListener('change', listen);
    try {
      const root = element.shadowRoot!;
      const fields = [
        ...root.querySelectorAll<HTMLInputElement>('.vectors input'),
        root.querySelector<HTMLInputElement>('.weight-input')!,
      ];
      for (const field of fields) {
        field.focus();
        field.select();
        await sendKeys({ type: '0.5' });
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
      }
      root.querySelector<HTMLSelectElement>('.weight-editor select')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(element.x).to.deep.equal([0.5, 0.5]);
      expect(element.weights[1][0][0]).to.equal(0.5);
      expect(seen.length, 'the element fires input and change').to.be.greaterThan(0);
      expect(seen.filter((event) => !event.custom)).to.deep.equal([]);
    } finally {
      document.removeEventListener('input', listen);
      document.removeEventListener('change', listen);
    }
  });
});
