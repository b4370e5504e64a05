import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from './frame.js';

/**
 * In the built script tag, the views a reader opens on demand (graph-backprop's details panel,
 * forward mode's strip and expression box, layer-delta's cost panel), what the reader's first
 * action needs (graph-backprop's handlers with their actions and the sentences its live region
 * says, layer-delta's spoken sentences), and what only train-network's Play runs, are chunks of
 * their own: not part of what a page loads before its figures paint, fetched once the page is
 * idle, so opening one shows it at once. Layer-delta's formulas, of use only with KaTeX, are
 * fetched beside it after the first render, and so are its handlers with their actions and the
 * fields the reader types in. The notes for refused values come with the first refusal. Needs
 * `npm run build:dist`.
 */

const ON_DEMAND = [
  'panel',
  'forward-caption',
  'expression-box',
  'efficiency',
  'graph-handlers',
  'spoken',
  'reader-handlers',
  'panel-formulas',
];

function chunksFetched(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => /\/chunks\/([a-z.-]+)-[\w-]{8}\.js$/.exec(new URL(entry.name).pathname)?.[1])
    .filter((name): name is string => name !== undefined);
}

/** The page's <graph-backprop>, with what the tests set and read. */
type GraphElement = HTMLElement & {
  values: unknown;
  expr: string;
  selected: string;
  updateComplete: Promise<unknown>;
};

/**
 * The built graph-backprop page once it has prefetched what it fetches when idle, its figure and
 * the `error` events it fires from then on.
 */
async function idleGraphPage(): Promise<{
  frame: HTMLIFrameElement;
  graph: GraphElement;
  errors: { attribute: string; message: string }[];
}> {
  const frame = await openFrame('/test/distribution/pages/graph-figure.html');
  await waitUntil(
    () => ON_DEMAND.every((name) => chunksFetched(frame).includes(name)),
    `never prefetched all of ${ON_DEMAND.join(', ')}: ${chunksFetched(frame).join(', ')}`,
    { timeout: 15000 },
  );
  const graph = frame.contentDocument!.querySelector('graph-backprop') as GraphElement;
  const errors: { attribute: string; message: string }[] = [];
  graph.addEventListener('error', (event) => errors.push((event as unknown as CustomEvent).detail));
  return { frame, graph, errors };
}

/** The frame's <train-network>, once it has drawn its network. */
async function drawnTrainNetwork(
  frame: HTMLIFrameElement,
): Promise<HTMLElement & { epoch: number; pause(): void }> {
  const find = () => frame.contentDocument!.querySelector('train-network');
  await waitUntil(() => find()?.shadowRoot?.querySelector('canvas'), 'the network never drew', {
    timeout: 10000,
  });
  return find() as HTMLElement & { epoch: number; pause(): void };
}

