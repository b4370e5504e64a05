import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { bakePage } from '../../demo/builder/scorm-package.js';
import type { Attributes } from '../../demo/builder/snippets.js';
import type { ElementTag } from '../../src/element-tags.js';
import type { ExerciseScore } from '../../src/internal/exercise/exercise-session.js';
import { openFormulas } from '../conformance/open-formulas.js';
import { openFrame } from './frame.js';
import { Scorm12API, recordCalls, type Scorm12 } from './scorm-calls.js';

/**
 * A SCORM package of a figure that asks, run under scorm-again (a real SCORM 1.2 runtime) the
 * way an LMS launches it, every call written down: the exact sequence for a right answer, a
 * wrong then right one, a revealed one, a relaunch that resumes, and an unload; no call before
 * LMSInitialize or after LMSFinish. The page is dist/embed-standalone.html baked as the builder
 * bakes it (needs `npm run build:dist`). One line per element that asks: its tag and attributes
 * (as a query string) that ask one question.
 */
const CASES: [tag: ElementTag, attributes: string][] = [
  ['chain-rule-gears', 'ratios=1.5 -2.5&ask=product'],
  ['neuron-backprop', 'x=1.5&w=0.8&ask=gradient'],
  ['graph-backprop', 'expr=x*y&values=x%3D2%2C y%3D-3&ask=x'],
  ['train-network', 'dataset=xor&sizes=4&ask=gradient'],
];

const PASS_MARK = 80;

type Asking = HTMLElement & {
  answers: { question: string; expected: number }[];
  score: ExerciseScore;
};
type ApiWindow = Window & { API?: object };

let standalone = '';
before(async () => {
  // A background tab gets no animation frames, and the figures render on one.
  await executeServerCommand('bring-to-front');
  standalone = await (await fetch('/dist/embed-standalone.html')).text();
});

/** The launch: what every session starts with, before the reader does anything. */
function opening(entry = '', raw = '', status = 'not attempted', count = '0'): string[] {
  return [
    'LMSInitialize',
    `LMSGetValue cmi.core.lesson_status = ${status}`,
    'LMSSetValue cmi.core.lesson_status incomplete',
    'LMSCommit',
    `LMSGetValue cmi.core.entry = ${entry}`,
    ...(entry === 'resume' ? ['LMSGetValue cmi.core.suspend_data = ' + SAVED.text] : []),
    `LMSGetValue cmi.core.score.raw = ${raw}`,
    `LMSGetValue cmi.interactions._count = ${count}`,
    'LMSSetValue cmi.core.score.min 0',
    'LMSSetValue cmi.core.score.max 100',
    'LMSCommit',
  ];
}

/** The close: what the page says as the frame goes. */
const closing = (exit: '' | 'suspend') => [
  'LMSSetValue cmi.core.session_time <timespan>',
  `LMSSetValue cmi.core.exit ${exit}`,
  'LMSCommit',
  'LMSFinish',
];

/** The five writes of one closed question. */
const interaction = (n: number, id: string, response: string, result: string) => [
  `LMSSetValue cmi.interactions.${n}.id ${id}`,
  `LMSSetValue cmi.interactions.${n}.type numeric`,
  `LMSSetValue cmi.interactions.${n}.student_response ${response}`,
  `LMSSetValue cmi.interactions.${n}.result ${result}`,
  `LMSSetValue cmi.interactions.${n}.latency <timespan>`,
];

/** The suspend data of the wrong answer the relaunch starts from (set by that test). */
const SAVED = { text: '' };

let frame: HTMLIFrameElement | undefined;
let page = '';
afterEach(() => {
  frame?.remove();
  frame = undefined;
  delete (window as ApiWindow).API;
  URL.revokeObjectURL(page);
});

/**
 * Launches the package of `tag` with `attributes` and pass mark `pass` under a fresh runtime
 * holding `data` (an earlier session's), as an LMS does: in a frame below the window with `API`.
 */
