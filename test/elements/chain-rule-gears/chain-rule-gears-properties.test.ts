import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/chain-rule-gears/define.js';
import type { ChainRuleGears } from '../../../src/elements/chain-rule-gears/define.js';
import type { ChainRuleGearsDetail } from '../../../src/elements/chain-rule-gears/chain-rule-gears.js';
import type { ErrorDetail } from '../../../src/internal/base-element.js';
import { collectErrors } from '../../conformance/error-events.js';
import { setAt } from '../../conformance/moments.js';
import { $ } from '../../conformance/shadow.js';

function readouts(element: ChainRuleGears): string[] {
  return Array.from(element.shadowRoot!.querySelectorAll('.readout .amount')).map((node) =>
    node.textContent!.trim(),
  );
}

function resetLabel(element: ChainRuleGears): string {
  return $(element, '[part="controls"] button').textContent!.replace(/\s+/g, ' ').trim();
}

/** What a framework sets on a created element: every setting plus the live value. */
const PROPS = {
  ratios: [1, -2],
  input: 2,
  labels: ['pedal', 'crank, front', 'wheel'],
  units: ['mm', 'rad'],
  value: 4,
};

/** What the element shows once PROPS are applied: value 4 wins over input 2 for the lever. */
function expectPropsShown(element: ChainRuleGears): void {
  expect(element.value).to.equal(4);
  expect(element.input).to.equal(2);
  expect(element.ratios).to.deep.equal([1, -2]);
  expect(element.outputs).to.deep.equal([4, -8]);
  expect(element.labels).to.deep.equal(['pedal', 'crank, front', 'wheel']);
  expect(element.units).to.deep.equal(['mm', 'rad']);
  expect(readouts(element)).to.deep.equal(['+4\u00a0mm', '+4\u00a0rad', '\u22128\u00a0rad']);
  expect(resetLabel(element)).to.equal('Reset pedal to 2 mm');
}