describe('views loaded on demand in the built script tag', () => {
  it('are chunks of their own, fetched when the page is idle, and open at once', async () => {
    const { frame, graph } = await idleGraphPage();
    graph.selected = 'w';
    await graph.updateComplete;
    expect(graph.shadowRoot!.querySelector('[part="panel"] #value-input')).to.exist;
    const layer = frame.contentDocument!.querySelector('layer-delta')!;
    expect(layer.shadowRoot!.querySelector('.efficiency table.counts')).to.exist;
    frame.remove();
  });

  it('never fetch the chunk of an element the page does not show', async () => {
    const frame = await openFrame('/test/distribution/pages/graph-figure.html');
    await waitUntil(
      () => ON_DEMAND.every((name) => chunksFetched(frame).includes(name)),
      `never prefetched all of ${ON_DEMAND.join(', ')}: ${chunksFetched(frame).join(', ')}`,
      { timeout: 15000 },
    );
    // What a view of one element shares with another element (a lit directive's helper, the
    // gradient check) is not in that other element's chunk.
    expect(chunksFetched(frame)).to.not.include('neuron-backprop');
    expect(chunksFetched(frame)).to.not.include('chain-rule-gears');
    expect(chunksFetched(frame)).to.not.include('train-network');
    frame.remove();
  });

  it('fetches the notes for refused values with the first refusal, and shows it', async () => {
    const frame = await openFrame('/test/distribution/pages/graph-figure.html');
    await waitUntil(
      () => ON_DEMAND.every((name) => chunksFetched(frame).includes(name)),
      `never prefetched all of ${ON_DEMAND.join(', ')}: ${chunksFetched(frame).join(', ')}`,
      { timeout: 15000 },
    );
    expect(chunksFetched(frame), 'every value is good').to.not.include('problem-notes');
    const layer = frame.contentDocument!.querySelector('layer-delta') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    const errors: { attribute: string; message: string }[] = [];
    layer.addEventListener('error', (event) =>
      errors.push((event as unknown as CustomEvent).detail),
    );
    layer.setAttribute('seed', 'many');
    await layer.updateComplete;
    expect(chunksFetched(frame)).to.include('problem-notes');
    expect(errors).to.have.length(1);
    expect(errors[0].attribute).to.equal('seed');
    expect(errors[0].message).to.contain("got 'many'");
    const note = layer.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
    expect(note?.textContent).to.contain("got 'many'");
    // The note's own styles came with it.
    expect(frame.contentWindow!.getComputedStyle(note!).borderLeftWidth).to.equal('4px');
    frame.remove();
  });

  it('<graph-backprop> fetches the words of a setting that does not fit its expression with the first, and what it asks only when asked', async () => {
    const { frame, graph, errors } = await idleGraphPage();
    expect(chunksFetched(frame), 'every setting fits').to.not.include('refusals.messages');
    expect(chunksFetched(frame), 'it asks nothing').to.not.include('graph-exercise');
    graph.values = 'q=1';
    await graph.updateComplete;
    expect(chunksFetched(frame)).to.include('refusals.messages');
    expect(errors).to.deep.equal([
      { attribute: 'values', message: "'q' is not a variable of w*x + b (its variables: w, x, b)" },
    ]);
    const note = graph.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
    expect(note?.textContent).to.contain("'q' is not a variable of w*x + b");
    expect((graph.values as Record<string, number>).w).to.equal(2);
    frame.remove();
  });

  it('<graph-backprop> fetches the words of an expression it cannot draw with the first, and keeps the one it draws', async () => {
    const { frame, graph, errors } = await idleGraphPage();
    // Not with the first paint, nor with what the page fetches once idle.
    expect(chunksFetched(frame), 'the expression is good').to.not.include('expression-refusal');
    graph.expr = 'sigmod(w*x + b)';
    expect(graph.expr, 'refused at once').to.equal('w*x + b');
    await graph.updateComplete;
    expect(chunksFetched(frame)).to.include('expression-refusal');
    const message =
      "the expression cannot be read: unknown function 'sigmod', did you mean 'sigmoid'?";
    expect(errors).to.deep.equal([{ attribute: 'expr', message }]);
    const note = graph.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
    expect(note?.textContent).to.contain(message);
    const figure = graph.shadowRoot!.querySelector('svg[aria-label]');
    expect(figure?.getAttribute('aria-label')).to.equal('Computation graph of w*x + b');
    frame.remove();
  });

  it('<train-network> alone fetches no KaTeX until a reader opens its gradient panel', async () => {
    const frame = await openFrame('/test/distribution/pages/train-figure.html');
    const train = await drawnTrainNetwork(frame);
    await waitUntil(
      () => chunksFetched(frame).includes('gradient-panel'),
      `the gradient panel was never prefetched: ${chunksFetched(frame).join(', ')}`,
      { timeout: 15000 },
    );
    expect(chunksFetched(frame)).to.not.include('katex');
    expect(train.shadowRoot!.querySelector('.katex')).to.equal(null);
    train.shadowRoot!.querySelector<HTMLButtonElement>('button.explain')!.click();
    await waitUntil(() => train.shadowRoot!.querySelector('[part="panel"] .katex'), 'no formula', {
      timeout: 15000,
    });
    expect(chunksFetched(frame)).to.include('katex');
    frame.remove();
  });

  it('<train-network> fetches what only Play needs once the page is idle, and Play trains at once', async () => {
    const frame = await openFrame('/test/distribution/pages/train-figure.html');
    const train = await drawnTrainNetwork(frame);
    await waitUntil(
      () => chunksFetched(frame).includes('playing'),
      `Play's code was never prefetched: ${chunksFetched(frame).join(', ')}`,
      { timeout: 15000 },
    );
    const play = train.shadowRoot!.querySelector<HTMLButtonElement>('button.play')!;
    play.click();
    await waitUntil(() => train.epoch > 0, 'Play never trained', { timeout: 5000 });
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    train.pause();
    frame.remove();
  });
});