async function launch(
  tag: ElementTag,
  attributes: Attributes,
  pass: number,
  data?: Parameters<Scorm12['loadFromJSON']>[0],
) {
  const api = new Scorm12API({ logLevel: 5 });
  if (data) api.loadFromJSON(data, 'cmi');
  const calls = recordCalls(api);
  (window as ApiWindow).API = calls.api;
  page = URL.createObjectURL(
    new Blob([bakePage(standalone, tag, attributes, 'en', pass)], { type: 'text/html' }),
  );
  frame = await openFrame(page, 700);
  const doc = frame.contentDocument!;
  await waitUntil(
    () => {
      const element = doc.querySelector(tag);
      if (element) openFormulas(element);
      return element?.shadowRoot?.querySelector('input[id^="answer-"]');
    },
    `${tag} never asked`,
    { timeout: 15000 },
  );
  const element = doc.querySelector<Asking>(tag)!;
  const [question] = element.answers;
  const field = (id: string) =>
    element.shadowRoot!.querySelector<HTMLInputElement>(`#answer-${id}`)!;
  /** Types into a question's field (the first's) as a reader does; waits for the commit. */
  const answer = async (typed: string, id = question.question) => {
    const commits = calls.log.filter((call) => call.name === 'LMSCommit').length;
    field(id).focus();
    field(id).select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: typed });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => calls.log.filter((call) => call.name === 'LMSCommit').length > commits,
      'the answer was not committed',
    );
  };
  const reveal = async () => {
    const commits = calls.log.filter((call) => call.name === 'LMSCommit').length;
    const button = [...element.shadowRoot!.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === 'Show answer',
    );
    expect(button, '"Show answer" after two wrong tries').to.exist;
    button!.click();
    await waitUntil(
      () => calls.log.filter((call) => call.name === 'LMSCommit').length > commits,
      'the reveal was not committed',
    );
  };
  /** Closes the frame (pagehide) and waits for LMSFinish, then a while for stray calls. */
  const unload = async () => {
    frame!.remove();
    frame = undefined;
    await waitUntil(() => api.isTerminated(), 'LMSFinish was not called on unload');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(calls.log[0].name, 'the first call').to.equal('LMSInitialize');
    expect(calls.log.at(-1)!.name, 'nothing after LMSFinish').to.equal('LMSFinish');
    expect(calls.refused(), 'every write accepted').to.deep.equal([]);
  };
  const id = question.question;
  const right = String(question.expected);
  const wrong = String(-question.expected - 1);
  return { api, calls, element, id, right, wrong, answer, reveal, unload };
}

