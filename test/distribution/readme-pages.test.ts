import { expect, waitUntil } from '@open-wc/testing';
import { readmeBlocks } from './readme-blocks.js';

/**
 * The README's page snippets, pasted as printed into a page that serves dist/ where the README
 * says to put it (`/backprop-elements/`, here /dist/). Needs `npm run build:dist`.
 */

const SELF_HOSTED = '/backprop-elements/';
const BUNDLE = '/dist/backprop-elements.js';

type FigureWindow = Window & { problems: string[]; logged: unknown[][] };

/**
 * A frame whose page is `body`, with every uncaught error, rejected promise and console line
 * written down before the snippet runs.
 */
async function pageOf(body: string): Promise<{ frame: HTMLIFrameElement; win: FigureWindow }> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '600';
  frame.title = 'a README snippet';
  const watch = `<script>
    window.problems = []; window.logged = [];
    addEventListener('error', (e) => problems.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
    const log = console.log;
    console.log = (...args) => { logged.push(args); log(...args); };
  </script>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${watch}\n${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FigureWindow };
}

/** Waits until each tag in the frame is defined and has drawn into its shadow root. */
async function drawn(frame: HTMLIFrameElement, ...tags: string[]): Promise<void> {
  for (const tag of tags) {
    await waitUntil(
      () => frame.contentDocument!.querySelector(tag)?.shadowRoot?.childElementCount,
      `<${tag}> never drew`,
      { timeout: 15000 },
    );
  }
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

describe("the README's page snippets, as printed", () => {
  it('quick start: the self-hosted script tag and two figures', async () => {
    const [snippet] = await readmeBlocks('## Quick start: one script tag', 'html');
    expect(snippet, 'the quick start has an html block').to.exist;
    expect(snippet, 'the first route shown is the self-hosted one').to.contain(
      `src="${SELF_HOSTED}backprop-elements.js"`,
    );
    const { frame, win } = await pageOf(snippet.replaceAll(SELF_HOSTED, '/dist/'));
    frames.push(frame);
    await drawn(frame, 'graph-backprop', 'chain-rule-gears');
    expect(win.problems).to.deep.equal([]);
  });

  it('plain HTML and the DOM: listeners, setAttribute and a property, without an error', async () => {
    const [snippet] = await readmeBlocks('### Plain HTML and the DOM', 'html');
    expect(snippet, 'the section has an html block').to.exist;
    const { frame, win } = await pageOf(
      `<script type="module" src="${BUNDLE}"></script>\n${snippet}`,
    );
    frames.push(frame);
    await drawn(frame, 'graph-backprop', 'chain-rule-gears');
    expect(win.problems, 'nothing thrown').to.deep.equal([]);
    const gears = frame.contentDocument!.querySelector('chain-rule-gears')!;
    expect(gears.ratios, 'the property the snippet set').to.deep.equal([1.5, -2, 0.5]);
    const graph = frame.contentDocument!.querySelector('graph-backprop')!;
    expect(graph.values).to.deep.equal({ x: 1, w: 2, b: 0 });
  });

  it('plain HTML and the DOM: a script that creates a figure and reads it', async () => {
    const [script] = await readmeBlocks('### Plain HTML and the DOM', 'js');
    expect(script, 'the section has a js block').to.exist;
    const { frame, win } = await pageOf(
      `<script type="module" src="${BUNDLE}"></script>\n<script type="module">${script}</script>`,
    );
    frames.push(frame);
    await waitUntil(() => win.logged.length > 0 || win.problems.length > 0, 'nothing logged', {
      timeout: 15000,
    });
    expect(win.problems).to.deep.equal([]);
    // x*x at x = 1 (a variable not given starts at 1): the gradient is 2.
    expect(win.logged[0]).to.deep.equal([2]);
  });
});