describe('<chain-rule-gears> properties', () => {
  const placed: HTMLElement[] = [];
  afterEach(async () => {
    for (const element of placed.splice(0)) element.remove();
    await resetMouse();
  });
  const place = <T extends HTMLElement>(element: T): T => {
    placed.push(element);
    document.body.append(element);
    return element;
  };

  it('reads each attribute back through a property of the same name', async () => {
    const element = await fixture<ChainRuleGears>(
      html`<chain-rule-gears
        ratios="2, 0.5 3"
        input="-1.5"
        labels="a, b"
        units="m, s"
      ></chain-rule-gears>`,
    );
    expect(element.ratios).to.deep.equal([2, 0.5, 3]);
    expect(element.input).to.equal(-1.5);
    expect(element.labels).to.deep.equal(['a', 'b']);
    expect(element.units).to.deep.equal(['m', 's']);
    element.removeAttribute('ratios');
    element.removeAttribute('input');
    await element.updateComplete;
    expect(element.ratios).to.deep.equal([2, 3]);
    expect(element.input).to.equal(1);
    expect(element.outputs).to.deep.equal([2, 6]);
  });

  it('keeps a value set after definition and before the first update over input', async () => {
    const element = document.createElement('chain-rule-gears');
    element.setAttribute('input', '2');
    place(element);
    element.value = 4;
    await element.updateComplete;
    expect(element.value).to.equal(4);
    expect(element.outputs).to.deep.equal([8, 24]);
    expect(readouts(element)[0]).to.equal('+4\u00a0cm');
    expect(resetLabel(element)).to.equal('Reset lever to 2 cm');
  });

  const setProps = (element: ChainRuleGears): void => void Object.assign(element, PROPS);

  it('keeps every property set after definition and before connection', async () => {
    expectPropsShown(await setAt('before connection', 'chain-rule-gears', setProps));
  });

  it('keeps every property set before the tag is defined, and drops read-only ones', async () => {
    let errors: ErrorDetail[] = [];
    const element = await setAt<ChainRuleGears>(
      'before definition',
      'chain-rule-gears',
      (created) => void Object.assign(created, PROPS, { outputs: [1, 1], product: 99 }),
      (created) => (errors = collectErrors(created)),
    );
    expectPropsShown(element);
    expect(element.product).to.equal(-2);
    expect(errors.map((error) => error.attribute).sort()).to.deep.equal(['outputs', 'product']);
  });

  it('keeps properties set while disconnected', async () => {
    expectPropsShown(await setAt('while disconnected', 'chain-rule-gears', setProps));
  });

  it('moves the lever at once from value, without events, and input moves it back', async () => {
    const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    element.value = -3;
    expect(element.outputs, 'readable before the next render').to.deep.equal([-6, -18]);
    await element.updateComplete;
    expect(readouts(element)[0]).to.equal('\u22123\u00a0cm');
    element.value = 50;
    await element.updateComplete;
    expect(element.value, 'kept inside the travel').to.equal(10);
    element.input = -2;
    await element.updateComplete;
    expect(element.value).to.equal(-2);
    expect(resetLabel(element)).to.equal('Reset lever to \u22122 cm');
    expect(events).to.deep.equal([]);
  });

  it('refuses a value that is not a number with a note and an error event, lever kept', async () => {
    const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
    const errors = collectErrors(element);
    expect(() => {
      (element as unknown as { value: unknown }).value = 'fast';
    }).to.not.throw();
    await element.updateComplete;
    expect(element.value).to.equal(1);
    expect(errors.map((error) => error.attribute)).to.deep.equal(['value']);
    expect($(element, '[part="error"]').textContent).to.contain('value');
    element.value = 2;
    await element.updateComplete;
    expect($(element, '[part="error"]')).to.equal(null);
    expect(element.value).to.equal(2);
  });

  it('ignores sets of outputs and product without throwing, with an error event', async () => {
    const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
    const errors = collectErrors(element);
    expect(() => Object.assign(element, { outputs: [0, 0], product: 0 })).to.not.throw();
    await element.updateComplete;
    expect(element.outputs).to.deep.equal([2, 6]);
    expect(element.product).to.equal(6);
    expect(errors.map((error) => error.attribute).sort()).to.deep.equal(['outputs', 'product']);
    expect(errors[0].message).to.contain('read-only');
  });

  it('takes labels as an array whose names hold commas, and refuses too many', async () => {
    const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
    const errors = collectErrors(element);
    element.labels = ['x, the input', 'y'];
    await element.updateComplete;
    expect($(element, '.readout .name').textContent).to.equal('x, the input');
    element.labels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    await element.updateComplete;
    expect(element.labels).to.deep.equal(['x, the input', 'y']);
    expect(errors.map((error) => error.attribute)).to.deep.equal(['labels']);
  });

  it('lets only its own CustomEvents reach the page when the reader moves the lever', async () => {
    const element = await fixture<ChainRuleGears>(
      html`<chain-rule-gears ratios="2 3"></chain-rule-gears>`,
    );
    const seen: Event[] = [];
    const listen = (event: Event): number => seen.push(event);
    for (const type of ['input', 'change']) document.addEventListener(type, listen);
    try {
      $<SVGGElement>(element, '[role="slider"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      const grip = $(element, '.handle-grip').getBoundingClientRect();
      const [x, y] = [grip.left + grip.width / 2, grip.top + grip.height / 2];
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(x + 40), Math.round(y)] });
      await sendMouse({ type: 'up' });
      $<HTMLButtonElement>(element, '[part="controls"] button').click();
      await element.updateComplete;
    } finally {
      for (const type of ['input', 'change']) document.removeEventListener(type, listen);
    }
    expect(seen.length).to.be.at.least(4);
    for (const event of seen) {
      expect(event, event.type).to.be.instanceOf(CustomEvent);
      expect(event.target).to.equal(element);
    }
  });

  it('ends a drag cleanly when the element leaves the page mid-drag', async () => {
    const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    const grip = $(element, '.handle-grip');
    const lever = $(element, '.lever');
    const box = grip.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const pointer = (type: string, clientX: number): PointerEvent =>
      new PointerEvent(type, {
        pointerId: 9,
        pointerType: 'touch',
        clientX,
        clientY: box.top + box.height / 2,
        button: 0,
        bubbles: true,
        composed: true,
      });
    grip.dispatchEvent(pointer('pointerdown', x));
    lever.dispatchEvent(pointer('pointermove', x + 60));
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    expect(events).to.deep.equal(['input', 'change']);
    expect($(element, 'svg').classList.contains('dragging'), 'no drag left on').to.be.false;
    const moved = element.value;
    lever.dispatchEvent(pointer('pointermove', x - 60));
    await element.updateComplete;
    expect(element.value, 'the old drag no longer moves the lever').to.equal(moved);
  });

  it('types its events: detail carries value, outputs and product', async () => {
    const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
    const details: ChainRuleGearsDetail[] = [];
    // No cast: the element's event map gives `change` a CustomEvent<ChainRuleGearsDetail>.
    element.addEventListener('change', (event) => details.push(event.detail));
    $<SVGGElement>(element, '[role="slider"]').focus();
    await sendKeys({ press: 'End' });
    expect(details).to.deep.equal([{ value: 10, outputs: [20, 60], product: 6 }]);
  });
});