for (const [tag, query] of CASES) {
  const attributes: Attributes = [...new URLSearchParams(query)];
  describe(`SCORM 1.2 package of <${tag}> that asks`, () => {
    const start = (data?: Parameters<Scorm12['loadFromJSON']>[0]) =>
      launch(tag, attributes, PASS_MARK, data);

    it('a right answer: one interaction, score 100, passed, the answer kept', async () => {
      const { api, calls, id, right, answer, unload } = await start();
      await answer(right);
      await unload();
      expect(calls.lines()).to.deep.equal([
        ...opening(),
        ...interaction(0, id, right, 'correct'),
        'LMSSetValue cmi.core.score.raw 100',
        'LMSSetValue cmi.core.lesson_status passed',
        `LMSSetValue cmi.core.suspend_data 0|${id}:1:c:${encodeURIComponent(right)}`,
        'LMSCommit',
        ...closing(''),
      ]);
      expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('passed');
    });

    it('wrong, then right: the score waits for the close; right on the second try', async () => {
      const { calls, id, right, wrong, answer, unload } = await start();
      await answer(wrong);
      await answer(right);
      await unload();
      expect(calls.lines()).to.deep.equal([
        ...opening(),
        'LMSSetValue cmi.core.score.raw 0',
        `LMSSetValue cmi.core.suspend_data 0|${id}:1::${encodeURIComponent(wrong)}`,
        'LMSCommit',
        ...interaction(0, id, right, 'correct'),
        'LMSSetValue cmi.core.score.raw 100',
        'LMSSetValue cmi.core.lesson_status passed',
        `LMSSetValue cmi.core.suspend_data 0|${id}:2:c:${encodeURIComponent(right)}`,
        'LMSCommit',
        ...closing(''),
      ]);
    });

    it('a revealed answer earns nothing: wrong, score 0, failed', async () => {
      const { api, calls, id, wrong, answer, reveal, unload } = await start();
      await answer(wrong);
      await answer(wrong + '0');
      await reveal();
      await unload();
      const given = encodeURIComponent(wrong + '0');
      expect(calls.lines()).to.deep.equal([
        ...opening(),
        'LMSSetValue cmi.core.score.raw 0',
        `LMSSetValue cmi.core.suspend_data 0|${id}:1::${encodeURIComponent(wrong)}`,
        'LMSCommit',
        `LMSSetValue cmi.core.suspend_data 0|${id}:2::${given}`,
        'LMSCommit',
        ...interaction(0, id, wrong + '0', 'wrong'),
        'LMSSetValue cmi.core.lesson_status failed',
        `LMSSetValue cmi.core.suspend_data 0|${id}:2:r:${given}`,
        'LMSCommit',
        ...closing(''),
      ]);
      expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('failed');
      expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('0');
    });

    it('an unload before any answer: suspended, nothing scored', async () => {
      const { api, calls, unload } = await start();
      await unload();
      expect(calls.lines()).to.deep.equal([...opening(), ...closing('suspend')]);
      expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('');
    });

    it('a relaunch resumes: the wrong try counts, the next right one is the second', async () => {
      const first = await start();
      await first.answer(first.wrong);
      await first.unload();
      SAVED.text = first.calls.valueSet('cmi.core.suspend_data')!;
      expect(SAVED.text).to.equal(`0|${first.id}:1::${encodeURIComponent(first.wrong)}`);
      expect(first.calls.valueSet('cmi.core.exit')).to.equal('suspend');

      // What the LMS kept from the first session, given back with entry "resume".
      const again = await start({
        core: { entry: 'resume', lesson_status: 'incomplete', score: { raw: '0' } },
        suspend_data: SAVED.text,
      });
      await waitUntil(
        () => again.element.score.answered === 0 && again.element.shadowRoot!.textContent,
      );
      const attempts: number[] = [];
      again.element.addEventListener('answer', (event) =>
        attempts.push((event as CustomEvent<{ attempt: number }>).detail.attempt),
      );
      await again.answer(again.right);
      await again.unload();
      expect(attempts, 'the answer after the relaunch is the second try').to.deep.equal([2]);
      expect(again.calls.lines()).to.deep.equal([
        ...opening('resume', '0', 'incomplete'),
        ...interaction(0, again.id, again.right, 'correct'),
        'LMSSetValue cmi.core.score.raw 100',
        'LMSSetValue cmi.core.lesson_status passed',
        `LMSSetValue cmi.core.suspend_data 0|${again.id}:2:c:${encodeURIComponent(again.right)}`,
        'LMSCommit',
        ...closing(''),
      ]);
    });
  });
}

