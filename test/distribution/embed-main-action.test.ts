import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/chain-rule-gears/define.js';
import '../../src/elements/graph-backprop/define.js';
import '../../src/elements/layer-delta/define.js';
import '../../src/elements/neuron-backprop/define.js';
import '../../src/elements/train-network/define.js';
import { embeddingOf } from '../../demo/builder/catalogue.js';
import { onMainAction } from '../../src/embed/main-action.js';
import type { ElementTag } from '../../src/element-tags.js';
import { pressShifted } from '../elements/chain-rule-gears/gears-page.js';

/**
 * What a SCORM package counts as "done" for each figure (each element's embedding.ts), driven the
 * way a reader does it: buttons clicked and keys pressed, read from the elements' own events.
 */

function button(element: Element, label: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find(
    // Labels carry a symbol beside the word ("Step ◂", "◀ Step backward").
    (candidate) =>
      candidate
        .textContent!.replace(/[^\p{L}\s]/gu, '')
        .trim()
        .replace(/\s+/g, ' ') === label,
  );
  if (!found) throw new Error(`<${element.localName}> has no "${label}" button`);
  return found;
}

async function ready(element: Element): Promise<void> {
  await waitUntil(
    () => element.shadowRoot?.querySelector('button, [role="slider"]'),
    'no controls',
  );
}

/** Counts the main action the element's own embedding.ts names. */
async function counted(element: HTMLElement, tag: ElementTag): Promise<() => number> {
  let done = 0;
  onMainAction(element, (await embeddingOf(tag)).mainAction, () => (done += 1));
  return () => done;
}

describe('the main action each figure counts as done', () => {
  it('chain-rule-gears: the lever travelled two units, not a touch of it', async () => {
    const gears = await fixture<HTMLElement>(
      html`<chain-rule-gears ratios="2 3"></chain-rule-gears>`,
    );
    await ready(gears);
    const done = await counted(gears, 'chain-rule-gears');
    gears.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(done(), 'one small step is not reading the figure').to.equal(0);
    // Back and forth counts: 0.1 right, then 1.0 left and 0.8 right is 1.9 in all.
    await pressShifted('ArrowLeft');
    for (let step = 0; step < 8; step++) await sendKeys({ press: 'ArrowRight' });
    expect(done(), '1.9 units of travel').to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => done() === 1, 'two units of travel did not count');
    await pressShifted('ArrowRight');
    expect(done(), 'counted once').to.equal(1);
  });

  it('neuron-backprop: a gradient step, not a slider move', async () => {
    const neuron = await fixture<HTMLElement>(html`<neuron-backprop></neuron-backprop>`);
    await ready(neuron);
    const done = await counted(neuron, 'neuron-backprop');
    neuron.shadowRoot!.querySelector<HTMLElement>('input[type="range"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(done(), 'a slider is not the main action').to.equal(0);
    button(neuron, 'Gradient step').click();
    await waitUntil(() => done() === 1, 'a gradient step did not count');
  });

  it('graph-backprop: the backward pass stepped to its end', async () => {
    const graph = await fixture<HTMLElement>(
      html`<graph-backprop expr="x*x + x" values="x=3"></graph-backprop>`,
    );
    await ready(graph);
    const done = await counted(graph, 'graph-backprop');
    let steps = 0;
    const step = button(graph, 'Step');
    while (done() === 0 && steps < 20) {
      step.click();
      steps += 1;
      // The reader's code arrives after the first paint; a click before it waits for it, and
      // updateComplete with it.
      await (graph as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      if (done() === 0) expect(step.disabled, 'not counted before the end').to.be.false;
    }
    expect(done()).to.equal(1);
    expect(steps, 'several steps were needed').to.be.greaterThan(1);
  });

  it('layer-delta: the deltas reached the input layer', async () => {
    const layers = await fixture<HTMLElement>(html`<layer-delta sizes="2 3 2 1"></layer-delta>`);
    await ready(layers);
    const done = await counted(layers, 'layer-delta');
    button(layers, 'Step backward').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done(), 'one layer back is not the input layer').to.equal(0);
    button(layers, 'Run to input').click();
    await waitUntil(() => done() === 1, 'reaching the input layer did not count', {
      timeout: 10000,
    });
  });

  it("train-network: the test accuracy reached the author's goal-accuracy", async () => {
    const train = await fixture<HTMLElement>(
      html`<train-network dataset="xor" sizes="4" goal-accuracy="0.95"></train-network>`,
    );
    await ready(train);
    const done = await counted(train, 'train-network');
    const accuracies: number[] = [];
    train.addEventListener('epoch', (event) =>
      accuracies.push((event as CustomEvent<{ accuracy: number }>).detail.accuracy),
    );
    button(train, 'Play').click();
    await waitUntil(() => done() === 1, 'reaching 0.95 did not count', { timeout: 20000 });
    button(train, 'Pause').click();
    // Counted at the first epoch at the goal, not before.
    const first = accuracies.findIndex((accuracy) => accuracy >= 0.95);
    expect(first, 'an epoch reached the goal').to.be.at.least(0);
    expect(accuracies.slice(0, first).every((accuracy) => accuracy < 0.95)).to.equal(true);
    expect(done()).to.equal(1);
  });
});
