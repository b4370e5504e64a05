import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { ChainRuleGears } from '../../src/elements/chain-rule-gears/chain-rule-gears.js';
import type { GraphBackprop } from '../../src/elements/graph-backprop/graph-backprop.js';
import type { LayerDelta } from '../../src/elements/layer-delta/layer-delta.js';
import type { NeuronBackprop } from '../../src/elements/neuron-backprop/neuron-backprop.js';
import { collectErrors } from '../conformance/error-events.js';

/**
 * The settings rule every element shares: a refusal is one note and one `error` event, a check
 * against another setting never clears the parser's refusal, and the property reads back what
 * the element uses, never a refused value.
 */

const noteOf = (element: HTMLElement): string =>
  element.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('one settings rule', () => {
  it('reports a values entry that is not a number, written in markup with its expression', async () => {
    const errors: { attribute: string; message: string }[] = [];
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop
        expr="x*y"
        values="x=abc, y=3"
        @error=${(event: CustomEvent) => errors.push(event.detail)}
      ></graph-backprop>`,
    );
    await element.updateComplete;
    expect(
      errors.map((error) => error.attribute),
      'one error event, naming values',
    ).to.deep.equal(['values']);
    expect(errors[0].message, 'the event names the bad entry').to.contain('for x');
    expect(noteOf(element)).to.contain('values').and.to.contain('for x');
    expect(element.values, 'the good entry applies; x starts at 1').to.deep.equal({ x: 1, y: 3 });
    expect(element.value).to.equal(3);
    element.requestUpdate();
    await element.updateComplete;
    expect(noteOf(element), 'the note stays until values is fixed').to.contain('values');
    element.setAttribute('values', 'x=2, y=3');
    await element.updateComplete;
    expect(noteOf(element)).to.equal('');
    expect(element.value).to.equal(6);
  });

  it('applies the good entries of values set from script and names the bad one', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="a + b + c" values="a=1, b=1, c=1"></graph-backprop>`,
    );
    const errors = collectErrors(element);
    element.values = { a: 5, b: 'many', c: 7 } as unknown as Record<string, number>;
    await element.updateComplete;
    expect(element.values).to.deep.equal({ a: 5, b: 1, c: 7 });
    expect(element.value).to.equal(13);
    expect(errors.map((error) => error.attribute)).to.deep.equal(['values']);
    expect(errors[0].message).to.contain('for b');
    expect(noteOf(element)).to.contain('for b');
  });

  it('keeps drawing and reading the sizes in use when sizes does not fit y, and blames sizes', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta y="1"></layer-delta>`);
    const errors = collectErrors(element);
    element.sizes = [2, 2, 2];
    await element.updateComplete;
    expect(element.sizes, 'the sizes drawn').to.deep.equal([2, 3, 1]);
    expect(element.renderRoot.querySelectorAll('[data-unit^="1 "]')).to.have.length(3);
    expect(errors.map((error) => error.attribute)).to.deep.equal(['sizes']);
    expect(noteOf(element)).to.match(/^ ?sizes/);
    element.y = [1, 0];
    await element.updateComplete;
    expect(element.sizes, 'y fits now: sizes as given').to.deep.equal([2, 2, 2]);
    expect(noteOf(element)).to.equal('');
  });

  it('does not open another node when a new expression comes with a selection it lacks', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop expr="a*b" selected="n2"></graph-backprop>`,
    );
    expect(element.selected).to.equal('n2');
    const errors = collectErrors(element);
    element.expr = 'a + b + c';
    element.selected = 'q';
    await element.updateComplete;
    expect(errors.map((error) => error.attribute)).to.deep.equal(['selected']);
    expect(element.selected, 'no panel open').to.equal('');
    expect(element.renderRoot.querySelector('[part~="panel"]')).to.equal(null);
  });

  it('reads a live value set from script together with what follows from it', async () => {
    const gears = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
    gears.input = 2;
    gears.value = 4;
    expect(gears.value).to.equal(4);
    expect(gears.outputs).to.deep.equal([8, 24]);
    await gears.updateComplete;
    expect(gears.value, 'value wins over input given with it').to.equal(4);
    const stepFrom = async (neuron: NeuronBackprop): Promise<number> => {
      let after = NaN;
      neuron.addEventListener('change', (event) => (after = event.detail.values.w), { once: true });
      neuron.renderRoot.querySelector<HTMLButtonElement>('button.step')!.click();
      return after;
    };
    const given = await fixture<NeuronBackprop>(html`<neuron-backprop w="2"></neuron-backprop>`);
    const neuron = await fixture<NeuronBackprop>(html`<neuron-backprop></neuron-backprop>`);
    neuron.w = 2;
    expect(await stepFrom(neuron), 'a click in the same task steps from w = 2').to.equal(
      await stepFrom(given),
    );
  });
});

describe('variable names that are also names on Object.prototype', () => {
  for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
    it(`uses ${name} as a variable from the expression, the attribute and the property`, async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr=${`${name}*2`}></graph-backprop>`,
      );
      expect(element.value, 'starts at 1').to.equal(2);
      expect(typeof element.values[name]).to.equal('number');
      element.setAttribute('values', `${name}=3`);
      await element.updateComplete;
      expect(element.value).to.equal(6);
      element.values = JSON.parse(`{"${name}": 4}`);
      await element.updateComplete;
      expect(element.value).to.equal(8);
      expect(element.gradients[name]).to.equal(2);
    });
  }
});

describe('values no setter can read', () => {
  const circularArray: unknown[] = [1];
  circularArray.push(circularArray);
  const circularObject: Record<string, unknown> = {};
  circularObject.self = circularObject;
  const throwing = {
    get x(): number {
      throw new Error('no');
    },
  };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const hostile: [string, unknown][] = [
    ['a circular array', circularArray],
    ['a circular object', circularObject],
    ['a throwing getter', throwing],
    ['a revoked Proxy', revoked.proxy],
  ];

  for (const [what, value] of hostile) {
    it(`refuses ${what} with a note and an error event, never a throw`, async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="x*y" values="x=2, y=3"></graph-backprop>`,
      );
      const errors = collectErrors(element);
      expect(() => {
        element.values = value as Record<string, number>;
      }).to.not.throw();
      await element.updateComplete;
      expect(errors.map((error) => error.attribute)).to.deep.equal(['values']);
      expect(element.values).to.deep.equal({ x: 2, y: 3 });
      expect(noteOf(element)).to.contain('values');
    });
  }
});

describe('moving to another document', () => {
  it('adopts an element into an iframe without throwing, and it stays styled', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
    const other = frame.contentDocument!;
    expect(() => other.adoptNode(element)).to.not.throw();
    other.body.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const host = frame.contentWindow!.getComputedStyle(element);
    expect(host.display, ':host styles apply').to.not.equal('inline');
    expect(element.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    frame.remove();
  });
});
