import { expect } from '@open-wc/testing';
import {
  FrameBudget,
  MAX_TRAINING_MS,
  MIN_TRAINING_MS,
} from '../../../src/elements/train-network/frame-budget.js';

/** Plays `frames` frames whose drawing costs `heavy` ms every sixth frame and `light` between. */
function play(budget: FrameBudget, frames: number, heavy: number, light: number): number[] {
  return Array.from({ length: frames }, (_, k) => budget.next(k % 6 === 0 ? heavy : light));
}

describe('train-network: the training budget of a frame', () => {
  it('gives a frame whose drawing is cheap the whole budget', () => {
    const budget = new FrameBudget();
    expect(budget.next(null)).to.equal(MAX_TRAINING_MS);
    expect(play(budget, 24, 0.8, 0.3)).to.deep.equal(new Array(24).fill(MAX_TRAINING_MS));
  });

  it('takes what drawing costs off the frame, down to the least that keeps training moving', () => {
    const slow = play(new FrameBudget(), 24, 5, 1).slice(12);
    for (const ms of slow) expect(ms).to.be.within(MIN_TRAINING_MS, MAX_TRAINING_MS - 1);
    const slower = play(new FrameBudget(), 24, 12, 6).slice(12);
    expect(slower).to.deep.equal(new Array(12).fill(MIN_TRAINING_MS));
  });

  it('keeps room on the light frames for the heavy ones, and recovers once drawing is cheap', () => {
    const budget = new FrameBudget();
    const between = play(budget, 24, 5, 0.5);
    // Every frame of the last two redraw cycles, the light ones too, is budgeted for the heavy.
    for (const ms of between.slice(12)) expect(ms).to.be.below(MAX_TRAINING_MS);
    const after = play(budget, 24, 0.5, 0.5);
    expect(after[after.length - 1]).to.equal(MAX_TRAINING_MS);
  });

  it('is not thrown by one frame where the processor was taken away', () => {
    const budget = new FrameBudget();
    play(budget, 12, 0.5, 0.5);
    expect(budget.next(150)).to.equal(MAX_TRAINING_MS);
  });
});
