/**
 * The DOM-free model of <graph-backprop>: every change returns a new snapshot and leaves the old
 * one as it was. Numbers are checked against the math written out here, not against the core.
 */
import { expect } from '@open-wc/testing';
import * as rules from '../../../src/elements/graph-backprop/graph-backprop-model.js';
import * as changes from '../../../src/elements/graph-backprop/reader-changes.js';
import { checkFor } from '../../../src/elements/graph-backprop/gradient-check.js';
import * as ask from '../../../src/elements/graph-backprop/graph-queries.js';
import * as uses from '../../../src/elements/graph-backprop/node-uses.js';
import { typeExpression } from '../../../src/elements/graph-backprop/typing.js';
// The notes of a refusal against the expression, which the element fetches with the first one.
import { misfitProblem } from '../../../src/elements/graph-backprop/refusals.js';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A snapshot of `expr` at `values`, through the same setting the attribute uses. */
function modelOf(expr: string, values: Record<string, number> = {}): rules.GraphModel {
  const given = new Set(['expr', 'values']);
  const applied = rules.applySettings(rules.createModel(), { expr, values, selected: '' }, given);
  expect(applied.verdicts.get('values')).to.equal(null);
  return applied.model;
}

describe('graph-backprop model', () => {
  it('starts on sigmoid(w*x + b) with every variable at 1, at the start of a 3-step pass', () => {
    const model = rules.createModel();
    expect(model.graph.text).to.equal('sigmoid(w*x + b)');
    expect(model.graph.values()).to.deep.equal({ w: 1, x: 1, b: 1 });
    expect(ask.outputValue(model)).to.be.closeTo(sigmoid(2), 1e-12);
    expect(model.pass.done).to.equal(0);
    expect(model.pass.steps).to.have.length(3);
  });

  it('gives every variable its gradient after the whole pass, worked out by hand', () => {
    const model = modelOf('sigmoid(w*x + b)', { x: 2, w: -1, b: 0.5 });
    const a = sigmoid(-1.5);
    const grads = ask.gradients(model);
    expect(grads.w).to.be.closeTo(a * (1 - a) * 2, 1e-12);
    expect(grads.x).to.be.closeTo(a * (1 - a) * -1, 1e-12);
    expect(grads.b).to.be.closeTo(a * (1 - a), 1e-12);
  });

  it('runs the same graph again when a variable changes: parsed once per text', () => {
    const before = rules.stepTo(modelOf('w*x + b', { x: 2, w: -1, b: 0.5 }), 1);
    const after = changes.setVariable(before, 'w', 3);
    expect(after).to.not.equal(before);
    expect(after.graph, 'no new graph on a drag').to.equal(before.graph);
    expect(after.graph.values()).to.deep.equal({ w: 3, x: 2, b: 0.5 });
    expect(ask.outputValue(after)).to.equal(6.5);
    expect(ask.gradients(after).x).to.equal(3);
    expect(after.pass.done, 'the step position is kept').to.equal(1);
  });

  it('keeps forward mode at its step through many drags in reverse mode, at the values dragged to', () => {
    // d(w*x + b)/dw = x: forward mode's last tangent, traced for w.
    const start = rules.withWrt(modelOf('w*x + b', { x: 2, w: -1, b: 0.5 }), 'w');
    let model = rules.stepTo(rules.withMode(start, 'forward'), 1);
    model = rules.withMode(model, 'reverse');
    for (let k = 1; k <= 5000; k++) model = changes.setVariable(model, 'x', k / 1000);
    const forward = rules.withMode(model, 'forward');
    expect(rules.activePass(forward).done, 'the forward step position is kept').to.equal(1);
    expect(forward.forward.steps.map((step) => step.tangent)).to.deep.equal([5, 5]);
    expect(rules.activePass(rules.stepTo(forward, 9)).done).to.equal(2);
  });

  it('clamps a variable to the reader range', () => {
    const model = changes.setVariable(modelOf('x*2'), 'x', 5000);
    expect(uses.valueOf(model, 'x')).to.equal(rules.VALUE_LIMIT);
  });

  it('moves the pass by whole steps within its length; anything else is the start', () => {
    const model = modelOf('x*x + x', { x: 3 });
    expect(rules.stepTo(model, 1.6).pass.done).to.equal(2);
    expect(rules.stepTo(model, 99).pass.done).to.equal(2);
    expect(rules.stepTo(model, -4).pass.done).to.equal(0);
    expect(rules.stepTo(rules.stepTo(model, 2), NaN).pass.done).to.equal(0);
    const end = rules.stepTo(model, 2);
    expect(changes.stepOnce(end), 'no step past the end').to.equal(end);
  });

  it('plays from the start once the pass has finished, and not at all over a domain problem', () => {
    const end = rules.stepTo(modelOf('x*x + x', { x: 3 }), 2);
    const playing = rules.startPlaying(end);
    expect(playing.playing).to.be.true;
    expect(playing.pass.done).to.equal(0);
    expect(changes.resetPass(playing).playing).to.be.false;
    const broken = modelOf('log(x)', { x: -1 });
    expect(broken.problem!.message).to.contain('log');
    expect(rules.startPlaying(broken).playing).to.be.false;
  });

  it('refuses values naming a variable the expression lacks, and takes them once it has it', () => {
    const model = modelOf('w*x', { x: 2, w: 3 });
    const refused = rules.applyStartValues(model, { q: 1 });
    expect(misfitProblem(refused.misfit!).message).to.contain("'q' is not a variable of w*x");
    expect(refused.model).to.equal(model);
    const settings = { expr: 'q*w', values: { q: 4 }, selected: '' };
    const applied = rules.applySettings(model, settings, new Set(['expr']));
    expect(applied.verdicts.get('values')).to.equal(null);
    expect(ask.outputValue(applied.model)).to.equal(4 * 1);
  });

  it('resolves a selection by variable name or node id and refuses anything else', () => {
    const model = modelOf('w*x');
    const byName = rules.applySelection(model, 'w');
    expect(ask.selectionReference(byName.model)).to.equal('w');
    const output = model.graph.output.id;
    expect(rules.applySelection(model, output).model.selectedId).to.equal(output);
    const refused = rules.applySelection(model, 'n99');
    expect(misfitProblem(refused.misfit!).message).to.contain('n0 to n2');
    expect(refused.model).to.equal(model);
  });

  it('keeps the graph while typed text does not parse, pointing at where it stops', () => {
    const model = modelOf('w*x', { x: 2, w: 3 });
    const typed = typeExpression(model, 'w*x +* 2');
    expect(typed.graph).to.equal(model.graph);
    expect(typed.draft).to.equal('w*x +* 2');
    expect(typed.draftError!.position).to.equal(5);
  });

  it('keeps the values of variables that survive a typed expression; new ones start at 1', () => {
    const model = rules.select(modelOf('w*x + b', { x: 2, w: 3, b: 1 }), 'n1');
    expect(model.graph.nodeById('n1')!.label).to.equal('x');
    const typed = typeExpression(changes.setVariable(model, 'w', 5), 'w*x*c');
    expect(typed.graph.values()).to.deep.equal({ w: 5, x: 2, c: 1 });
    expect(typed.graph.nodeById(typed.selectedId!)!.label, 'a variable stays open').to.equal('x');
    const output = rules.select(typed, typed.graph.output.id);
    const shorter = typeExpression(output, 'w');
    expect(shorter.selectedId, 'an operation is another node in another graph').to.equal(null);
    expect(shorter.pass.steps).to.have.length(0);
  });

  it('refuses variable names that would read as a broken number', () => {
    const parsed = rules.parseExpression('NaN * 2');
    expect(parsed.ok).to.be.false;
    expect(rules.readExpressionSetting('x +').ok).to.be.false;
    expect(rules.readExpressionSetting('x*2')).to.deep.equal({ ok: true, value: 'x*2' });
  });

  it('checks a gradient numerically on a copy, leaving the snapshot as drawn', () => {
    const model = modelOf('x*x*x', { x: 2 });
    const check = checkFor(model, model.graph.variables.get('x')!)!;
    expect(check.autodiff).to.be.closeTo(12, 1e-12);
    expect(check.numeric).to.be.closeTo(12, 1e-4);
    expect(model.graph.values()).to.deep.equal({ x: 2 });
    expect(ask.finalGradient(model, model.graph.variables.get('x')!)).to.equal(12);
    const broken = modelOf('log(x)', { x: -1 });
    expect(checkFor(broken, broken.graph.variables.get('x')!)).to.equal(null);
  });

  it('checks an operator node numerically too: the output nudged through that node alone', () => {
    // out = (x*x)*x at x = 2: the inner product p = 4 has d out / d p = x = 2, while x has 12.
    const model = modelOf('x*x*x', { x: 2 });
    const inner = model.graph.nodes.find(
      (node) => node.op === 'mul' && node !== model.graph.output,
    )!;
    const check = checkFor(model, inner)!;
    expect(check.autodiff).to.be.closeTo(2, 1e-12);
    expect(check.numeric).to.be.closeTo(2, 1e-6);
    expect(check.relativeError).to.be.lessThan(1e-6);
    expect(model.graph.output.value).to.equal(8);
    expect(inner.value).to.equal(4);
  });

  it('tracks which gradients are complete as the pass goes', () => {
    const model = modelOf('x*x + x', { x: 3 });
    const x = model.graph.variables.get('x')!;
    const first = rules.stepTo(model, 1);
    expect(ask.gradientsSoFar(first).get(x)).to.equal(1);
    expect(uses.isComplete(first, x)).to.be.false;
    const end = rules.stepTo(model, 2);
    expect(ask.gradientsSoFar(end).get(x)).to.equal(7);
    expect(uses.isComplete(end, x)).to.be.true;
    expect(uses.usesOf(end, x).map((use) => use.contribution)).to.deep.equal([1, 3, 3]);
  });
});
