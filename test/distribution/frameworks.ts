import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { backwardPass, createNetwork, forwardPass } from '../../src/core/dense.js';
import { gradients } from '../../src/core/gradients.js';
import { sigmoid } from '../../src/core/scalar-math.js';
import { EVENTS, MISUSED, STATES, type AppState } from '../apps/shared/states.js';
import type { ChainRuleGears, GraphBackprop, LayerDelta, NeuronBackprop } from './helpers.js';

/**
 * The React 19, Vue 3 and Svelte 5 apps in test/apps/, built with Vite from the packed tarball by
 * `node scripts/build-apps.mjs`, each opened as a site in a frame. Each app renders the states in
 * test/apps/shared/states.ts one after another; after each, every element must use exactly what
 * the app passed, with its outputs computed independently here. Then a reader uses each element
 * and the app's own event log must hold each documented event.
 */

type Tag = keyof typeof EVENTS;
const near = (actual: number, expected: number) => expect(actual).to.be.closeTo(expected, 1e-9);
const list = (value: number[] | string) =>
  typeof value === 'string'
    ? value
        .trim()
        .split(/[\s,]+/)
        .map(Number)
    : value;
const names = (value: string[] | string) =>
  typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value;

function expectGears(gears: ChainRuleGears, state: AppState['gears']): void {
  const ratios = list(state.ratios);
  const value = state.value ?? Number(state.input);
  expect([...gears.ratios]).to.deep.equal(ratios);
  expect(gears.input).to.equal(Number(state.input));
  expect([...gears.labels]).to.deep.equal(names(state.labels));
  expect([...gears.units]).to.deep.equal(names(state.units));
  near(gears.value, value);
  let running = value;
  const outputs = ratios.map((ratio) => (running *= ratio));
  gears.outputs.forEach((output, k) => near(output, outputs[k]));
  near(
    gears.product,
    ratios.reduce((product, ratio) => product * ratio, 1),
  );
}

function expectNeuron(neuron: NeuronBackprop, state: AppState['neuron']): void {
  const [x, w, b, y] = [state.x, state.w, state.b, state.y].map(Number);
  for (const [name, expected] of Object.entries({ x, w, b, y })) {
    expect(neuron[name as 'x'], name).to.equal(expected);
  }
  expect(neuron.wrt).to.equal(state.wrt);
  expect(neuron.learningRate).to.equal(Number(state.learningRate));
  const z = w * x + b;
  const a = sigmoid(z);
  near(neuron.z, z);
  near(neuron.a, a);
  near(neuron.loss, -(y * Math.log(a) + (1 - y) * Math.log(1 - a)));
  near(neuron.gradients.w, (a - y) * x);
  near(neuron.gradients.b, a - y);
}

function expectGraph(graph: GraphBackprop, state: AppState['graph']): void {
  expect(graph.expr).to.equal(state.expr);
  expect(graph.selected).to.equal(state.selected);
  expect(graph.mode).to.equal(state.mode);
  expect(graph.wrt).to.equal(state.wrt);
  expect(graph.editable).to.equal(state.editable);
  const values = Object.fromEntries(
    state.values.split(',').map((pair) => pair.split('=').map((part) => part.trim())),
  );
  const expected = gradients(
    state.expr,
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Number(value)])),
  );
  near(graph.value, expected.value);
  for (const [name, grad] of Object.entries(expected.grads)) near(graph.gradients[name], grad);
  expect(graph.step).to.equal(state.step ?? 0);
}

function expectLayer(layer: LayerDelta, state: AppState['layer']): void {
  const sizes = list(state.sizes);
  expect([...layer.sizes]).to.deep.equal(sizes);
  expect(layer.activation).to.equal(state.activation);
  expect(layer.loss).to.equal(state.loss);
  expect(layer.seed).to.equal(Number(state.seed));
  expect([...(layer.x ?? [])]).to.deep.equal(list(state.x));
  expect([...(layer.y ?? [])]).to.deep.equal(list(state.y));
  expect(layer.weights).to.deep.equal(state.weights);
  expect(layer.biases).to.deep.equal(state.biases);
  const network = createNetwork({
    sizes,
    activation: state.activation as 'tanh',
    loss: state.loss as 'mse',
    seed: 1,
  });
  network.weights = state.weights;
  network.biases = state.biases;
  const cache = forwardPass(network, list(state.x));
  const result = backwardPass(network, cache, list(state.y));
  layer.deltas.flat().forEach((delta, i) => near(delta, result.deltas.flat()[i]));
  layer.weightGradients.flat(2).forEach((g, i) => near(g, result.weightGradients.flat(2)[i]));
}

