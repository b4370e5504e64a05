import { expect } from '@open-wc/testing';
import { ExpressionError, ExpressionGraph, gradients, parse } from '../../src/core/index.js';

/** Variables: one node per name, found by name, and every one must be given a value. */

describe('variables', () => {
  it('every occurrence of one variable is the same node', () => {
    const { output, variables } = parse('x*x');
    expect(variables.size).to.equal(1);
    expect(output.inputs[0]).to.equal(output.inputs[1]);
    expect(output.inputs[0]).to.equal(variables.get('x'));
  });

  it('records where each variable first appears', () => {
    const { positions } = parse('2*y + x*y');
    expect([...positions]).to.deep.equal([
      ['y', 2],
      ['x', 6],
    ]);
  });

  it("gradients('x*y', {x: 1}) throws an ExpressionError naming 'y' at its position", () => {
    let caught: unknown;
    try {
      gradients('x*y', { x: 1 });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(ExpressionError);
    expect((caught as ExpressionError).message).to.equal("no value given for 'y'");
    expect((caught as ExpressionError).position).to.equal(2);
  });

  // A variable may be called anything, including names that every plain object inherits.
  for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
    it(`gradients('${name}*2', {}) throws for the missing '${name}' instead of reading Object.prototype`, () => {
      expect(() => gradients(`${name}*2`, {})).to.throw(
        ExpressionError,
        `no value given for '${name}'`,
      );
    });
  }

  it("a variable named '__proto__' gets the value it is given", () => {
    const values = JSON.parse('{"__proto__": 5}') as Record<string, number>;
    expect(gradients('__proto__ + 1', values)).to.deep.equal({
      value: 6,
      grads: JSON.parse('{"__proto__": 1}'),
    });
  });

  it('ExpressionGraph.setValues refuses a name that is not a variable', () => {
    const graph = new ExpressionGraph('x + 1');
    expect(() => graph.setValues({ y: 2 })).to.throw(ExpressionError, "'y' is not a variable");
  });

  it('extra values passed to gradients are ignored', () => {
    expect(gradients('2*x', { x: 3, unused: 7 })).to.deep.equal({ value: 6, grads: { x: 2 } });
  });
});
