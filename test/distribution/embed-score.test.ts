import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { DEFAULT_PASS_MARK, passMark } from '../../src/embed/embed-params.js';
import type { ScoreMessage } from '../../src/embed/score-reporter.js';
import { openFrame, waitForFormula } from './frame.js';
import { readmeBlocks } from './readme-blocks.js';

/**
 * An embed page whose figure asks posts `{ type: 'backprop-elements:score', score }` to its parent
 * after each answer, beside the height messages: the single file as a course platform shows it
 * (sandboxed with `allow-scripts` alone, on a second origin: the message's origin is "null" and
 * only `event.source` names the frame), and embed.html as a self-host serves it. The reader's
 * answers are given inside the frame (the runner's `frame-eval` for the sandboxed one). Needs
 * `npm run build:dist`.
 */

const GEARS = `document.querySelector('chain-rule-gears')`;
/** Ratios whose product is −3.75. */
const ASKING = 'el=chain-rule-gears&ratios=1.5%20-2.5&ask=product';

/**
 * Focuses the product's field (inside the frame, which the test page may not reach), then types
 * `typed` and Enter as a reader does: a sandboxed frame without `allow-forms` blocks a form's
 * submission, so only real keys show that Enter still checks the answer there.
 */
async function answer(evaluate: (expression: string) => Promise<unknown>, typed: string) {
  await evaluate(`(() => { const input = ${GEARS}.shadowRoot.querySelector('#answer-product');
    input.focus(); input.select(); return true; })()`);
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: typed });
  await sendKeys({ press: 'Enter' });
}

/** Score messages from the page's one iframe, with the origin each came from. */
function listen() {
  const received: { origin: string; data: ScoreMessage }[] = [];
  const listener = (event: MessageEvent) => {
    if (event.source !== document.querySelector('iframe')?.contentWindow) return;
    if (event.data?.type === 'backprop-elements:score') {
      received.push({ origin: event.origin, data: event.data as ScoreMessage });
    }
  };
  window.addEventListener('message', listener);
  return { received, stop: () => window.removeEventListener('message', listener) };
}

describe('score messages to the parent', () => {
  let frame: HTMLIFrameElement | undefined;
  let stop = () => {};
  beforeEach(() => executeServerCommand('bring-to-front'));
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    stop();
  });

  it('embed-standalone.html, sandboxed on a second origin: after each answer, origin "null"', async () => {
    const { origin } = (await executeServerCommand('second-origin')) as { origin: string };
    const listening = listen();
    stop = listening.stop;
    const src = `${origin}/dist/embed-standalone.html?${ASKING}`;
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'standalone embed under test';
    frame.width = '480';
    frame.height = '500';
    frame.src = src;
    document.body.append(frame);
    const evaluate = (expression: string) =>
      executeServerCommand('frame-eval', { url: src, expression });
    await waitUntil(
      async () => {
        try {
          return await evaluate(`!!${GEARS}?.shadowRoot?.querySelector('#answer-product')`);
        } catch {
          return false;
        }
      },
      'the figure never asked',
      { timeout: 15000 },
    );
    expect(listening.received, 'nothing before an answer').to.deep.equal([]);

    await answer(evaluate, '2');
    await waitUntil(() => listening.received.length === 1, 'no score after a wrong answer');
    await answer(evaluate, '1.5*-2.5');
    await waitUntil(() => listening.received.length === 2, 'no score after a right answer');
    expect(listening.received).to.deep.equal([
      {
        origin: 'null',
        data: {
          type: 'backprop-elements:score',
          score: { correct: 0, firstTry: 0, answered: 0, possible: 1 },
        },
      },
      {
        origin: 'null',
        data: {
          type: 'backprop-elements:score',
          score: { correct: 1, firstTry: 0, answered: 1, possible: 1 },
        },
      },
    ]);
  });

  it('embed.html on its own origin: the score, from the page origin', async () => {
    const listening = listen();
    stop = listening.stop;
    frame = await openFrame(`/dist/embed.html?${ASKING}`, 480);
    const doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector('chain-rule-gears')?.shadowRoot?.querySelector('#answer-product'),
      'the figure never asked',
      { timeout: 15000 },
    );
    await answer(async () => {
      const input = doc
        .querySelector('chain-rule-gears')!
        .shadowRoot!.querySelector<HTMLInputElement>('#answer-product')!;
      input.focus();
      input.select();
    }, '-3.75');
    await waitUntil(() => listening.received.length === 1, 'no score message');
    expect(listening.received[0]).to.deep.equal({
      origin: location.origin,
      data: {
        type: 'backprop-elements:score',
        score: { correct: 1, firstTry: 1, answered: 1, possible: 1 },
      },
    });
  });

  it("the README's listener shows the score of its iframe, and ignores another frame", async () => {
    const [listener] = await readmeBlocks('### Scores in a course platform', 'js');
    const output = document.createElement('output');
    output.id = 'score';
    const script = document.createElement('script');
    script.textContent = listener;
    document.body.append(output, script);
    // Another window on the page posting a score of its own is not read.
    const other = await openFrame('about:blank', 100);
    try {
      frame = await openFrame(`/dist/embed.html?${ASKING}`, 480);
      frame.setAttribute('data-backprop-embed', '');
      const doc = frame.contentDocument!;
      await waitUntil(
        () => doc.querySelector('chain-rule-gears')?.shadowRoot?.querySelector('#answer-product'),
        'the figure never asked',
        { timeout: 15000 },
      );
      other.contentWindow!.parent.postMessage(
        { type: 'backprop-elements:score', score: { correct: 9, possible: 9 } },
        '*',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(output.textContent, 'a message from elsewhere is not read').to.equal('');
      await answer(async () => {
        const input = doc
          .querySelector('chain-rule-gears')!
          .shadowRoot!.querySelector<HTMLInputElement>('#answer-product')!;
        input.focus();
        input.select();
      }, '-3.75');
      await waitUntil(() => output.textContent === '1 of 1 right', 'the score was not shown');
    } finally {
      other.remove();
      output.remove();
      script.remove();
    }
  });

  it('posts no score for a figure that asks nothing', async () => {
    const listening = listen();
    stop = listening.stop;
    frame = await openFrame('/dist/embed.html?el=chain-rule-gears&ratios=1.5%20-2.5', 480);
    await waitForFormula(frame, 'chain-rule-gears');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listening.received).to.deep.equal([]);
  });

  it('reads the pass mark, and names one it cannot use in a note', async () => {
    expect(passMark('el=x')).to.deep.equal({ value: DEFAULT_PASS_MARK, refused: undefined });
    expect(passMark('pass=65.5')).to.deep.equal({ value: 65.5 });
    expect(passMark('pass=0')).to.deep.equal({ value: 0 });
    for (const text of ['', 'abc', '101', '-1', 'Infinity']) {
      expect(passMark(`pass=${text}`), text).to.deep.equal({
        value: DEFAULT_PASS_MARK,
        refused: text,
      });
    }
    frame = await openFrame(`/dist/embed.html?${ASKING}&pass=170`, 480);
    await waitForFormula(frame, 'chain-rule-gears');
    const note = frame.contentDocument!.querySelector('main > [role="note"]');
    expect(note!.textContent).to.equal(
      `"pass" takes a percentage from 0 to 100, not "170"; ${DEFAULT_PASS_MARK} is used.`,
    );
  });
});