/** The first of an element's inner controls matching `selector`, or a failure naming it. */
function only<T extends HTMLElement | SVGElement = HTMLElement>(
  element: Element,
  selector: string,
): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${element.localName} shows no ${selector}`);
  return found;
}

/** A button's name as a screen reader says it: its label, or its text without hidden marks. */
function spokenName(button: HTMLElement): string {
  const label = button.getAttribute('aria-label');
  if (label) return label.trim();
  const copy = button.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** The enabled button of an element whose spoken name matches `name`. */
function buttonNamed(element: Element, name: RegExp): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find(
    (button) => !button.disabled && name.test(spokenName(button)),
  );
  if (!found) throw new Error(`${element.localName} shows no enabled button named ${name}`);
  return found;
}

export function describeApp(app: 'react' | 'vue' | 'svelte', title: string): void {
  describe(`${title} app built with Vite from the packed package`, function () {
    this.timeout(60000);
    let frame: HTMLIFrameElement;
    const inApp = <T extends Element>(selector: string): T => {
      const found = frame.contentDocument!.querySelector<T>(selector);
      if (!found) throw new Error(`the ${title} app shows no ${selector}`);
      return found;
    };
    const tags = () => ({
      gears: inApp<ChainRuleGears>('chain-rule-gears'),
      neuron: inApp<NeuronBackprop>('neuron-backprop'),
      graph: inApp<GraphBackprop>('graph-backprop'),
      layer: inApp<LayerDelta>('layer-delta'),
    });
    const log = () =>
      [...frame.contentDocument!.querySelectorAll('#log li')].map((li) => li.textContent!);
    const settled = async () => {
      for (const element of Object.values(tags())) {
        await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      }
    };
    const show = async (index: number) => {
      if (index > 0) inApp<HTMLButtonElement>('#next').click();
      await waitUntil(() => inApp('#state').textContent === String(index), `state ${index}`);
      await settled();
    };

    before(async () => {
      await executeServerCommand('bring-to-front');
      frame = document.createElement('iframe');
      Object.assign(frame.style, { width: '900px', height: '3000px', border: '0' });
      frame.src = `/node_modules/.cache/backprop-elements-apps/${app}/index.html`;
      document.body.append(frame);
      await waitUntil(
        () => frame.contentDocument?.querySelector('layer-delta')?.shadowRoot,
        `the ${title} app did not render its elements (run node scripts/build-apps.mjs)`,
        { timeout: 20000 },
      );
      await settled();
    });
    after(() => frame.remove());

    STATES.forEach((state, index) => {
      it(`passes state ${index + 1} of ${STATES.length}${state.misuse ? ' with read-only props' : ''}`, async () => {
        await show(index);
        const { gears, neuron, graph, layer } = tags();
        expectGears(gears, state.gears);
        expectNeuron(neuron, state.neuron);
        expectGraph(graph, state.graph);
        expectLayer(layer, state.layer);
        for (const element of [gears, neuron, graph, layer]) {
          // Words, not message keys: the English catalogue survived the app's bundler.
          const text = element.shadowRoot!.textContent!;
          expect(text, element.localName).to.not.match(
            /\b(chain-rule-gears|neuron-backprop|graph-backprop|layer-delta)\.[a-z]/,
          );
        }
        if (!state.misuse) {
          // Every setting went in as a property: the framework found it on the element. Only
          // Svelte's dashed learning-rate is an attribute (see the Svelte app), and
          // graph-backprop reflects editable as a native boolean attribute is.
          const reflected = new Map<Element, string[]>([
            [graph, state.graph.editable ? ['editable'] : []],
            [neuron, app === 'svelte' ? ['learning-rate'] : []],
          ]);
          for (const element of [gears, neuron, graph, layer]) {
            const attributes = [...element.attributes].map((attribute) => attribute.name);
            const expected = reflected.get(element) ?? [];
            expect(attributes, `${element.localName}'s attributes`).to.deep.equal(expected);
          }
          // Changes made from code fire no events, and nothing was refused.
          expect(log()).to.deep.equal([]);
          return;
        }
        // A read-only prop is ignored (the checks above still hold) and reported, never thrown.
        for (const [tag, props] of Object.entries(MISUSED)) {
          for (const name of Object.keys(props)) {
            const reported = log().some((line) =>
              line.startsWith(`${tag} error {"attribute":"${name}"`),
            );
            if (app === 'svelte' && name !== name.toLowerCase()) {
              // Svelte lowercases the names in a spread ({...props}): `totalSteps` arrives as a
              // `totalsteps` attribute, which no element reads. Nothing is set, so nothing is said.
              expect(inApp(tag).getAttribute(name.toLowerCase()), `${tag} ${name}`).to.not.equal(
                null,
              );
              expect(reported, `${tag} ${name}`).to.be.false;
            } else {
              expect(reported, `${tag} ${name}`).to.be.true;
            }
          }
        }
      });
    });

    it('hears every documented event through its usual listener syntax', async () => {
      const { gears, neuron, graph, layer } = tags();
      const before = log().length;
      // Each element is used the way a reader finds its controls: by role and by name.
      only(gears, '[role="slider"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      only(neuron, 'input[type="range"], [role="slider"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      // A variable node other than the one already selected: Enter selects it, an arrow nudges it.
      const variables = [...graph.shadowRoot!.querySelectorAll<SVGGElement>('[role="slider"]')];
      const other = variables.find((node) => !node.classList.contains('selected')) ?? variables[0];
      other.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowRight' });
      buttonNamed(graph, /^step\b/i).click();
      // Forward mode from its radio button, then one step of it.
      only<HTMLInputElement>(graph, 'input[type="radio"][value="forward"]').click();
      await settled();
      buttonNamed(graph, /^step\b/i).click();
      // The layer picker: a toggle button that is not pressed yet.
      only(layer, '[role="group"] button[aria-pressed="false"]').click();
      buttonNamed(layer, /^step\b/i).click();
      const field = only<HTMLInputElement>(layer, 'input[type="text"]');
      field.focus();
      field.select();
      await sendKeys({ type: '0.75' }); // x₁ is 0.5 in the last state: a new value
      await sendKeys({ press: 'Tab' });
      await settled();
      const heard = log()
        .slice(before)
        .map((line) => line.split(' ').slice(0, 2).join(' '));
      for (const [tag, types] of Object.entries(EVENTS) as [Tag, readonly string[]][]) {
        for (const type of types.filter((name) => name !== 'error')) {
          expect(heard, `${title} heard ${tag} ${type}`).to.include(`${tag} ${type}`);
        }
      }
      // Each event re-rendered the app's log, and the lever stayed where the reader left it:
      // nothing set the bound value (-3) back.
      const moved = log()
        .filter((line) => line.startsWith('chain-rule-gears change '))
        .map(
          (line) =>
            (JSON.parse(line.slice('chain-rule-gears change '.length)) as { value: number }).value,
        )
        .at(-1)!;
      expect(moved).to.not.equal(STATES.at(-1)!.gears.value);
      near(gears.value, moved);
    });

    it('loads KaTeX fonts from the folder the app gave setFontBase', async () => {
      const doc = frame.contentDocument!;
      await waitUntil(
        () =>
          [...doc.fonts].some((face) => face.status === 'loaded' && face.family.includes('KaTeX')),
        'no KaTeX font loaded',
        { timeout: 10000 },
      );
      const fontRequests = frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('KaTeX_'));
      expect(fontRequests.length).to.be.greaterThan(0);
      for (const url of fontRequests)
        expect(url).to.contain(`/backprop-elements-apps/${app}/katex-fonts/`);
    });
  });
}
