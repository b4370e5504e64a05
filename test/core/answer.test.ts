import { expect } from '@open-wc/testing';
import { answerMatches, diagnoseAnswer, readAnswer } from '../../src/core/answer.js';

describe('readAnswer: a number or simple arithmetic, never eval', () => {
  it('reads numbers and arithmetic the way the core parser does', () => {
    expect(readAnswer('-0.8*1.5')).to.deep.equal({ ok: true, value: -0.8 * 1.5 });
    expect(readAnswer(' (0.2-1)*1.5 ')).to.deep.equal({ ok: true, value: (0.2 - 1) * 1.5 });
    expect(readAnswer('1/4')).to.deep.equal({ ok: true, value: 0.25 });
    expect(readAnswer('2e-3')).to.deep.equal({ ok: true, value: 0.002 });
    expect(readAnswer('-2^2')).to.deep.equal({ ok: true, value: -4 });
  });

  it('says why it cannot read an answer', () => {
    expect(readAnswer('')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(readAnswer('   ')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(readAnswer('(1+')).to.include({ ok: false, reason: 'syntax' });
    expect(readAnswer('w*2')).to.deep.equal({ ok: false, reason: 'name', name: 'w' });
    expect(readAnswer('1/0')).to.deep.equal({ ok: false, reason: 'not-finite' });
    expect(readAnswer('alert(1)')).to.include({ ok: false });
    expect(readAnswer(undefined as unknown as string)).to.deep.equal({
      ok: false,
      reason: 'empty',
    });
  });
});

describe('answerMatches: a relative tolerance with an absolute floor', () => {
  it('accepts within 1 % and refuses beyond it', () => {
    expect(answerMatches(-1.635, -1.6354)).to.equal(true);
    expect(answerMatches(-1.6, -1.6354)).to.equal(false);
    expect(answerMatches(1.6354, -1.6354)).to.equal(false);
  });

  it('does not hold answers near 0 to a vanishing margin', () => {
    expect(answerMatches(0, 0.0004)).to.equal(true);
    expect(answerMatches(0.005, 0.0049)).to.equal(true);
    expect(answerMatches(0.01, 0.0049)).to.equal(false);
  });

  it('honours a tolerance of its own and never matches non-finite numbers', () => {
    expect(answerMatches(1.04, 1, { relative: 0.05, absolute: 0 })).to.equal(true);
    expect(answerMatches(1.04, 1, { relative: 0.01, absolute: 0 })).to.equal(false);
    expect(answerMatches(NaN, NaN)).to.equal(false);
    expect(answerMatches(Infinity, Infinity)).to.equal(false);
  });
});

describe('diagnoseAnswer: which mistake a wrong answer looks like', () => {
  const mistakes = [
    { value: 0.2, hint: 'missing-x' as const },
    { value: -1.2, hint: 'label' as const },
  ];

  it('names a likely mistake before the sign', () => {
    expect(diagnoseAnswer(0.2, 0.3, mistakes)).to.equal('missing-x');
    expect(diagnoseAnswer(-1.2, 0.3, mistakes)).to.equal('label');
  });

  it('says "sign" when only the sign is off, and nothing for other answers', () => {
    expect(diagnoseAnswer(-0.3, 0.3, mistakes)).to.equal('sign');
    expect(diagnoseAnswer(7, 0.3, mistakes)).to.equal(undefined);
  });

  it('never calls a right value a mistake', () => {
    expect(diagnoseAnswer(0.3, 0.3, [{ value: 0.3, hint: 'same' }])).to.equal(undefined);
  });
});
