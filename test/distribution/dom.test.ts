import { expect, oneEvent } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import { RELU_EXAMPLE, inShadow, type ChainRuleGears, type GraphBackprop } from './helpers.js';

/**
 * The script-tag bundle, dist/backprop-elements.js, used through plain DOM APIs the way a page
 * without a framework does: createElement, setAttribute, properties, addEventListener.
 * Needs `npm run build:dist`.
 */

const BUNDLE = '/dist/backprop-elements.js';
/** The core alone, an ES module without bare imports, for pages that use the script tag. */
const CORE = '/dist/npm/core.js';

async function loadBundle(url = BUNDLE): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
}

/**
 * Puts an element in the page the way a script does, then waits for the bundle's loader to fetch
 * its code (the tag's chunk loads when the tag first appears).
 */
async function place<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string> = {},
): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await customElements.whenDefined(tag);
  return element;
}

afterEach(() => {
  for (const tag of ELEMENT_TAGS)
    document.querySelectorAll(tag).forEach((element) => element.remove());
});

describe('plain DOM APIs with the script-tag bundle', () => {
  it('defines no tag until the page uses it, then only that one', async () => {
    await loadBundle();
    for (const tag of ELEMENT_TAGS)
      expect(customElements.get(tag), `<${tag}> at load`).to.be.undefined;
    await place('chain-rule-gears');
    expect(customElements.get('chain-rule-gears')).to.exist;
    for (const tag of ['neuron-backprop', 'graph-backprop', 'layer-delta']) {
      expect(customElements.get(tag), `<${tag}> is not loaded`).to.be.undefined;
    }
  });

  it('finds a tag nested inside content a script adds later', async () => {
    await loadBundle();
    expect(customElements.get('neuron-backprop'), 'not loaded before this test').to.be.undefined;
    const section = document.createElement('section');
    const figure = document.createElement('figure');
    figure.append(document.createElement('neuron-backprop'));
    section.append(figure);
    document.body.append(section);
    await customElements.whenDefined('neuron-backprop');
    const neuron = figure.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await neuron.updateComplete;
    expect(neuron.shadowRoot?.querySelector('input[type="range"]'), 'rendered').to.exist;
    section.remove();
  });

  it('loads the elements inside a shadow root handed to discover()', async () => {
    const bundle = await loadBundle();
    const discover = bundle.discover as (root: ParentNode) => Promise<void>;
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const graph = document.createElement('graph-backprop') as GraphBackprop;
    graph.setAttribute('expr', RELU_EXAMPLE.expr);
    graph.setAttribute('values', RELU_EXAMPLE.values);
    root.append(graph);
    expect(customElements.get('graph-backprop'), 'not loaded before this test').to.be.undefined;
    await discover(root);
    await graph.updateComplete;
    expect(graph.value).to.equal(RELU_EXAMPLE.value);
    host.remove();
  });

  it('names the known elements when a script asks for one that does not exist', async () => {
    const bundle = await loadBundle();
    const loadElement = bundle.loadElement as (tag: string) => Promise<void>;
    let message = '';
    await loadElement('graph-backprob').catch((error: Error) => (message = error.message));
    expect(message).to.contain('"graph-backprob"').and.to.contain('graph-backprop');
  });

  it('loads twice without throwing and keeps every tag registered', async () => {
    await loadBundle();
    for (const tag of ELEMENT_TAGS) await place(tag);
    const before = ELEMENT_TAGS.map((tag) => customElements.get(tag));
    expect(before.every(Boolean)).to.be.true;
    await loadBundle(`${BUNDLE}?second-copy`);
    const after = ELEMENT_TAGS.map((tag) => customElements.get(tag));
    expect(after).to.deep.equal(before);
  });

  it('leaves the core out of the first load and serves it from dist/npm/core.js', async () => {
    const bundle = await loadBundle();
    expect(bundle.gradients, 'the script-tag entry does not carry the core').to.be.undefined;
    const core = await loadBundle(CORE);
    const gradients = core.gradients as (
      expr: string,
      values: Record<string, number>,
    ) => { value: number; grads: Record<string, number> };
    const result = gradients(RELU_EXAMPLE.expr, { x: 1.5, w: 2, b: -1 });
    expect(result.value).to.equal(RELU_EXAMPLE.value);
    expect(result.grads).to.deep.include(RELU_EXAMPLE.gradients);
  });

  it('reads attributes set with setAttribute and reports a bad one with an error event', async () => {
    await loadBundle();
    const graph = await place<GraphBackprop>('graph-backprop', {
      expr: RELU_EXAMPLE.expr,
      values: RELU_EXAMPLE.values,
    });
    await graph.updateComplete;
    expect(graph.value).to.equal(RELU_EXAMPLE.value);
    expect(graph.gradients).to.deep.include(RELU_EXAMPLE.gradients);

    const error = oneEvent(graph, 'error');
    graph.setAttribute('expr', 'relu(w*x +');
    const { detail } = (await error) as CustomEvent<{ attribute: string; message: string }>;
    expect(detail.attribute).to.equal('expr');
    expect(detail.message).to.be.a('string').and.not.be.empty;
    await graph.updateComplete;
    expect(graph.value, 'the last good expression stays').to.equal(RELU_EXAMPLE.value);
    expect(inShadow(graph, '[part="error"]').textContent).to.contain('expr');
  });

  it('takes rich data as properties and fires nothing for changes made from code', async () => {
    await loadBundle();
    const gears = await place<ChainRuleGears>('chain-rule-gears');
    await gears.updateComplete;
    const fired: string[] = [];
    for (const name of ['input', 'change']) gears.addEventListener(name, () => fired.push(name));
    gears.ratios = [1.5, -2];
    gears.value = 2;
    await gears.updateComplete;
    expect(gears.product).to.equal(1.5 * -2);
    expect(gears.outputs).to.deep.equal([1.5 * 2, 1.5 * -2 * 2]);
    expect(fired).to.deep.equal([]);
  });

  it('delivers bubbling, composed events to a listener on the document', async () => {
    await loadBundle();
    const graph = await place<GraphBackprop>('graph-backprop', {
      expr: RELU_EXAMPLE.expr,
      values: RELU_EXAMPLE.values,
    });
    await graph.updateComplete;
    const heard = oneEvent(document, 'backward-step');
    inShadow<HTMLButtonElement>(graph, 'button.step').click();
    const event = (await heard) as CustomEvent<{ step: number; total: number }>;
    expect(event.target).to.equal(graph);
    expect(event.detail.step).to.equal(1);
    expect(event.detail.total).to.equal(graph.totalSteps);
  });

  it('keeps working after being moved to another place in the page', async () => {
    await loadBundle();
    const graph = await place<GraphBackprop>('graph-backprop', { expr: 'x*x + x', values: 'x=3' });
    await graph.updateComplete;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(graph);
    graph.setAttribute('values', 'x=2');
    await graph.updateComplete;
    expect(graph.value).to.equal(2 * 2 + 2);
    expect(graph.gradients.x).to.equal(2 * 2 + 1);
    elsewhere.remove();
  });
});
