import { expect, waitUntil } from '@open-wc/testing';

/**
 * On a slow network the views a page prefetches when idle would share KaTeX's bandwidth and put
 * off the formulas a reader sees first: while KaTeX is downloading they wait for it, and a view
 * the reader opens meanwhile is fetched at once. The runner serves dist/ at /__slow-katex/<name>/
 * with KaTeX's chunk answered two seconds late. Needs `npm run build:dist`.
 */

interface Fetch {
  name: string;
  start: number;
  end: number;
}

function fetched(frame: HTMLIFrameElement): Fetch[] {
  return frame.contentWindow!.performance.getEntriesByType('resource').flatMap((entry) => {
    const name = /\/chunks\/([a-z-]+)-[\w-]{8}\.js$/.exec(new URL(entry.name).pathname)?.[1];
    const timing = entry as PerformanceResourceTiming;
    return name ? [{ name, start: timing.startTime, end: timing.responseEnd }] : [];
  });
}

type Graph = HTMLElement & { selected: string; updateComplete: Promise<unknown> };

/** Each page its own folder on the runner, so none finds KaTeX cached by another. */
let pages = 0;

async function openGraph(): Promise<{ frame: HTMLIFrameElement; graph: () => Graph | null }> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  frame.srcdoc = [
    `<script type="module" src="/__slow-katex/page${++pages}${Date.now()}/backprop-elements.js"></script>`,
    '<graph-backprop expr="w*x + b" values="w=2, x=3, b=1"></graph-backprop>',
  ].join('\n');
  document.body.append(frame);
  const graph = () => frame.contentDocument?.querySelector<Graph>('graph-backprop') ?? null;
  await waitUntil(() => graph()?.shadowRoot?.querySelector('svg'), 'the figure never drew', {
    timeout: 10000,
  });
  return { frame, graph };
}

describe('views prefetched while KaTeX downloads', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('wait for KaTeX before they are fetched', async () => {
    const { frame, graph } = await openGraph();
    frames.push(frame);
    await waitUntil(
      () => graph()!.shadowRoot!.querySelector('.katex'),
      'the formulas were never typeset',
      { timeout: 15000 },
    );
    await waitUntil(
      () => fetched(frame).some((chunk) => chunk.name === 'panel'),
      'the details panel was never prefetched',
      { timeout: 10000 },
    );
    const katex = fetched(frame).find((chunk) => chunk.name === 'katex')!;
    const panel = fetched(frame).find((chunk) => chunk.name === 'panel')!;
    expect(katex.end - katex.start, 'KaTeX came late').to.be.greaterThan(1500);
    expect(panel.start, 'the panel asked for once KaTeX was here').to.be.at.least(katex.end - 50);
  });

  it('a view the reader opens meanwhile comes at once', async () => {
    const { frame, graph } = await openGraph();
    frames.push(frame);
    expect(graph()!.shadowRoot!.querySelector('.katex'), 'KaTeX not here yet').to.be.null;
    graph()!.selected = 'w';
    await graph()!.updateComplete;
    expect(graph()!.shadowRoot!.querySelector('[part="panel"] #value-input')).to.exist;
    const katex = fetched(frame).find((chunk) => chunk.name === 'katex');
    expect(katex?.end ?? 0, 'the panel came before KaTeX').to.equal(0);
  });
});
