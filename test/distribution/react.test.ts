import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createElement as h, StrictMode, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  RELU_EXAMPLE,
  inShadow,
  shadowText,
  type ChainRuleGears,
  type GraphBackprop,
  type LayerDelta,
  type NeuronBackprop,
} from './helpers.js';
// Each tag registered through its own entry, as `import 'backprop-elements/<tag>'` does.
import '../../src/elements/chain-rule-gears/define.js';
import '../../src/elements/graph-backprop/define.js';
import '../../src/elements/layer-delta/define.js';
import '../../src/elements/neuron-backprop/define.js';

/**
 * React 19 mounting the elements, written with createElement (what JSX compiles to, so the
 * project needs no JSX configuration). React 19 sets a prop as a property when the element has
 * one (`ratios={[2, 3]}` passes the array), and `on<event-name>` props add listeners for
 * custom events (`onchange`, `onbackward-step`).
 */

let root: Root | undefined;
let container: HTMLElement | undefined;

function mount(node: ReactNode): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  flushSync(() => root!.render(h(StrictMode, null, node)));
  return container;
}

function rerender(node: ReactNode): void {
  flushSync(() => root!.render(h(StrictMode, null, node)));
}

afterEach(() => {
  flushSync(() => root?.unmount());
  container?.remove();
  root = undefined;
  container = undefined;
});

describe('React 19', () => {
  it('passes an array to a property through a prop and re-renders on change', async () => {
    const host = mount(h('chain-rule-gears', { ratios: [2, 3], input: '1' }));
    const gears = host.querySelector('chain-rule-gears') as ChainRuleGears;
    await gears.updateComplete;
    expect(gears.ratios).to.deep.equal([2, 3]);
    expect(gears.hasAttribute('ratios'), 'set as a property, not an attribute').to.be.false;
    expect(gears.product).to.equal(2 * 3);
    expect(gears.outputs).to.deep.equal([2, 6]);

    rerender(h('chain-rule-gears', { ratios: [1.5, -2, 0.5], input: '1' }));
    await gears.updateComplete;
    expect(gears.product).to.equal(1.5 * -2 * 0.5);
    expect(shadowText(gears)).to.contain('gear 3');
  });

  it('delivers input and change events to on<event> props while the reader uses the keyboard', async () => {
    const inputs: number[] = [];
    const changes: { value: number; product: number }[] = [];
    const host = mount(
      h('chain-rule-gears', {
        ratios: '2 3',
        input: '1',
        oninput: (event: CustomEvent<{ value: number }>) => inputs.push(event.detail.value),
        onchange: (event: CustomEvent<{ value: number; product: number }>) =>
          changes.push(event.detail),
      }),
    );
    const gears = host.querySelector('chain-rule-gears') as ChainRuleGears;
    await gears.updateComplete;
    inShadow<SVGElement>(gears, '[role="slider"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => changes.length > 0, 'no change event reached the React prop');
    expect(changes.at(-1)!.value).to.be.closeTo(1.1, 1e-9);
    expect(changes.at(-1)!.product).to.equal(6);
    expect(inputs.at(-1)).to.be.closeTo(1.1, 1e-9);
  });

  it('fires no events when React changes an attribute from code', async () => {
    const events: string[] = [];
    const listeners = {
      oninput: () => events.push('input'),
      onchange: () => events.push('change'),
    };
    const host = mount(h('chain-rule-gears', { ratios: '2 3', input: '1', ...listeners }));
    const gears = host.querySelector('chain-rule-gears') as ChainRuleGears;
    await gears.updateComplete;
    rerender(h('chain-rule-gears', { ratios: '2 3', input: '4', ...listeners }));
    await gears.updateComplete;
    expect(gears.value).to.equal(4);
    expect(events).to.deep.equal([]);
  });

  it('drives graph-backprop from state and hears backward-step from its Step button', async () => {
    const steps: number[] = [];
    function Lesson() {
      const [expr, setExpr] = useState(RELU_EXAMPLE.expr);
      return h(
        'div',
        null,
        h('button', { id: 'swap', onClick: () => setExpr('relu(w*x - b)') }, 'swap'),
        h('graph-backprop', {
          expr,
          values: RELU_EXAMPLE.values,
          'onbackward-step': (event: CustomEvent<{ step: number }>) =>
            steps.push(event.detail.step),
        }),
      );
    }
    const host = mount(h(Lesson));
    const graph = host.querySelector('graph-backprop') as GraphBackprop;
    await graph.updateComplete;
    expect(graph.value).to.equal(RELU_EXAMPLE.value);
    expect(graph.gradients).to.deep.include(RELU_EXAMPLE.gradients);

    inShadow<HTMLButtonElement>(graph, 'button.step').click();
    await graph.updateComplete;
    expect(steps).to.deep.equal([1]);

    // React state sets the expr property: relu(w*x - b) = relu(3 + 1) = 4, and b's gradient flips.
    flushSync(() => host.querySelector<HTMLButtonElement>('#swap')!.click());
    await graph.updateComplete;
    expect(graph.expr).to.equal('relu(w*x - b)');
    expect(graph.value).to.equal(2 * 1.5 + 1);
    expect(graph.gradients).to.deep.include({ w: 1.5, x: 2, b: -1 });
  });

  it('sets layer-delta weights as a property and hears its error event for a bad attribute', async () => {
    const errors: { attribute: string }[] = [];
    const weights = [
      [
        [0.5, -0.25],
        [1, 0.75],
      ],
      [[0.2, -0.4]],
    ];
    const host = mount(
      h('layer-delta', {
        sizes: '2 2 1',
        x: '1 -1',
        y: '1',
        weights,
        onerror: (event: CustomEvent<{ attribute: string }>) => errors.push(event.detail),
      }),
    );
    const network = host.querySelector('layer-delta') as LayerDelta;
    await network.updateComplete;
    expect(network.weights).to.deep.equal(weights);

    rerender(
      h('layer-delta', {
        sizes: 'two layers',
        x: '1 -1',
        y: '1',
        weights,
        onerror: (event: CustomEvent<{ attribute: string }>) => errors.push(event.detail),
      }),
    );
    await network.updateComplete;
    expect(errors.map((error) => error.attribute)).to.include('sizes');
    // The last good network stays.
    expect(network.weights).to.deep.equal(weights);
  });

  it('mounts neuron-backprop from attributes and unmounts cleanly', async () => {
    const host = mount(h('neuron-backprop', { x: '1.5', w: '0.8', b: '-0.4', y: '1' }));
    const neuron = host.querySelector('neuron-backprop') as NeuronBackprop;
    await neuron.updateComplete;
    const z = 0.8 * 1.5 - 0.4;
    const a = 1 / (1 + Math.exp(-z));
    expect(neuron.z).to.be.closeTo(z, 1e-12);
    expect(neuron.a).to.be.closeTo(a, 1e-12);
    // dL/dw for cross-entropy after a sigmoid simplifies to (a - y) x.
    expect(neuron.gradients!.w).to.be.closeTo((a - 1) * 1.5, 1e-9);
    flushSync(() => root!.unmount());
    root = undefined;
    expect(neuron.isConnected).to.be.false;
  });
});
