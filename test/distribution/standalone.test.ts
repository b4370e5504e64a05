import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { parentResizeScript } from '../../src/embed/parent-resize.js';

/**
 * dist/embed-standalone.html as a course platform shows it: in an iframe sandboxed with
 * `allow-scripts` alone (what Canvas keeps), served by a second origin (127.0.0.1, another site
 * than the test page) that sends no CORS headers. The frame's origin is opaque, so the test reads
 * inside it through the runner (`frame-eval`), as a reader's eyes would. Needs `npm run build:dist`.
 */

interface HeightRecord {
  generic: number[];
  lti: number[];
}

let origin = '';

async function inFrame<T>(url: string, expression: string): Promise<T> {
  return executeServerCommand('frame-eval', { url, expression }) as Promise<T>;
}

/** Polls `expression` inside the frame until it is truthy. */
async function untilInFrame(url: string, expression: string, message: string): Promise<void> {
  const deadline = Date.now() + 15000;
  for (;;) {
    try {
      if (await inFrame<unknown>(url, expression)) return;
    } catch {
      // The frame may not be attached yet.
    }
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function sandboxedFrame(src: string, width: number, height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('data-backprop-embed', '');
  frame.title = 'standalone embed under test';
  frame.width = String(width);
  frame.height = String(height);
  frame.src = src;
  return frame;
}

/** Records the heights `frame` posts, matched by sender (a sandboxed frame's origin is "null"). */
function recordHeights(frame: HTMLIFrameElement): { record: HeightRecord; stop: () => void } {
  const record: HeightRecord = { generic: [], lti: [] };
  const listener = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    expect(event.origin).to.equal('null');
    if (event.data?.type === 'backprop-elements:height') record.generic.push(event.data.height);
    if (event.data?.subject === 'lti.frameResize') record.lti.push(event.data.height);
  };
  addEventListener('message', listener);
  return { record, stop: () => removeEventListener('message', listener) };
}

const CONTENT_HEIGHT = 'Math.ceil(document.documentElement.getBoundingClientRect().height)';

describe('dist/embed-standalone.html, sandboxed on a second origin without CORS', () => {
  let frame: HTMLIFrameElement | undefined;
  let script: HTMLScriptElement | undefined;

  before(async () => {
    ({ origin } = (await executeServerCommand('second-origin')) as { origin: string });
  });
  beforeEach(async () => {
    // A background tab delivers no ResizeObserver callbacks; a reader sees the page in front.
    await executeServerCommand('bring-to-front');
    await executeServerCommand('second-origin-requests');
  });
  afterEach(() => {
    frame?.remove();
    script?.remove();
  });

  it('renders, typesets with its own fonts, reacts to a key, and asks for nothing else', async () => {
    const src = `${origin}/dist/embed-standalone.html?el=chain-rule-gears&ratios=2%203`;
    frame = sandboxedFrame(src, 320, 200);
    document.body.append(frame);
    await untilInFrame(
      src,
      `!!document.querySelector('chain-rule-gears')?.shadowRoot?.querySelector('.katex')`,
      'no typeset formula in the sandboxed frame',
    );
    // KaTeX's faces come from the page itself: used, loaded, and applied to the formula.
    await untilInFrame(
      src,
      `[...document.fonts].some((f) => f.family === 'KaTeX_Main' && f.status === 'loaded')`,
      "KaTeX's main font never loaded",
    );
    expect(
      await inFrame<string>(
        src,
        `getComputedStyle(document.querySelector('chain-rule-gears').shadowRoot.querySelector('.katex')).fontFamily`,
      ),
    ).to.contain('KaTeX_Main');
    expect(await inFrame<boolean>(src, `document.fonts.check('16px KaTeX_Main')`)).to.be.true;

    // A real click on the lever's handle, then a real key press: the figure's value changes.
    const handle = await inFrame<{ x: number; y: number }>(
      src,
      `(() => { const r = document.querySelector('chain-rule-gears').shadowRoot
          .querySelector('[role="slider"]').getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    const box = frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + handle.x), Math.round(box.y + handle.y)],
    });
    // The frame is another origin, so another process: focus moves into it a moment after the
    // click, and a key pressed sooner goes to this page instead.
    await untilInFrame(
      src,
      `document.hasFocus() && document.querySelector('chain-rule-gears').shadowRoot
        .activeElement?.getAttribute('role') === 'slider'`,
      "the click did not focus the lever's handle",
    );
    const readValue = `document.querySelector('chain-rule-gears').value`;
    const readText = `document.querySelector('chain-rule-gears').shadowRoot
      .querySelector('[role="slider"]').getAttribute('aria-valuenow')`;
    const before = {
      value: await inFrame<number>(src, readValue),
      text: await inFrame(src, readText),
    };
    await sendKeys({ press: 'ArrowRight' });
    await untilInFrame(
      src,
      `${readValue} !== ${JSON.stringify(before.value)}`,
      'the key press did not change the value',
    );
    expect(await inFrame(src, readText)).not.to.equal(before.text);

    const requests = (await executeServerCommand('second-origin-requests')) as string[];
    expect(requests, 'the page fetched more than itself').to.deep.equal([
      '/dist/embed-standalone.html',
    ]);
  });

  it('posts lti.frameResize with a height that fits, and the parent script fits the frame', async () => {
    const src = `${origin}/dist/embed-standalone.html?el=layer-delta&sizes=2%203%202%201`;
    frame = sandboxedFrame(src, 320, 150);
    const { record, stop } = recordHeights(frame);
    try {
      document.body.append(frame);
      await untilInFrame(
        src,
        `!!document.querySelector('layer-delta')?.shadowRoot?.querySelector('.katex')`,
        'layer-delta never typeset',
      );
      // The transpose mark is sans-serif: its face comes from the page too.
      await untilInFrame(
        src,
        `[...document.fonts].some((f) => f.family === 'KaTeX_SansSerif' && f.status === 'loaded')`,
        "KaTeX's sans-serif face never loaded",
      );
      // No face was refused or failed (a file URL would be, under the page's font-src data:).
      expect(
        await inFrame<string[]>(
          src,
          `[...document.fonts].filter((f) => f.status === 'error').map((f) => f.family)`,
        ),
      ).to.deep.equal([]);
      await waitUntil(
        async () => {
          const content = await inFrame<number>(src, CONTENT_HEIGHT);
          return record.lti.at(-1) === content && record.generic.at(-1) === content;
        },
        'the last heights posted are not the content height',
        { timeout: 10000 },
      );
      const element = await inFrame<number>(
        src,
        `Math.ceil(document.querySelector('layer-delta').getBoundingClientRect().bottom)`,
      );
      expect(record.lti.at(-1)!, 'lti.frameResize covers the figure').to.be.at.least(element);
      expect(record.lti.at(-1)!, 'taller than the 150 px frame').to.be.greaterThan(150);

      // The parent-side script authors paste (README, builder), running on this page.
      script = document.createElement('script');
      script.textContent = parentResizeScript('https://example.org')
        .replace(/^<script>\n/, '')
        .replace(/<\/script>$/, '');
      document.head.append(script);
      // Heights are posted on change only: a change in the frame makes it post again.
      await inFrame(src, `document.body.style.paddingBottom = '10px'`);
      await waitUntil(
        async () => Number(frame!.height) === (await inFrame<number>(src, CONTENT_HEIGHT)),
        'the parent script did not fit the frame to its content',
        { timeout: 10000 },
      );
      expect(
        await inFrame<boolean>(src, 'document.documentElement.scrollHeight <= innerHeight'),
        'no inner scrollbar',
      ).to.be.true;
    } finally {
      stop();
    }
  });

  it('names a misspelt parameter, what it likely meant, and the parameters there are', async () => {
    const src = `${origin}/dist/embed-standalone.html?el=graph-backprop&exp=x*x&values=x%3D3`;
    frame = sandboxedFrame(src, 320, 400);
    document.body.append(frame);
    await untilInFrame(src, `!!document.querySelector('[role="note"]')`, 'no note shown');
    const note = await inFrame<string>(src, `document.querySelector('[role="note"]').textContent`);
    expect(note).to.contain('"exp"');
    expect(note).to.contain('did you mean "expr"?');
    expect(note).to.match(/The parameters are: el, .*expr.*values/);
    // The rest of the URL still applies: the figure shows, with the value it was given.
    await untilInFrame(
      src,
      `document.querySelector('graph-backprop')?.getAttribute('values') === 'x=3'`,
      'the figure lost its other parameters',
    );
  });
});
