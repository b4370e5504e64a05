/**
 * What each reader action of <graph-backprop> does, without a browser page: the next snapshot,
 * the events in order and the sentence read out. Numbers are checked against the math written
 * out here, not against the core.
 */
import { expect } from '@open-wc/testing';
import * as actions from '../../../src/elements/graph-backprop/graph-backprop-actions.js';
import * as rules from '../../../src/elements/graph-backprop/graph-backprop-model.js';
import * as ask from '../../../src/elements/graph-backprop/graph-queries.js';
import * as uses from '../../../src/elements/graph-backprop/node-uses.js';
import { Localizer } from '../../../src/internal/localizer.js';

/** The sentence an outcome has the live region say, or null when it says nothing. */
const said = (outcome: actions.Outcome): string | null => outcome.say;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
/** sigmoid(w*x + b) at w = −1, x = 2, b = 0.5: the output and its slope. */
const A = sigmoid(-1.5);
const SLOPE = A * (1 - A);

function modelOf(expr = 'sigmoid(w*x + b)', values = { w: -1, x: 2, b: 0.5 }): rules.GraphModel {
  const given = new Set(['expr', 'values']);
  return rules.applySettings(rules.createModel(), { expr, values, selected: '' }, given).model;
}

const node = (model: rules.GraphModel, name: string) => model.graph.variables.get(name)!;
const key = (name: string, shiftKey = false) => ({ key: name, shiftKey });
const types = (outcome: actions.Outcome) => outcome.events.map((event) => event.type);

