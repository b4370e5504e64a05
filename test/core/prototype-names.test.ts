import { expect } from '@open-wc/testing';
import {
  ExpressionError,
  ExpressionGraph,
  checkGradient,
  gradients,
} from '../../src/core/index.js';

/**
 * Names every plain object inherits are ordinary variable names: the graph, its passes and the
 * records it returns never read a member of Object.prototype as a value.
 */

const NAMES = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__proto__',
  '__defineGetter__',
  '__lookupSetter__',
];

/** `{ [name]: value }` as an own property, `__proto__` included (JSON.parse makes it own). */
const own = (name: string, value: number): Record<string, number> =>
  JSON.parse(`{${JSON.stringify(name)}: ${value}}`) as Record<string, number>;

describe('variables named like Object.prototype members', () => {
  for (const name of NAMES) {
    describe(name, () => {
      const text = `${name}*${name} + 3*${name}`; // value n² + 3n, slope 2n + 3

      it('setValues, the value, backward and gradients(): ordinary numbers', () => {
        const graph = new ExpressionGraph(text);
        graph.setValues(own(name, 2));
        expect(graph.output.value).to.equal(10);
        graph.backward();
        expect(graph.values()[name]).to.equal(2);
        expect(graph.gradients()[name]).to.equal(7);
        expect(Object.keys(graph.gradients())).to.deep.equal([name]);
      });

      it('forward mode and the gradient check', () => {
        const graph = new ExpressionGraph(text);
        graph.setValues(own(name, -1));
        graph.forwardTangents(name);
        expect(graph.output.tangent).to.equal(1);
        const check = checkGradient(graph, name);
        expect(check.autodiff).to.equal(1);
        expect(check.relativeError).to.be.below(1e-8);
        expect(graph.values()[name]).to.equal(-1);
      });

      it('gradients() with the value as an own property', () => {
        expect(gradients(text, own(name, 2)).grads[name]).to.equal(7);
      });

      it('a problem names it', () => {
        const graph = new ExpressionGraph(`${name} * 1e200 * 1e200`);
        graph.setValues(own(name, 0));
        expect(graph.findProblem()?.message).to.equal(
          `the gradient of '${name}' is too large for a number`,
        );
      });

      it('values() and gradients() of a graph without it do not answer with a prototype member', () => {
        const graph = new ExpressionGraph('x + 1');
        graph.setValues({ x: 1 });
        graph.backward();
        // typeof, not the member itself: a failure would print Object.prototype's members.
        expect(typeof graph.values()[name]).to.equal('undefined');
        expect(typeof graph.gradients()[name]).to.equal('undefined');
        expect(typeof gradients('2*x', { x: 1 }).grads[name]).to.equal('undefined');
      });

      it('setValues refuses it by name when the graph has no such variable', () => {
        const graph = new ExpressionGraph('x + 1');
        expect(() => graph.setValues(own(name, 1))).to.throw(
          ExpressionError,
          `'${name}' is not a variable of x + 1`,
        );
      });
    });
  }

  it('a name read from a values record is the variable, never a function', () => {
    // What a widget does with the record: look each variable up by name, with a default.
    const graph = new ExpressionGraph('constructor + toString');
    const start = new ExpressionGraph('x').values();
    const values = Object.fromEntries(graph.variableNames.map((name) => [name, start[name] ?? 1]));
    graph.setValues(values);
    expect(graph.output.value).to.equal(2);
  });
});
