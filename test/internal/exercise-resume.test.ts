import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/chain-rule-gears/define.js';
import type { ChainRuleGears } from '../../src/elements/chain-rule-gears/chain-rule-gears.js';
import { $ } from '../conformance/shadow.js';

/**
 * `exerciseProgress()` and `resumeExercise()`: what a course platform keeps between visits
 * brings back the same numbers (after "Try new numbers" too), the answers and the score, and
 * never holds an expected value.
 */

async function gears(): Promise<ChainRuleGears> {
  const element = await fixture<ChainRuleGears>(
    html`<chain-rule-gears ask="product" ratios="1.5 -2.5"></chain-rule-gears>`,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('#answer-product'), 'never asked');
  return element;
}

function answer(element: ChainRuleGears, typed: string): Promise<unknown> {
  const input = $<HTMLInputElement>(element, '#answer-product');
  input.value = typed;
  $<HTMLButtonElement>(element, '#answer-product ~ button, form.answer button').click();
  return element.updateComplete;
}

describe('exercise progress for a relaunch', () => {
  it('is empty before any answer and holds no expected value after one', async () => {
    const element = await gears();
    expect(element.exerciseProgress()).to.equal('');
    await answer(element, '7');
    expect(element.exerciseProgress()).to.equal('0|product:1::7');
    expect(element.exerciseProgress()).not.to.contain(String(element.answers[0].expected));
  });

  it('brings back the numbers of a later round, the tries and the score', async () => {
    const first = await gears();
    $<HTMLButtonElement>(first, '#exercise-try-new').click();
    await first.updateComplete;
    const drawn = [...first.ratios];
    expect(drawn, 'new numbers were drawn').not.to.deep.equal([1.5, -2.5]);
    await answer(first, '7');
    await answer(first, String(first.answers[0].expected));
    const progress = first.exerciseProgress();
    expect(progress).to.match(/^1\|product:2:c:/);

    const again = await gears();
    again.resumeExercise(progress);
    await waitUntil(() => again.score.correct === 1, 'the score did not come back');
    expect([...again.ratios]).to.deep.equal(drawn);
    expect(again.score).to.deep.equal({ correct: 1, firstTry: 0, answered: 1, possible: 1 });
    expect(again.shadowRoot!.querySelector('#answer-product'), 'answered: no field').to.be.null;
  });

  it('ignores text it cannot read, and a limit drops the typed answers first', async () => {
    const element = await gears();
    element.resumeExercise('not progress');
    element.resumeExercise(42 as unknown as string);
    await element.updateComplete;
    expect(element.score.answered).to.equal(0);
    await answer(element, '123456789');
    expect(element.exerciseProgress(20)).to.equal('0|product:1::');
    expect(element.exerciseProgress(5)).to.equal('');
  });
});
