import { expect } from '@open-wc/testing';
import { ExerciseSession } from '../../src/internal/exercise/exercise-session.js';

const product = { id: 'product', expected: 6, mistakes: [{ value: 5, hint: 'added' }] };
const factor = { id: 'factor-1', expected: -0.5 };

describe('ExerciseSession: predict, then check', () => {
  it('scores a right first try and closes the question', () => {
    const start = ExerciseSession.start({ possible: 2 });
    const { session, verdict, detail } = start.submit(product, '2*3');
    expect(verdict).to.deep.equal({ kind: 'right', attempt: 1 });
    expect(detail).to.deep.equal({
      question: 'product',
      given: '2*3',
      expected: 6,
      correct: true,
      attempt: 1,
      revealed: false,
    });
    expect(session.isOpen('product')).to.equal(false);
    expect(session.score).to.deep.equal({ correct: 1, firstTry: 1, answered: 1, possible: 2 });
    expect(start.score.answered, 'the old session is unchanged').to.equal(0);
    expect(session.submit(product, '6').verdict.kind).to.equal('closed');
  });

  it('gives the named mistake first, the rule next, and Show answer from the second try', () => {
    let session = ExerciseSession.start({ possible: 1 });
    const first = session.submit(product, '5');
    expect(first.verdict).to.include({
      kind: 'wrong',
      hint: 'added',
      hintLevel: 1,
      canReveal: false,
    });
    session = first.session;
    const second = session.submit(product, '-6');
    expect(second.verdict).to.include({
      kind: 'wrong',
      hint: 'sign',
      hintLevel: 2,
      canReveal: true,
    });
    session = second.session;
    const right = session.submit(product, '6');
    expect(right.verdict).to.deep.equal({ kind: 'right', attempt: 3 });
    expect(right.session.score).to.deep.equal({
      correct: 1,
      firstTry: 0,
      answered: 1,
      possible: 1,
    });
  });

  it('does not count an answer it cannot read as an attempt', () => {
    const session = ExerciseSession.start({ possible: 1 });
    const { session: next, verdict } = session.submit(factor, 'abc');
    expect(verdict).to.deep.equal({
      kind: 'unreadable',
      reading: { ok: false, reason: 'name', name: 'abc' },
    });
    expect(next.state('factor-1').attempts).to.equal(0);
  });

  it('earns nothing for a revealed answer', () => {
    const wrong = ExerciseSession.start({ possible: 1 }).submit(factor, '1').session;
    const { session, detail } = wrong.reveal(factor);
    expect(detail).to.include({ revealed: true, correct: false, attempt: 1 });
    expect(session.isOpen('factor-1')).to.equal(false);
    expect(session.score).to.deep.equal({ correct: 0, firstTry: 0, answered: 1, possible: 1 });
  });

  it('closes a question after the last allowed attempt', () => {
    const session = ExerciseSession.start({ possible: 1, attempts: 1 });
    const { session: next, verdict } = session.submit(factor, '2');
    expect(verdict).to.include({ kind: 'wrong', outOfAttempts: true, canReveal: false });
    expect(next.isOpen('factor-1')).to.equal(false);
    expect(next.score.answered).to.equal(1);
  });

  it('resumes from its own text, within SCORM suspend_data', () => {
    let session = ExerciseSession.start({ possible: 2 });
    session = session.submit(product, '6').session;
    session = session.submit(factor, '0,5; x:y').session;
    const text = session.toResumeText();
    expect(text.length).to.be.below(4096);
    const resumed = ExerciseSession.start({ possible: 2 }).resume(text);
    expect(resumed.score).to.deep.equal(session.score);
    expect(resumed.state('factor-1')).to.deep.equal(session.state('factor-1'));
    expect(ExerciseSession.start({ possible: 1 }).resume('bad;;x:y:z').score.answered).to.equal(0);
  });

  it('starts over with new numbers', () => {
    const session = ExerciseSession.start({ possible: 1 }).submit(product, '6').session;
    expect(session.restart().score).to.deep.equal({
      correct: 0,
      firstTry: 0,
      answered: 0,
      possible: 1,
    });
  });
});
