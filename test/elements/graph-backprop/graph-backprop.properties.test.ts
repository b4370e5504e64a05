/**
 * <graph-backprop>'s names as properties: every attribute settable as a property and read back
 * as the reader sees it, read-only properties that ignore a set without throwing, `step` kept
 * whenever it is set, and only the element's own events reaching the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/graph-backprop/define.js';
import {
  GraphBackprop,
  type BackwardStepDetail,
} from '../../../src/elements/graph-backprop/graph-backprop.js';
import { visibleText } from '../../conformance/screen.js';
import { collectErrors } from '../../conformance/error-events.js';
import { setAt } from '../../conformance/moments.js';

const root = (element: GraphBackprop): ShadowRoot => element.shadowRoot!;

/** x*x + x at x = 3: value 12, two backward steps, dx = 2x + 1 = 7. */
function squarePlusX(element: HTMLElement): void {
  element.setAttribute('expr', 'x*x + x');
  element.setAttribute('values', 'x=3');
}

describe('<graph-backprop> properties', () => {
  it('keeps a step set after definition and before connection', async () => {
    const element = await setAt<GraphBackprop>(
      'before connection',
      'graph-backprop',
      (created) => void (created.step = 1),
      squarePlusX,
    );
    expect(element.step).to.equal(1);
    expect(visibleText(element)).to.contain('Step 1 of 2');
  });

  it('keeps a step set after connection and before the first update', async () => {
    const element = await setAt<GraphBackprop>(
      'before first update',
      'graph-backprop',
      (created) => void (created.step = 2),
      squarePlusX,
    );
    expect(element.step).to.equal(2);
    expect(element.gradients.x).to.equal(7);
    expect(visibleText(element)).to.contain('Step 2 of 2');
  });

  it('keeps properties set before the tag is defined, and ignores read-only ones', async () => {
    const element = await setAt<GraphBackprop>(
      'before definition',
      'graph-backprop',
      (created) =>
        void Object.assign(created, { expr: 'x*x + x', values: { x: 3 }, step: 1, value: 99 }),
    );
    expect(element.expr).to.equal('x*x + x');
    expect(element.value).to.equal(12);
    expect(element.step).to.equal(1);
    expect(visibleText(element)).to.contain('Step 1 of 2');
  });

  it('keeps properties set while disconnected', async () => {
    const element = await setAt<GraphBackprop>(
      'while disconnected',
      'graph-backprop',
      async (created) => {
        created.expr = 'x*x + x';
        created.values = { x: 3 };
        created.selected = 'x';
        await created.updateComplete;
        created.step = 2;
      },
    );
    expect(element.value).to.equal(12);
    expect(element.step).to.equal(2);
    expect(root(element).querySelector('[part="panel"]')!.textContent).to.contain('variable x');
  });

  it('takes every attribute as a property of the same name', async () => {
    const element = await fixture<GraphBackprop>(html`<graph-backprop></graph-backprop>`);
    element.expr = 'w*x + b';
    element.values = { x: 2, w: -1, b: 0.5 };
    element.selected = 'b';
    element.editable = true;
    await element.updateComplete;
    expect(element.value).to.equal(-1.5);
    expect(root(element).querySelector('[part="panel"]')!.textContent).to.contain('variable b');
    expect(root(element).querySelector('#expression-input')).to.exist;
    expect(element.hasAttribute('editable'), 'reflected like a native boolean').to.be.true;
    element.values = 'x=1, w=1, b=1' as unknown as Record<string, number>;
    element.editable = false;
    await element.updateComplete;
    expect(element.value).to.equal(2);
    expect(root(element).querySelector('#expression-input')).to.equal(null);
    expect(element.hasAttribute('editable')).to.be.false;
  });

  it('reads back what the reader changed: values, the open node, the typed expression', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop editable expr="w*x" values="x=2, w=3"></graph-backprop>`,
    );
    expect(element.values).to.deep.equal({ w: 3, x: 2 });
    const w = root(element).querySelector<SVGGElement>('.node.variable[data-id="n0"]')!;
    w.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.values.w).to.equal(3.1);
    expect(element.selected).to.equal('w');
    const field = root(element).querySelector<HTMLInputElement>('#expression-input')!;
    field.focus();
    field.select();
    await sendKeys({ type: 'w*x + 1' });
    await element.updateComplete;
    expect(element.expr).to.equal('w*x + 1');
    expect(element.values, 'the reader keeps the values').to.deep.equal({ w: 3.1, x: 2 });
    // Setting values again starts from them, replacing the reader's edits.
    element.values = { x: 1, w: 1 };
    await element.updateComplete;
    expect(element.value).to.equal(2);
  });

  it('starts again from an expression set again, and keeps the typed one over a refused one', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop editable expr="w*x" values="x=2, w=3"></graph-backprop>`,
    );
    root(element).querySelector<HTMLButtonElement>('button.step')!.click();
    await element.updateComplete;
    element.expr = 'w*x';
    await element.updateComplete;
    expect(element.step, 'the same expression again starts again').to.equal(0);
    const field = root(element).querySelector<HTMLInputElement>('#expression-input')!;
    field.focus();
    field.select();
    await sendKeys({ type: 'w*x*2' });
    await element.updateComplete;
    expect(element.value).to.equal(12);
    element.setAttribute('expr', 'x +');
    await element.updateComplete;
    expect(element.expr, 'a refused expression leaves the typed one').to.equal('w*x*2');
    expect(element.value).to.equal(12);
    element.setAttribute('expr', 'w*x');
    await element.updateComplete;
    expect(element.expr).to.equal('w*x');
    expect(element.value).to.equal(6);
  });

  for (const name of ['value', 'gradients', 'totalSteps'] as const) {
    it(`ignores a set of the read-only ${name} without throwing, with an error event`, async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="x*x + x" values="x=3"></graph-backprop>`,
      );
      const before = JSON.stringify(element[name]);
      const errors = collectErrors(element);
      expect(() => Object.assign(element, { [name]: 5 })).not.to.throw();
      await element.updateComplete;
      expect(JSON.stringify(element[name])).to.equal(before);
      expect(errors.map((error) => error.attribute)).to.deep.equal([name]);
    });
  }

  it('lets only its own events reach the page from the inner fields', async () => {
    const element = await fixture<GraphBackprop>(
      html`<graph-backprop editable expr="w*x" values="x=2, w=3" selected="w"></graph-backprop>`,
    );
    const seen: Event[] = [];
    const listen = (event: Event): number => seen.push(event);
    for (const type of ['input', 'change']) document.addEventListener(type, listen);
    try {
      const value = root(element).querySelector<HTMLInputElement>('#value-input')!;
      value.focus();
      value.select();
      await sendKeys({ type: '4' });
      await sendKeys({ press: 'Enter' });
      value.blur();
      const expression = root(element).querySelector<HTMLInputElement>('#expression-input')!;
      expression.focus();
      expression.select();
      await sendKeys({ type: 'w*x*2' });
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
    } finally {
      for (const type of ['input', 'change']) document.removeEventListener(type, listen);
    }
    expect(seen.length).to.be.greaterThan(3);
    expect(seen.filter((event) => !(event instanceof CustomEvent))).to.deep.equal([]);
    expect(seen.map((event) => event.type)).to.include.members(['input', 'change']);
  });

  it('types its events for addEventListener', async () => {
    const element = await fixture<GraphBackprop>(html`<graph-backprop></graph-backprop>`);
    const steps: BackwardStepDetail[] = [];
    // Compiles only because the event map types `detail`.
    element.addEventListener('backward-step', (event) => steps.push(event.detail));
    root(element).querySelector<HTMLButtonElement>('button.step')!.click();
    await element.updateComplete;
    expect(steps).to.deep.equal([{ step: 1, total: 3, id: 'n5' }]);
  });
});