describe('graph-backprop reader actions', () => {
  it('steps the backward pass: backward-step with the node, and what it passed back', () => {
    const model = modelOf();
    const outcome = actions.step(model);
    expect(outcome.model.pass.done).to.equal(1);
    expect(model.pass.done, 'the old snapshot is kept').to.equal(0);
    expect(outcome.events).to.deep.equal([
      { type: 'backward-step', detail: { step: 1, total: 3, id: model.graph.output.id } },
    ]);
    expect(said(outcome)).to.match(/^Step 1 of 3: the sigmoid node passes gradient 1\./);
  });

  it('does nothing once the pass is done', () => {
    const done = rules.stepTo(modelOf(), 3);
    const outcome = actions.step(done);
    expect(outcome.model).to.equal(done);
    expect(outcome.events).to.deep.equal([]);
    expect(said(outcome)).to.equal(null);
  });

  it('carries the tangent forward in forward mode, ending at the gradient', () => {
    let model = actions.switchMode(modelOf(), 'forward').model;
    const tangents: number[] = [];
    let last: actions.Outcome | null = null;
    for (let i = 0; i < 3; i++) {
      last = actions.step(model);
      model = last.model;
      const [event] = last.events;
      expect(event.type).to.equal('forward-step');
      tangents.push((event.detail as { tangent: number }).tangent);
    }
    // d/dw of w*x, of w*x + b, of sigmoid(w*x + b): x, x, slope × x.
    expect(tangents[0]).to.equal(2);
    expect(tangents[1]).to.equal(2);
    expect(tangents[2]).to.be.closeTo(SLOPE * 2, 1e-12);
    expect(said(last!)).to.contain('equals the backward pass’s gradient for w');
  });

  it('plays: short sentences, and the play stops at the end of the pass', () => {
    let model = rules.startPlaying(modelOf());
    const sentences: (string | null)[] = [];
    while (model.playing) {
      const outcome = actions.playTick(model);
      sentences.push(said(outcome));
      model = outcome.model;
    }
    expect(model.pass.done).to.equal(3);
    expect(sentences).to.deep.equal([
      'Step 1 of 3: the sigmoid node.',
      'Step 2 of 3: the add node.',
      'Step 3 of 3: the multiply node. All gradients are done.',
    ]);
    expect(actions.playTick(model).events, 'a tick after the end does nothing').to.deep.equal([]);
  });

  it('stops a play on Step, Pause, a mode switch and a new variable to trace', () => {
    const playing = rules.startPlaying(modelOf());
    expect(actions.pressStep(playing).model.playing).to.be.false;
    expect(actions.pressStep(playing).model.pass.done).to.equal(1);
    const paused = actions.pause(rules.stepTo(playing, 2));
    expect(paused.model.playing).to.be.false;
    expect(said(paused)).to.equal('Paused at step 2 of 3.');
    expect(actions.switchMode(playing, 'forward').model.playing).to.be.false;
    expect(actions.pickWrt(playing, 'w').model.playing, 'the same variable again').to.be.false;
  });

  it('resets to the start of the pass on show and says so', () => {
    const reverse = actions.reset(rules.stepTo(modelOf(), 2));
    expect(reverse.model.pass.done).to.equal(0);
    expect(said(reverse)).to.equal('Back at the start: only the output has its gradient, 1.');
    const forward = actions.reset(rules.stepTo(rules.withMode(modelOf(), 'forward'), 2));
    expect(forward.model.forward.done).to.equal(0);
    expect(forward.model.pass.done, 'the backward pass keeps its place').to.equal(0);
    expect(said(forward)).to.equal('Forward mode: tracing the tangent of w.');
  });

  it('switches mode and traced variable with a change event each', () => {
    const switched = actions.switchMode(modelOf(), 'forward');
    expect(switched.model.mode).to.equal('forward');
    expect(switched.events).to.deep.equal([
      { type: 'change', detail: { name: 'mode', value: 'forward' } },
    ]);
    const picked = actions.pickWrt(rules.stepTo(switched.model, 2), 'x');
    expect(picked.model.wrt).to.equal('x');
    expect(picked.model.forward.done, 'a new variable starts its pass again').to.equal(0);
    expect(picked.events).to.deep.equal([{ type: 'change', detail: { name: 'wrt', value: 'x' } }]);
    expect(said(picked)).to.equal('Forward mode: tracing the tangent of x.');
  });

  it('opens a node with node-select carrying its final gradient, and closes it back to it', () => {
    const model = modelOf();
    const w = node(model, 'w');
    const opened = actions.pickNode(model, w);
    expect(opened.model.selectedId).to.equal(w.id);
    const [event] = opened.events;
    expect(event.type).to.equal('node-select');
    const detail = event.detail as { id: string; value: number; grad: number };
    expect(detail.id).to.equal(w.id);
    expect(detail.value).to.equal(-1);
    expect(detail.grad).to.be.closeTo(SLOPE * 2, 1e-12);
    expect(said(opened)).to.match(/^Selected w, variable: value minus 1, gradient 0\.\d+\.$/);
    const closed = actions.closePanel(opened.model);
    expect(closed.model.selectedId).to.equal(null);
    expect(closed.focus, 'focus goes back to the node').to.equal(w.id);
    expect(said(closed)).to.equal('Details closed.');
  });

  it('reads keys on a variable: value keys edit and commit, Up and Down move', () => {
    const model = modelOf();
    const w = node(model, 'w');
    const right = actions.pressKey(model, w, key('ArrowRight'))!;
    expect(uses.valueOf(right.model, 'w')).to.equal(-0.9);
    expect(types(right)).to.deep.equal(['input', 'change']);
    expect(right.events[1].detail).to.deep.equal({ name: 'w', value: -0.9 });
    expect(said(right)).to.match(/^w is minus 0\.9\. Output 0\.\d+; gradient of w /);
    // Each from the start: a snapshot's graph runs again in place when a value changes.
    const left = modelOf();
    const coarse = actions.pressKey(left, node(left, 'w'), key('ArrowLeft', true))!;
    expect(uses.valueOf(coarse.model, 'w')).to.equal(-2);
    const home = modelOf();
    expect(uses.valueOf(actions.pressKey(home, node(home, 'w'), key('Home'))!.model, 'w')).to.equal(
      -1000,
    );
    const down = actions.pressKey(model, w, key('ArrowDown'))!;
    const nodes = model.graph.nodes;
    expect(down.focus).to.equal(nodes[nodes.indexOf(w) + 1].id);
    expect(down.model, 'moving changes nothing').to.equal(model);
    expect(actions.pressKey(model, w, key('a')), 'not our key').to.equal(null);
    expect(actions.pressKey(model, w, key('Escape')), 'nothing open to close').to.equal(null);
  });

  it('reads keys on an op node: arrows move both ways, Enter and Space open it', () => {
    const model = modelOf();
    const output = model.graph.output;
    const nodes = model.graph.nodes;
    expect(actions.pressKey(model, output, key('ArrowRight'))!.focus).to.equal(nodes[0].id);
    expect(actions.pressKey(model, output, key('ArrowLeft'))!.focus).to.equal(
      nodes[nodes.length - 2].id,
    );
    for (const name of ['Enter', ' ']) {
      const opened = actions.pressKey(model, output, key(name))!;
      expect(opened.model.selectedId).to.equal(output.id);
      expect(types(opened)).to.deep.equal(['node-select']);
    }
    const open = actions.pickNode(model, output).model;
    expect(actions.pressKey(open, output, key('Escape'))!.model.selectedId).to.equal(null);
  });

  it('follows a drag quietly with input, then says the result once with change', () => {
    const moved = actions.editVariable(modelOf(), 'x', 3, false);
    expect(moved.events).to.deep.equal([{ type: 'input', detail: { name: 'x', value: 3 } }]);
    expect(said(moved)).to.equal(null);
    const ended = actions.endDrag(moved.model, 'x', 3);
    expect(ended.events).to.deep.equal([{ type: 'change', detail: { name: 'x', value: 3 } }]);
    expect(said(ended)).to.contain('x is 3.');
    const far = actions.editVariable(modelOf(), 'x', 5000, false);
    expect(uses.valueOf(far.model, 'x'), 'clamped').to.equal(1000);
    expect(actions.endDrag(far.model, 'x', 5000).events).to.deep.equal([
      { type: 'change', detail: { name: 'x', value: 1000 } },
    ]);
  });

  it('reads the value field in the reader’s language and marks text that is not a number', () => {
    const german = new Localizer('de');
    const typed = actions.typeValue(modelOf(), 'w', '0,5', false, german);
    expect(uses.valueOf(typed.model, 'w')).to.equal(0.5);
    expect(types(typed)).to.deep.equal(['input']);
    const wrong = actions.typeValue(typed.model, 'w', 'abc', false, german);
    expect(wrong.model.valueInvalid).to.be.true;
    expect(wrong.events).to.deep.equal([]);
    expect(uses.valueOf(wrong.model, 'w'), 'the last good value stays').to.equal(0.5);
    const same = actions.typeValue(typed.model, 'w', '0,5', false, german);
    expect(same.events, 'the same value while typing').to.deep.equal([]);
    const committed = actions.typeValue(typed.model, 'w', '0,5', true, german);
    expect(types(committed), 'Enter on the same value').to.deep.equal(['input', 'change']);
  });

  it('draws a typed expression that parses and points out one that does not', () => {
    const model = modelOf();
    const broken = actions.editExpression(model, 'w*x +', false);
    expect(broken.model.graph).to.equal(model.graph);
    expect(broken.model.draftError).to.not.equal(null);
    expect(broken.events).to.deep.equal([]);
    expect(said(broken)).to.equal(null);
    const drawn = actions.editExpression(model, 'w*x', false);
    expect(drawn.model.graph.text).to.equal('w*x');
    expect(ask.outputValue(drawn.model), 'the values of w and x are kept').to.equal(-2);
    expect(drawn.events).to.deep.equal([{ type: 'input', detail: { name: 'expr', value: 'w*x' } }]);
    expect(said(drawn)).to.equal('New graph: output minus 2, 1 backward step.');
    const committed = actions.editExpression(drawn.model, 'w*x', true);
    expect(committed.events).to.deep.equal([
      { type: 'change', detail: { name: 'expr', value: 'w*x' } },
    ]);
  });
});
