import { expect } from '@open-wc/testing';
import {
  FRAME_MS,
  FrameBudget,
  MAX_TRAINING_MS,
  MIN_TRAINING_MS,
} from '../../../src/elements/train-network/frame-budget.js';

/**
 * Plays `frames` frames, every sixth a 'figure' frame drawing for `heavy` ms and the others
 * 'light' ones drawing for `light` ms; answers each frame's kind and budget.
 */
function play(budget: FrameBudget, frames: number, heavy: number, light: number) {
  return Array.from({ length: frames }, (_, k) => {
    const kind = k % 6 === 0 ? 'figure' : 'light';
    const ms = budget.next(kind);
    budget.drew(kind, kind === 'figure' ? heavy : light);
    return { kind, ms };
  });
}

describe('train-network: the training budget of a frame', () => {
  it('gives a frame whose drawing is cheap the whole budget', () => {
    const budget = new FrameBudget();
    expect(budget.next('light')).to.equal(MAX_TRAINING_MS);
    const frames = play(budget, 24, 0.8, 0.3);
    expect(frames.map((f) => f.ms)).to.deep.equal(new Array(24).fill(MAX_TRAINING_MS));
  });

  it('takes what drawing costs off the frame, down to the least that keeps training moving', () => {
    const slow = play(new FrameBudget(), 48, 3.5, 1).slice(24);
    for (const { ms } of slow) expect(ms).to.be.within(MIN_TRAINING_MS, MAX_TRAINING_MS);
    expect(slow.find((f) => f.kind === 'figure')!.ms).to.be.below(MAX_TRAINING_MS - 2);
    const slower = play(new FrameBudget(), 48, 5, 4).slice(24);
    expect(slower.map((f) => f.ms)).to.deep.equal(new Array(24).fill(MIN_TRAINING_MS));
  });

  it('budgets the frames that redraw more apart from those between them', () => {
    const frames = play(new FrameBudget(), 48, 3, 0.5).slice(24);
    // A figure frame leaves the frame less the reserve (4 ms) and three times its script's
    // drawing (3 ms): the browser's style, layout and paint follow, about twice as long.
    for (const { kind, ms } of frames)
      expect(ms).to.be.closeTo(kind === 'figure' ? FRAME_MS - 4 - 9 : MAX_TRAINING_MS, 1e-9);
  });

  it('takes off what training lately ran past its deadline, one overrun aside', () => {
    const budget = new FrameBudget();
    play(budget, 12, 0.5, 0.5);
    budget.overran(30); // one frame the system took away: not counted
    expect(budget.next('light')).to.equal(MAX_TRAINING_MS);
    budget.overran(2);
    budget.overran(2.5);
    expect(budget.next('light')).to.be.closeTo(MAX_TRAINING_MS - 2.5, 1e-9);
    for (let k = 0; k < 8; k++) budget.overran(-0.1); // finished before its deadline
    expect(budget.next('light')).to.equal(MAX_TRAINING_MS);
  });

  it('is not thrown by one frame where the processor was taken away, and recovers', () => {
    const budget = new FrameBudget();
    play(budget, 24, 0.5, 0.5);
    budget.drew('light', 150);
    expect(budget.next('light')).to.equal(MAX_TRAINING_MS);
    const after = play(budget, 60, 0.5, 0.5);
    expect(after[after.length - 1].ms).to.equal(MAX_TRAINING_MS);
  });

  it('stops before a mini-batch that closes an epoch when it would end past the deadline', () => {
    const budget = new FrameBudget();
    // Nothing timed yet: any mini-batch may start until the deadline.
    expect(budget.fits(10, true, 10)).to.equal(true);
    expect(budget.fits(10.1, false, 10)).to.equal(false);
    budget.closingTook(1.5);
    budget.closingTook(1.4);
    budget.closingTook(9); // one where the system took the processor away: not counted
    // 1 ms before the deadline: an ordinary mini-batch starts, the one closing an epoch does not.
    expect(budget.fits(9, false, 10)).to.equal(true);
    expect(budget.fits(9, true, 10)).to.equal(false);
    expect(budget.fits(8.4, true, 10)).to.equal(true);
    expect(budget.fits(9.9, false, 10)).to.equal(true);
  });
});
