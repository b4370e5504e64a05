import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/graph-backprop/define.js';
import type {
  GraphBackprop,
  NodeSelectDetail,
} from '../../../src/elements/graph-backprop/graph-backprop.js';
import type { AnswerDetail } from '../../../src/internal/exercise/exercise-element.js';
import { loadTex } from '../../../src/internal/tex.js';
import { axeProblems } from '../../conformance/axe.js';
import { answer, verdict } from '../../conformance/exercise-reader.js';
import { findHidden } from '../../conformance/hidden-values.js';
import { $, $$ } from '../../conformance/shadow.js';
import { button, sigmoid, variableNode } from './graph-page.js';

// "Predict, then check" on a computation graph: sigmoid(w*x + b) at w 0.5, x −1.5, b 0.25,
// written out independently of the element. z = −0.5; the sigmoid's slope there is S; its last
// step passes S × x to w and S × w to x, numbers that show nowhere before they are answered.
const VALUES = 'w=0.5, x=-1.5, b=0.25';
const S = sigmoid(-0.5) * (1 - sigmoid(-0.5));
const GRAD_W = S * -1.5;
const GRAD_X = S * 0.5;

async function mount(ask: string, lang = 'en', width = ''): Promise<GraphBackprop> {
  const wrapper = await fixture(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style=${width}>
      <graph-backprop expr="sigmoid(w*x + b)" values=${VALUES} ask=${ask}></graph-backprop>
    </div>`,
  );
  const element = wrapper.querySelector('graph-backprop')!;
  await element.updateComplete;
  return element;
}

const focused = (element: Element): string => {
  const active = element.shadowRoot!.activeElement;
  return active ? `${active.localName}#${active.id || active.className}` : 'nothing';
};

const field = (element: GraphBackprop): HTMLInputElement =>
  $<HTMLInputElement>(element, '.answer input');

async function pressStep(element: GraphBackprop): Promise<void> {
  button(element, 'step').click();
  await element.updateComplete;
}

/** Answers the open questions of the next step right (as the element's `answers` give them). */
async function answerStep(element: GraphBackprop): Promise<void> {
  while ($$(element, '.answer input').length > 0) {
    const id = field(element).id.replace(/^answer-/, '');
    const expected = element.answers.find((entry) => entry.question === id)!.expected;
    await answer(element, String(expected));
  }
}

describe('<graph-backprop ask="steps">: predict each share before Step shows it', () => {
  before(() => loadTex());

  it('finds the shares on the figure and in `gradients` without ask (the scan works)', async () => {
    const element = await mount('');
    expect(findHidden(element, [GRAD_W, GRAD_X])).to.not.deep.equal([]);
  });

  it('hides every share and gradient not answered yet, and holds Step back', async () => {
    const element = await mount('steps');
    expect(findHidden(element, [GRAD_W, GRAD_X])).to.deep.equal([]);
    expect(element.gradients).to.deep.equal({ w: null, x: null, b: null });
    expect(element.answers.map((entry) => entry.question)).to.deep.equal([
      'step-1-1',
      'step-2-1',
      'step-2-2',
      'step-3-1',
      'step-3-2',
    ]);
    expect(element.answers[3].expected).to.be.closeTo(GRAD_W, 1e-12);
    expect(element.score.possible).to.equal(5);
    // Step waits for the answer: marked unavailable, and pressing it (or Play) does nothing.
    expect(button(element, 'step').getAttribute('aria-disabled')).to.equal('true');
    await pressStep(element);
    element.play();
    await element.updateComplete;
    expect(element.step).to.equal(0);
    expect(field(element).labels![0].textContent).to.equal(
      'Step 1: predict what the sigmoid node passes back to the add node (upstream × local)',
    );
    // No forward mode while asking: its tangents would tell the gradients.
    expect($(element, '.mode')).to.equal(null);
  });

  it('takes a right answer, shows the working, then lets Step show the share', async () => {
    const element = await mount('steps');
    const detail = await answer(element, String(S));
    expect(detail).to.include({ question: 'step-1-1', correct: true, attempt: 1 });
    expect($(element, '.answer-done').textContent).to.contain('1 × 0.235 = 0.235 ✓');
    expect(focused(element), 'focus waits on Step').to.equal('button#step');
    expect(button(element, 'step').getAttribute('aria-disabled')).to.equal('false');
    await pressStep(element);
    expect(element.step).to.equal(1);
    expect(field(element).labels![0].textContent).to.contain(
      'Step 2: predict what the add node passes back to the multiply node',
    );
    await answerStep(element);
    await pressStep(element);
    // The last step's shares are asked now: still hidden, also in the narration.
    expect(element.announcement).to.contain('Step 2 of 3');
    expect(findHidden(element, [GRAD_W, GRAD_X])).to.deep.equal([]);
    expect(element.gradients).to.include({ w: null, x: null });
    expect(element.gradients.b).to.be.closeTo(S, 1e-12);
    await answerStep(element);
    expect(element.gradients.w).to.be.closeTo(GRAD_W, 1e-12);
    expect(element.gradients.x).to.be.closeTo(GRAD_X, 1e-12);
    await pressStep(element);
    expect(element.step).to.equal(3);
    expect(element.score).to.deep.equal({ correct: 5, firstTry: 5, answered: 5, possible: 5 });
  });

  it('names the mistake first, then the rule with numbers, then offers the answer', async () => {
    const element = await mount('steps');
    await answerStep(element);
    await pressStep(element);
    await answerStep(element);
    await pressStep(element);
    // w's share: upstream S times local x = −1.5. The local derivative alone first.
    const first = await answer(element, '-1.5');
    expect(first).to.include({ question: 'step-3-1', correct: false, attempt: 1 });
    expect(verdict(element)).to.equal(
      'Not yet. That is the local derivative alone: multiply it by the gradient arriving from above (upstream).',
    );
    expect(focused(element)).to.equal(`input#answer-step-3-1`);
    expect(element.announcement).to.equal(verdict(element));
    await answer(element, String(-GRAD_W));
    expect(verdict(element)).to.equal('Not yet: check the sign.');
    await answer(element, '7');
    expect(verdict(element)).to.equal('Not yet. Multiply upstream by local: 0.235 × (−1.5).');
    expect(findHidden(element, [GRAD_W, GRAD_X])).to.deep.equal([]);
    const right = await answer(element, '0.235*-1.5');
    expect(right).to.include({ correct: true, attempt: 4 });
    expect(element.score.firstTry).to.equal(3);
  });

  it('shows the answer for no credit after "Show answer"', async () => {
    const element = await mount('steps');
    await answer(element, '1');
    await answer(element, '2');
    const reveal = $$<HTMLButtonElement>(element, '.answer button')[1];
    expect(reveal.textContent!.trim()).to.equal('Show answer');
    const event = oneEvent(element, 'answer');
    reveal.click();
    const { detail } = (await event) as CustomEvent<AnswerDetail>;
    await element.updateComplete;
    expect(detail).to.include({ question: 'step-1-1', correct: false, revealed: true });
    expect($(element, '.answer-done').textContent!.trim()).to.equal(
      'The answer: 1 × 0.235 = 0.235',
    );
    expect(button(element, 'step').getAttribute('aria-disabled')).to.equal('false');
    expect(element.score).to.deep.equal({ correct: 0, firstTry: 0, answered: 1, possible: 5 });
  });

  it('holds a step set from script at the first asked one', async () => {
    const element = await mount('steps');
    element.step = 3;
    await element.updateComplete;
    expect(element.step).to.equal(0);
    await answerStep(element);
    element.step = 3;
    await element.updateComplete;
    expect(element.step).to.equal(1);
  });
});

describe('<graph-backprop ask="w x">: predict the final gradients', () => {
  before(() => loadTex());

  it('hides the named gradients through the whole pass, the panel and the events', async () => {
    const element = await mount('w x');
    expect(element.gradients).to.include({ w: null, x: null });
    expect(element.gradients.b).to.be.closeTo(S, 1e-12);
    while (element.step < element.totalSteps) await pressStep(element);
    expect(element.step).to.equal(3);
    // The reader opens w's details by keys: node-select and the narration keep it hidden too.
    const select = oneEvent(element, 'node-select');
    variableNode(element, 'w').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = (await select) as CustomEvent<NodeSelectDetail>;
    await element.updateComplete;
    expect(detail.grad).to.equal(null);
    expect(element.announcement).to.contain('hidden until you answer');
    expect($(element, '[part="panel"]')).to.exist;
    expect(findHidden(element, [GRAD_W, GRAD_X])).to.deep.equal([]);
    expect(field(element).labels![0].textContent).to.equal(
      'Predict ∂out/∂w, the gradient of the output with respect to w',
    );
    expect((await answer(element, String(GRAD_W))).correct).to.equal(true);
    expect(element.gradients.w).to.be.closeTo(GRAD_W, 1e-12);
    expect(element.gradients.x).to.equal(null);
    expect(findHidden(element, [GRAD_X])).to.deep.equal([]);
    expect(focused(element)).to.equal('input#answer-gradient-x');
  });

  it('refuses a name the expression lacks with a note and an error event', async () => {
    const element = await mount('w');
    const error = oneEvent(element, 'error');
    element.setAttribute('ask', 'w y');
    const { detail } = (await error) as CustomEvent<{ attribute: string; message: string }>;
    await element.updateComplete;
    expect(detail.attribute).to.equal('ask');
    expect(detail.message).to.contain("'y'");
    expect($(element, '[part="error"]').textContent).to.contain("'y' is not a variable");
    expect([...element.ask]).to.deep.equal(['w']);
    element.ask = ['x', 'bad word'] as unknown as string[];
    await element.updateComplete;
    expect([...element.ask]).to.deep.equal(['w']);
  });

  it('asks afresh on a new expression, and refuses a name it lacks', async () => {
    const element = await mount('w');
    await answer(element, String(GRAD_W));
    expect(element.score.answered).to.equal(1);
    element.setAttribute('expr', 'relu(w*x - b)');
    await element.updateComplete;
    expect(element.score.answered).to.equal(0);
    expect(element.gradients.w).to.equal(null);
    expect(field(element).id).to.equal('answer-gradient-w');
    const errors: { attribute: string; message: string }[] = [];
    element.addEventListener('error', (event) => errors.push((event as CustomEvent).detail));
    element.setAttribute('expr', 'sigmoid(v*x)');
    await element.updateComplete;
    const refusal = errors.find((detail) => detail.attribute === 'ask');
    expect(refusal?.message).to.contain("'w' is not a variable of sigmoid(v*x)");
    expect($$(element, '.answer input')).to.have.length(0);
  });

  it('reads a German decimal comma', async () => {
    const element = await mount('w', 'de');
    expect(findHidden(element, [GRAD_W], 'de')).to.deep.equal([]);
    expect($(element, '.answer button').textContent!.trim()).to.equal('Prüfen');
    const typed = String(GRAD_W.toFixed(4)).replace('.', ',');
    const detail = await answer(element, typed);
    expect(detail).to.include({ given: typed, correct: true });
    expect($(element, '.answer-done').textContent).to.contain('0,235 × (−1,5) = −0,353 ✓');
  });

  it('draws fresh values with "Try new numbers", hidden again', async () => {
    const element = await mount('w x');
    await answer(element, String(GRAD_W));
    $<HTMLButtonElement>(element, '#exercise-try-new').click();
    await element.updateComplete;
    const { w, x, b } = element.values;
    expect([w, x, b]).to.not.deep.equal([0.5, -1.5, 0.25]);
    const slope = sigmoid(w * x + b) * (1 - sigmoid(w * x + b));
    expect(element.answers).to.deep.equal([
      { question: 'gradient-w', expected: element.answers[0].expected },
      { question: 'gradient-x', expected: element.answers[1].expected },
    ]);
    expect(element.answers[0].expected).to.be.closeTo(slope * x, 1e-12);
    expect(element.gradients.w).to.equal(null);
    expect(element.score.answered).to.equal(0);
    expect(focused(element)).to.equal('input#answer-gradient-w');
  });
});

describe('<graph-backprop ask>: on any page', () => {
  before(() => loadTex());

  it('works on a right-to-left page in a 320 px column', async () => {
    await setViewport({ width: 360, height: 800 });
    const element = await mount('steps', 'ar', 'width: 320px');
    expect(findHidden(element, [GRAD_W, GRAD_X], 'ar')).to.deep.equal([]);
    expect(getComputedStyle(field(element)).direction).to.equal('ltr');
    await answer(element, '1');
    expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
    const right = element.parentElement!.getBoundingClientRect().right;
    for (const node of $$(element, '.answer, .answer *, .exercise, .exercise *')) {
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(right + 1);
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('passes axe with the field, a verdict and the score line', async () => {
    const element = await mount('steps');
    expect(await axeProblems(element)).to.deep.equal([]);
    await answer(element, '1');
    expect(await axeProblems(element)).to.deep.equal([]);
  });
});

// Forward mode traces w's tangent through sigmoid(w*x + b) at the same values: the multiply node's
// tangent is x × 1 + w × 0 = −1.5, the add node's 1 × (−1.5) + 1 × 0 = −1.5, the sigmoid's
// S × (−1.5), which is d out/d w: the number hidden until the last step's question is answered.
async function mountForward(
  ask: string,
  expr = 'sigmoid(w*x + b)',
  values = VALUES,
): Promise<GraphBackprop> {
  const wrapper = await fixture(
    html`<div lang="en">
      <graph-backprop
        expr=${expr}
        values=${values}
        mode="forward"
        wrt="w"
        ask=${ask}
      ></graph-backprop>
    </div>`,
  );
  const element = wrapper.querySelector('graph-backprop')!;
  await element.updateComplete;
  return element;
}

describe('<graph-backprop mode="forward" ask="steps">: predict each tangent before Step shows it', () => {
  before(() => loadTex());

  it('finds the output’s tangent on the figure without ask (the scan works)', async () => {
    const element = await mountForward('');
    while (element.step < element.totalSteps) await pressStep(element);
    expect(element.mode).to.equal('forward');
    expect(findHidden(element, [GRAD_W])).to.not.deep.equal([]);
  });

  it('asks the tangents of the forward pass, hides the output’s until answered', async () => {
    const element = await mountForward('steps');
    expect(element.mode).to.equal('forward');
    expect(element.answers.map((entry) => entry.question)).to.deep.equal([
      'tangent-1',
      'tangent-2',
      'tangent-3',
    ]);
    expect(element.answers[2].expected).to.be.closeTo(GRAD_W, 1e-12);
    expect(element.score.possible).to.equal(3);
    expect(findHidden(element, [GRAD_W])).to.deep.equal([]);
    expect(element.gradients.w).to.equal(null);
    expect(field(element).labels![0].textContent).to.equal(
      'Step 1: predict the tangent of the multiply node with respect to w (local × input tangent, added over its inputs)',
    );
    // Step waits for the answer.
    expect(button(element, 'step').getAttribute('aria-disabled')).to.equal('true');
    await pressStep(element);
    expect(element.step).to.equal(0);
    const first = await answer(element, '-1.5');
    expect(first).to.include({ question: 'tangent-1', correct: true, attempt: 1 });
    expect($(element, '.answer-done').textContent).to.contain('(−1.5) × 1 + 0.5 × 0 = −1.5 ✓');
    expect(focused(element), 'focus waits on Step').to.equal('button#step');
    await pressStep(element);
    expect(element.step).to.equal(1);
    await answerStep(element);
    await pressStep(element);
    // The output's tangent is asked now: nowhere on the figure, in the narration, the
    // properties or the node-select event.
    expect(element.announcement).to.contain('Step 2 of 3');
    expect(findHidden(element, [GRAD_W])).to.deep.equal([]);
    expect(element.gradients.w).to.equal(null);
    const select = oneEvent(element, 'node-select');
    variableNode(element, 'w').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = (await select) as CustomEvent<NodeSelectDetail>;
    await element.updateComplete;
    expect(detail.grad).to.equal(null);
    expect(findHidden(element, [GRAD_W])).to.deep.equal([]);
    expect((await answer(element, String(GRAD_W))).correct).to.equal(true);
    expect(element.gradients.w).to.be.closeTo(GRAD_W, 1e-12);
    await pressStep(element);
    expect(element.step).to.equal(3);
    expect(element.score).to.deep.equal({ correct: 3, firstTry: 3, answered: 3, possible: 3 });
  });

  it('names the mistake first, then the rule with numbers, then takes the right answer', async () => {
    const element = await mountForward('steps');
    await answerStep(element);
    await pressStep(element);
    await answerStep(element);
    await pressStep(element);
    // The sigmoid's tangent: local S times the add node's tangent −1.5. S alone first.
    const first = await answer(element, String(S));
    expect(first).to.include({ question: 'tangent-3', correct: false, attempt: 1 });
    expect(verdict(element)).to.equal(
      'Not yet. That is the local derivative alone: multiply it by the input’s tangent.',
    );
    expect(focused(element)).to.equal('input#answer-tangent-3');
    await answer(element, String(-GRAD_W));
    expect(verdict(element)).to.equal('Not yet: check the sign.');
    await answer(element, '7');
    expect(verdict(element)).to.equal(
      'Not yet. Add local × input tangent over the inputs: 0.235 × (−1.5).',
    );
    expect(findHidden(element, [GRAD_W])).to.deep.equal([]);
    const right = await answer(element, '0.235*-1.5');
    expect(right).to.include({ correct: true, attempt: 4 });
  });

  it('names a term left out when two inputs carry the tangent', async () => {
    // w*x + w: the add node's tangent is 1 × (−1.5) + 1 × 1 = −0.5; the first term alone is −1.5.
    const element = await mountForward('steps', 'w*x + w', 'w=0.5, x=-1.5');
    await answerStep(element);
    await pressStep(element);
    expect(element.answers[1].expected).to.equal(-0.5);
    await answer(element, '-1.5');
    expect(verdict(element)).to.equal(
      'Not yet. That is one input’s term only: add local × input tangent over every input.',
    );
    expect((await answer(element, '-1.5 + 1')).correct).to.equal(true);
    expect($(element, '.answer-done').textContent).to.contain('1 × (−1.5) + 1 × 1 = −0.5 ✓');
  });

  it('shows the answer for no credit after "Show answer"', async () => {
    const element = await mountForward('steps');
    await answer(element, '1');
    await answer(element, '2');
    const reveal = $$<HTMLButtonElement>(element, '.answer button')[1];
    expect(reveal.textContent!.trim()).to.equal('Show answer');
    const event = oneEvent(element, 'answer');
    reveal.click();
    const { detail } = (await event) as CustomEvent<AnswerDetail>;
    await element.updateComplete;
    expect(detail).to.include({ question: 'tangent-1', correct: false, revealed: true });
    expect($(element, '.answer-done').textContent!.trim()).to.equal(
      'The answer: (−1.5) × 1 + 0.5 × 0 = −1.5',
    );
    expect(button(element, 'step').getAttribute('aria-disabled')).to.equal('false');
    expect(element.score).to.deep.equal({ correct: 0, firstTry: 0, answered: 1, possible: 3 });
  });

  it('draws fresh values with "Try new numbers", in forward mode from its start', async () => {
    const element = await mountForward('steps');
    await answerStep(element);
    await pressStep(element);
    $<HTMLButtonElement>(element, '#exercise-try-new').click();
    await element.updateComplete;
    const { w, x, b } = element.values;
    expect([w, x, b]).to.not.deep.equal([0.5, -1.5, 0.25]);
    expect(element.mode).to.equal('forward');
    expect(element.step).to.equal(0);
    const slope = sigmoid(w * x + b) * (1 - sigmoid(w * x + b));
    // d(w*x)/dw is x; the output's tangent is the slope times x.
    expect(element.answers[0]).to.deep.equal({ question: 'tangent-1', expected: x });
    expect(element.answers[2].expected).to.be.closeTo(slope * x, 1e-12);
    expect(element.gradients.w).to.equal(null);
    expect(element.score.answered).to.equal(0);
    expect(focused(element)).to.equal('input#answer-tangent-1');
  });

  it('asks afresh when the page sets another variable to trace', async () => {
    const element = await mountForward('steps');
    await answerStep(element);
    expect(element.score.answered).to.equal(1);
    element.wrt = 'x';
    await element.updateComplete;
    expect(element.score.answered).to.equal(0);
    // d(w*x)/dx is w.
    expect(element.answers[0]).to.deep.equal({ question: 'tangent-1', expected: 0.5 });
    expect(field(element).labels![0].textContent).to.contain('with respect to x');
  });

  it('passes axe with the tangent’s field and a verdict', async () => {
    const element = await mountForward('steps');
    expect(field(element).id).to.equal('answer-tangent-1');
    expect(await axeProblems(element)).to.deep.equal([]);
    await answer(element, '1');
    expect(await axeProblems(element)).to.deep.equal([]);
  });

  it('asks only the output’s tangent, d out/d wrt, for variable names', async () => {
    const element = await mountForward('x w');
    expect(element.answers.map((entry) => entry.question)).to.deep.equal(['tangent-3']);
    expect($$(element, '.answer input')).to.have.length(0);
    await pressStep(element);
    await pressStep(element);
    expect(element.step).to.equal(2);
    expect(button(element, 'step').getAttribute('aria-disabled')).to.equal('true');
    expect(findHidden(element, [GRAD_W])).to.deep.equal([]);
    expect(field(element).labels![0].textContent).to.contain(
      'Step 3: predict the tangent of the sigmoid node with respect to w',
    );
    await answer(element, String(GRAD_W));
    await pressStep(element);
    expect(element.step).to.equal(3);
  });
});