describe('SCORM 1.2 package of <layer-delta> that asks (a δ per layer: never one question)', () => {
  it('the output δ right, then gone: half the score, incomplete, suspended', async () => {
    const run = await launch('layer-delta', [['ask', 'deltas']], PASS_MARK);
    expect(run.element.answers, 'a δ for the output and one for the hidden layer').to.have.length(
      2,
    );
    await run.answer(run.right);
    await run.unload();
    expect(run.calls.lines()).to.deep.equal([
      ...opening(),
      ...interaction(0, run.id, run.right, 'correct'),
      'LMSSetValue cmi.core.score.raw 50',
      `LMSSetValue cmi.core.suspend_data 0|${run.id}:1:c:${encodeURIComponent(run.right)}`,
      'LMSCommit',
      ...closing('suspend'),
    ]);
    expect(run.api.LMSGetValue('cmi.core.lesson_status')).to.equal('incomplete');
  });

  it('wrong, then right; Step; the hidden δ shown: 50, failed, both kept', async () => {
    const run = await launch('layer-delta', [['ask', 'deltas']], PASS_MARK);
    const [output, hidden] = run.element.answers;
    await run.answer(run.wrong);
    await run.answer(run.right);
    // The hidden layer's question opens once the pass has stepped back to it.
    run.element.shadowRoot!.querySelector<HTMLButtonElement>('button.step')!.click();
    await waitUntil(
      () => run.element.shadowRoot!.querySelector(`#answer-${hidden.question}`),
      'the hidden layer never asked',
    );
    await run.answer('1000', hidden.question);
    await run.answer('2000', hidden.question);
    await run.reveal();
    await run.unload();
    const [o, h] = [output.question, hidden.question];
    const right = encodeURIComponent(run.right);
    const kept = (text: string) => [`LMSSetValue cmi.core.suspend_data 0|${text}`, 'LMSCommit'];
    expect(run.calls.lines()).to.deep.equal([
      ...opening(),
      'LMSSetValue cmi.core.score.raw 0',
      ...kept(`${o}:1::${encodeURIComponent(run.wrong)}`),
      ...interaction(0, o, run.right, 'correct'),
      'LMSSetValue cmi.core.score.raw 50',
      ...kept(`${o}:2:c:${right}`),
      ...kept(`${o}:2:c:${right};${h}:1::1000`),
      ...kept(`${o}:2:c:${right};${h}:2::2000`),
      ...interaction(1, h, '2000', 'wrong'),
      'LMSSetValue cmi.core.lesson_status failed',
      ...kept(`${o}:2:c:${right};${h}:2:r:2000`),
      ...closing(''),
    ]);
    expect(run.api.LMSGetValue('cmi.core.score.raw')).to.equal('50');
  });
});

describe('SCORM 1.2 package: the pass mark decides passed or failed', () => {
  // Three questions: two right on the first try and one shown is 2 of 3, a raw score of 67.
  const attributes: Attributes = [
    ['x', '1.5'],
    ['w', '0.8'],
    ['ask', 'factors'],
  ];

  async function twoOfThree(pass: number) {
    const run = await launch('neuron-backprop', attributes, pass);
    const [first, second, third] = run.element.answers;
    await run.answer(String(first.expected), first.question);
    await run.answer(String(second.expected), second.question);
    await run.answer('1000', third.question);
    await run.answer('2000', third.question);
    await run.reveal();
    await run.unload();
    return run;
  }

  it('67 against a pass mark of 80: failed, once the last question is closed', async () => {
    const { api, calls, element } = await twoOfThree(80);
    const [first, second, third] = element.answers.map((answer) => answer.question);
    const statuses = calls.lines().filter((line) => line.includes('cmi.core.lesson_status'));
    expect(statuses, 'incomplete until the round is closed').to.deep.equal([
      'LMSGetValue cmi.core.lesson_status = not attempted',
      'LMSSetValue cmi.core.lesson_status incomplete',
      'LMSSetValue cmi.core.lesson_status failed',
    ]);
    expect(
      calls.lines().filter((line) => /score\.raw |interactions\.\d+\.(id|result)/.test(line)),
    ).to.deep.equal([
      'LMSGetValue cmi.core.score.raw = ',
      `LMSSetValue cmi.interactions.0.id ${first}`,
      'LMSSetValue cmi.interactions.0.result correct',
      'LMSSetValue cmi.core.score.raw 33',
      `LMSSetValue cmi.interactions.1.id ${second}`,
      'LMSSetValue cmi.interactions.1.result correct',
      'LMSSetValue cmi.core.score.raw 67',
      `LMSSetValue cmi.interactions.2.id ${third}`,
      'LMSSetValue cmi.interactions.2.result wrong',
    ]);
    expect(calls.valueSet('cmi.interactions.2.student_response'), 'the last try').to.equal('2000');
    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('67');
  });

  it('the same answers against a pass mark of 60: passed', async () => {
    const { api } = await twoOfThree(60);
    expect(api.LMSGetValue('cmi.core.lesson_status')).to.equal('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).to.equal('67');
  });
});
