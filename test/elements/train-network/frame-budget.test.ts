import { expect } from '@open-wc/testing';
import {
  FrameBudget,
  MAX_TRAINING_MS,
  MIN_TRAINING_MS,
} from '../../../src/elements/train-network/frame-budget.js';

describe('train-network: the training budget of a frame', () => {
  it('gives a frame whose drawing is cheap the whole budget', () => {
    const budget = new FrameBudget();
    expect(budget.next(null)).to.equal(MAX_TRAINING_MS);
    expect(budget.next(0.8)).to.equal(MAX_TRAINING_MS);
  });

  it('takes what drawing cost off the frame, down to the least that keeps training moving', () => {
    const budget = new FrameBudget();
    const slow = budget.next(5);
    expect(slow).to.be.below(MAX_TRAINING_MS);
    expect(slow).to.be.at.least(MIN_TRAINING_MS);
    expect(budget.next(30)).to.equal(MIN_TRAINING_MS);
  });

  it('budgets for the heavy frames between them, and recovers once drawing is cheap again', () => {
    const budget = new FrameBudget();
    budget.next(5);
    // A light frame after a heavy one still leaves room for the next heavy one.
    const between = budget.next(0.5);
    expect(between).to.be.below(MAX_TRAINING_MS);
    let last = between;
    for (let frame = 0; frame < 60; frame++) last = budget.next(0.5);
    expect(last).to.equal(MAX_TRAINING_MS);
  });
});
