/**
 * What <graph-backprop> asks and hides, without DOM: the questions' ids and the core's numbers
 * for them, how far the pass may go, and what stays hidden while a question is open. Numbers are
 * the math written out here, not the core's.
 */
import { expect } from '@open-wc/testing';
import * as rules from '../../../src/elements/graph-backprop/graph-backprop-model.js';
import * as exercise from '../../../src/elements/graph-backprop/graph-exercise.js';
import * as ask from '../../../src/elements/graph-backprop/graph-queries.js';

/** (a + 2) * b at a = 3, b = −0.5: the constant 2 is never asked about. */
function modelOf(hidden?: exercise.Concealment): rules.GraphModel {
  const given = new Set(['expr', 'values']);
  const settings = { expr: '(a + 2) * b', values: { a: 3, b: -0.5 }, selected: '' };
  const { model } = rules.applySettings(rules.createModel(), settings, given);
  return { ...model, hidden };
}

describe('graph-backprop exercise rules', () => {
  it('asks each step share but a constant, then the named gradients, with the core values', () => {
    const asked = exercise.graphAsked(modelOf(), ['steps', 'b', 'a']);
    expect(asked).to.deep.equal([
      { id: 'step-1-1', expected: -0.5 }, // mul → (a + 2): upstream 1 × local b
      { id: 'step-1-2', expected: 5 }, // mul → b: 1 × (a + 2)
      { id: 'step-2-1', expected: -0.5 }, // add → a: −0.5 × 1 (the constant 2 is not asked)
      { id: 'gradient-b', expected: 5 },
      { id: 'gradient-a', expected: -0.5 },
    ]);
    expect(exercise.graphAsked(modelOf(), [])).to.deep.equal([]);
  });

  it('refuses a word that is neither steps nor a variable, keeping the known questions', () => {
    const model = modelOf();
    expect(exercise.checkAsk(model, ['steps', 'a'], []).refused).to.equal(null);
    const { asking, refused } = exercise.checkAsk(model, ['a', 'w'], ['steps', 'b', 'x']);
    expect(refused?.message).to.equal(
      "'w' is not a variable of (a + 2) * b; ask can name steps or a, b",
    );
    expect(asking).to.deep.equal(['steps', 'b']);
  });

  it('holds the pass at the first step with an open question', () => {
    const open = new Set(['step-2-1']);
    const model = modelOf();
    expect(exercise.stepLimit(model, ['steps'], (id) => open.has(id))).to.equal(1);
    expect(exercise.stepLimit(model, ['a'], (id) => open.has(id))).to.equal(Infinity);
    const held = exercise.heldBack(rules.stepTo(model, 2), 1);
    expect(held.pass.done).to.equal(1);
  });

  it('shows an asking snapshot with its concealment, held at the first open step', () => {
    const open = new Set(['step-2-1']);
    const isOpen = (id: string): boolean => open.has(id);
    const hiding = exercise.concealment(() => ['steps'], isOpen);
    const shown = exercise.asAsked(rules.stepTo(modelOf(), 2), hiding, ['steps'], isOpen);
    expect(shown.hidden).to.equal(hiding);
    expect(shown.pass.done).to.equal(1);
    // Already showing it, within the limit: the same snapshot, not a copy.
    expect(exercise.asAsked(shown, hiding, ['steps'], isOpen)).to.equal(shown);
    open.clear();
    const answered = exercise.asAsked(rules.stepTo(shown, 2), hiding, ['steps'], isOpen);
    expect(answered.pass.done).to.equal(2);
  });

  it('asks the forward pass’s tangents in forward mode, with the core values', () => {
    const forward = rules.withMode(rules.withWrt(modelOf(), 'a'), 'forward');
    // add: 1 × 1 + 1 × 0 (the constant's tangent) = 1; mul: b × 1 + (a + 2) × 0 = −0.5.
    expect(exercise.graphAsked(forward, ['steps'])).to.deep.equal([
      { id: 'tangent-1', expected: 1 },
      { id: 'tangent-2', expected: -0.5 },
    ]);
    // Names ask the output's tangent only, d out/d a: forward mode traces one variable.
    expect(exercise.graphAsked(forward, ['b', 'a'])).to.deep.equal([
      { id: 'tangent-2', expected: -0.5 },
    ]);
    const open = new Set(['tangent-2']);
    expect(exercise.stepLimit(forward, ['steps'], (id) => open.has(id))).to.equal(1);
    expect(exercise.questionsOnShow(forward, ['steps'])).to.deep.equal(['tangent-1']);
    // Held in forward mode, not turned back to reverse.
    const held = exercise.heldBack(rules.stepTo(forward, 2), 1);
    expect(held.mode).to.equal('forward');
    expect(held.forward.done).to.equal(1);
    expect(exercise.questionsOnShow(held, ['steps'])).to.deep.equal(['tangent-2']);
  });

  it('hides the traced variable’s gradient while the output’s tangent is open', () => {
    const open = new Set(['tangent-2']);
    const hiding = exercise.concealment(
      () => ['steps'],
      (id) => open.has(id),
    );
    const forward = rules.withMode(rules.withWrt(modelOf(hiding), 'a'), 'forward');
    expect(ask.gradients(forward)).to.deep.equal({ a: null, b: 5 });
    open.clear();
    expect(ask.gradients(forward)).to.deep.equal({ a: -0.5, b: 5 });
  });

  it('hides open shares and the gradients they add to, nothing else', () => {
    const open = new Set(['step-2-1', 'gradient-b']);
    const hiding = exercise.concealment(
      () => ['steps', 'b'],
      (id) => open.has(id),
    );
    const model = rules.stepTo(modelOf(hiding), 2);
    const [mul, add] = [model.graph.output, model.graph.output.inputs[0]];
    const { a, b } = Object.fromEntries(model.graph.variables);
    expect(hiding.contribution(model, mul, 0)).to.equal(false);
    expect(hiding.contribution(model, mul, 1)).to.equal(true); // into b, whose gradient is asked
    expect(hiding.contribution(model, add, 0)).to.equal(true); // step-2-1
    expect(hiding.contribution(model, add, 1)).to.equal(false); // the constant
    expect(ask.gradients(model)).to.deep.equal({ a: null, b: null });
    expect(hiding.soFar(model, add)).to.equal(false);
    expect(hiding.soFar(model, a)).to.equal(true);
    open.clear();
    expect(ask.gradients(model)).to.deep.equal({ a: -0.5, b: 5 });
    expect(hiding.soFar(model, b)).to.equal(false);
  });
});
