import { expect } from '@open-wc/testing';
import {
  animateStep,
  initialModel,
  keyedValue,
  moveInput,
  plottedInputs,
  pointerValue,
  reset,
  setLearningRate,
  setStartTraced,
  setStartValue,
  takeStep,
  trace,
  type NeuronModel,
} from '../../../src/elements/neuron-backprop/neuron-backprop-model.js';
import { lossOf } from '../../../src/elements/neuron-backprop/neuron-math.js';

/** Freezes a snapshot all the way down, so a rule that changes it in place throws here. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) frozen(item);
    Object.freeze(value);
  }
  return value;
}

const start = (): NeuronModel => frozen(initialModel());

describe('neuron-backprop model', () => {
  it('starts at the documented defaults, tracing w with rate 0.5', () => {
    const model = start();
    expect(model.start).to.deep.equal({ x: 1.5, w: 0.8, b: -0.4, y: 1 });
    expect(model.state.inputs).to.deep.equal(model.start);
    expect(model.traced).to.equal('w');
    expect(model.startTraced).to.equal('w');
    expect(model.learningRate).to.equal(0.5);
    expect(model.state.z).to.be.closeTo(0.8 * 1.5 - 0.4, 1e-12);
  });

  it('a setting moves both the starting value and the live one, and forgets the last step', () => {
    const stepped = frozen(takeStep(moveInput(start(), 'w', 2)));
    const set = setStartValue(stepped, 'x', -3);
    expect(set.start).to.deep.equal({ x: -3, w: 0.8, b: -0.4, y: 1 });
    expect(set.state.inputs.x).to.equal(-3);
    // The reader's other changes stay live: only x was set.
    expect(set.state.inputs.w).to.equal(stepped.state.inputs.w);
    expect(set.state.z).to.be.closeTo(stepped.state.inputs.w * -3 + stepped.state.inputs.b, 1e-12);
    expect(set.lastStep).to.equal(undefined);
  });

  it('a setting of the traced parameter moves both the start and the live choice', () => {
    const model = setStartTraced(trace(start(), 'x'), 'b');
    expect(model.traced).to.equal('b');
    expect(model.startTraced).to.equal('b');
  });

  it('a slider moves only the live value, within its range', () => {
    const model = moveInput(start(), 'b', 9);
    expect(model.state.inputs.b).to.equal(6);
    expect(model.start.b).to.equal(-0.4);
    expect(moveInput(start(), 'y', -1).state.inputs.y).to.equal(0);
  });

  it('rounds pointer values to hundredths and key steps to tidy values within range', () => {
    expect(pointerValue(1.23456)).to.equal(1.23);
    expect(pointerValue(-2.996)).to.equal(-3);
    const model = moveInput(start(), 'w', 0.7);
    expect(keyedValue(model, 'w', 0.1)).to.equal(0.8);
    expect(keyedValue(moveInput(start(), 'w', 5.95), 'w', 1)).to.equal(6);
    expect(keyedValue(start(), 'y', 0.05)).to.equal(1);
  });

  it('a gradient step moves w and b down the gradient and records before and after', () => {
    const before = start();
    const after = takeStep(before);
    const g = before.state.gradients;
    expect(after.state.inputs.w).to.be.closeTo(0.8 - 0.5 * g.w, 1e-12);
    expect(after.state.inputs.b).to.be.closeTo(-0.4 - 0.5 * g.b, 1e-12);
    expect(after.state.inputs.x).to.equal(1.5);
    expect(after.state.loss).to.be.below(before.state.loss);
    expect(after.lastStep!.before).to.equal(before.state);
    expect(after.lastStep!.after).to.equal(after.state);
    expect(after.start).to.deep.equal(before.start);
  });

  it('uses the learning rate it was given', () => {
    const slow = takeStep(setLearningRate(start(), 0.1));
    const g = start().state.gradients;
    expect(slow.state.inputs.w).to.be.closeTo(0.8 - 0.1 * g.w, 1e-12);
  });

  it('reset returns to the starting values and traced parameter', () => {
    const set = setStartTraced(setStartValue(start(), 'w', -1), 'b');
    const wandered = frozen(trace(takeStep(moveInput(set, 'x', 4)), 'x'));
    const back = reset(wandered);
    expect(back.state.inputs).to.deep.equal({ x: 1.5, w: -1, b: -0.4, y: 1 });
    expect(back.traced).to.equal('b');
    expect(back.lastStep).to.equal(undefined);
    expect(back.state.loss).to.be.closeTo(lossOf(back.state.inputs), 1e-12);
  });

  it('animates the plotted point from the old w and b to the new ones', () => {
    const stepped = frozen(takeStep(start()));
    const { before, after } = stepped.lastStep!;
    expect(plottedInputs(stepped)).to.equal(stepped.state.inputs);
    const first = animateStep(stepped, 0);
    expect(plottedInputs(first).w).to.be.closeTo(before.inputs.w, 1e-12);
    expect(plottedInputs(first).b).to.be.closeTo(before.inputs.b, 1e-12);
    const middle = animateStep(stepped, 0.5);
    expect(plottedInputs(middle).w).to.be.closeTo((before.inputs.w + after.inputs.w) / 2, 1e-12);
    const done = animateStep(middle, 1);
    expect(done.plotInputs).to.equal(undefined);
    expect(plottedInputs(done)).to.equal(done.state.inputs);
    // The numbers elsewhere show the result throughout.
    expect(middle.state).to.equal(stepped.state);
  });

  it('returns the same snapshot when nothing changes', () => {
    const model = start();
    expect(trace(model, 'w')).to.equal(model);
    expect(setLearningRate(model, 0.5)).to.equal(model);
    expect(animateStep(model, 1)).to.equal(model);
  });
});
