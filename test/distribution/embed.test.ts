import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { embedQuery, readEmbedRequest } from '../../src/embed/embed-request.js';
import type { HeightMessage } from '../../src/embed/height-reporter.js';
import { openFrame, waitForFormula } from './frame.js';

/**
 * dist/embed.html renders one element from URL parameters for an iframe, and tells the parent
 * its height. The page is served with the strict CSP. Needs `npm run build:dist`.
 */

const GRAPH_ATTRIBUTES = ['expr', 'values', 'selected', 'editable'];
const observed = (tag: string) => (tag === 'graph-backprop' ? GRAPH_ATTRIBUTES : undefined);

describe('embed URL parameters', () => {
  it('keeps only attributes the tag observes', () => {
    const request = readEmbedRequest(
      '?el=graph-backprop&expr=relu(w*x%2Bb)&onclick=alert(1)&style=color:red&values=x%3D1',
      observed,
    );
    expect(request).to.deep.equal({
      ok: true,
      tag: 'graph-backprop',
      attributes: [
        ['expr', 'relu(w*x+b)'],
        ['values', 'x=1'],
      ],
      ignored: ['onclick', 'style'],
    });
  });

  it('refuses a missing, unknown or unavailable element with a message', () => {
    expect(readEmbedRequest('', observed)).to.deep.include({ ok: false });
    const unknown = readEmbedRequest('?el=script', observed);
    expect(unknown.ok).to.be.false;
    expect(!unknown.ok && unknown.message).to.contain('Unknown element "script"');
    expect(readEmbedRequest('?el=layer-delta', observed).ok, 'not registered').to.be.false;
  });

  it('round-trips through embedQuery, spaces and symbols included', () => {
    const attributes: [string, string][] = [
      ['expr', 'sigmoid(w*x + b) / 2'],
      ['values', 'x=2, w=-1, b=0.5'],
    ];
    const request = readEmbedRequest(embedQuery('graph-backprop', attributes), observed);
    expect(request).to.deep.equal({ ok: true, tag: 'graph-backprop', attributes, ignored: [] });
  });
});

describe('dist/embed.html', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders the element with the attributes from the URL, ignoring the rest', async () => {
    const query = embedQuery('graph-backprop', [
      ['expr', 'x*x + x'],
      ['values', 'x=3'],
      ['onclick', 'alert(1)'],
    ]);
    frame = await openFrame(`/dist/embed.html?${query}`, 320);
    const graph = (await waitForFormula(frame, 'graph-backprop')) as HTMLElement & {
      value: number;
    };
    expect(graph.getAttribute('expr')).to.equal('x*x + x');
    expect(graph.getAttribute('values')).to.equal('x=3');
    expect(graph.hasAttribute('onclick')).to.be.false;
    expect(graph.value).to.equal(3 * 3 + 3);
    // The page's own styles arrive through the CSSOM, which the strict policy allows.
    expect(frame.contentWindow!.getComputedStyle(frame.contentDocument!.body).marginTop).to.equal(
      '0px',
    );
  });

  it('posts its content height to the parent as it changes', async () => {
    const heights: number[] = [];
    const listener = (event: MessageEvent<HeightMessage>) => {
      // Heights may arrive before the frame's load event, so match the frame on the page.
      if (event.source !== document.querySelector('iframe')?.contentWindow) return;
      if (event.data?.type === 'backprop-elements:height') heights.push(event.data.height);
    };
    window.addEventListener('message', listener);
    // A background tab delivers no ResizeObserver callbacks; a reader sees the page in front.
    await executeServerCommand('bring-to-front');
    try {
      frame = await openFrame(`/dist/embed.html?el=chain-rule-gears&ratios=2%203`, 320);
      const gears = await waitForFormula(frame, 'chain-rule-gears');
      const rendered = () =>
        Math.ceil(frame!.contentDocument!.documentElement.getBoundingClientRect().height);
      await waitUntil(
        () => heights.at(-1) === rendered(),
        'the last height posted is not the page height',
        { timeout: 10000 },
      );
      expect(heights.at(-1)).to.be.greaterThan(gears.getBoundingClientRect().height - 1);

      // A taller element: the page reports its new height.
      const before = heights.at(-1)!;
      gears.setAttribute('ratios', '2 3 -1 0.5 2 1');
      await waitUntil(
        () => heights.at(-1) !== before && heights.at(-1) === rendered(),
        'no new height',
        { timeout: 10000 },
      );
      expect(heights.every((height) => Number.isInteger(height) && height > 0)).to.be.true;
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it("posts Canvas's lti.frameResize with the same heights", async () => {
    const generic: number[] = [];
    const lti: number[] = [];
    const listener = (event: MessageEvent) => {
      if (event.source !== document.querySelector('iframe')?.contentWindow) return;
      if (event.data?.type === 'backprop-elements:height') generic.push(event.data.height);
      if (event.data?.subject === 'lti.frameResize') lti.push(event.data.height);
    };
    window.addEventListener('message', listener);
    await executeServerCommand('bring-to-front');
    try {
      frame = await openFrame(`/dist/embed.html?el=layer-delta`, 320);
      await waitForFormula(frame, 'layer-delta');
      const rendered = () =>
        Math.ceil(frame!.contentDocument!.documentElement.getBoundingClientRect().height);
      await waitUntil(() => lti.at(-1) === rendered(), 'no lti.frameResize with the page height', {
        timeout: 10000,
      });
      expect(lti).to.deep.equal(generic);
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it('names a misspelt parameter in a note above the figure', async () => {
    frame = await openFrame('/dist/embed.html?el=chain-rule-gears&ratio=4%205', 320);
    await waitForFormula(frame, 'chain-rule-gears');
    const note = frame.contentDocument!.querySelector('main > [role="note"]');
    expect(note, 'a visible note').to.exist;
    expect(note!.textContent).to.contain('"ratio" is not a parameter of chain-rule-gears');
    expect(note!.textContent).to.contain('did you mean "ratios"?');
    expect(note!.nextElementSibling!.localName).to.equal('chain-rule-gears');
  });

  it('shows a message, not an error, for an unknown element', async () => {
    frame = await openFrame('/dist/embed.html?el=marquee', 320);
    await waitUntil(
      () => frame!.contentDocument!.querySelector('[role="alert"]'),
      'no message shown',
    );
    expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain(
      'Unknown element "marquee"',
    );
  });
});
