import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DomainError, ExpressionGraph, gradients } from '../../src/core/index.js';
import { expressionArbitrary } from './random-expression.js';

/**
 * A number too large for a float anywhere in a graph (a value, a gradient of the backward pass,
 * a tangent of forward mode) is a problem with a message, through findProblem() and the
 * DomainError of gradients(), never Infinity or NaN handed on without a word.
 */

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('a gradient too large for a number', () => {
  it('x*1e308*10 at x = 0: every value is 0, the gradient of x is 1e309', () => {
    const graph = new ExpressionGraph('x*1e308*10');
    graph.setValues({ x: 0 });
    expect(graph.output.value).to.equal(0);
    const problem = graph.findProblem();
    expect(problem?.node).to.equal(graph.variables.get('x'));
    expect(problem?.message).to.equal("the gradient of 'x' is too large for a number");
    const error = thrown(() => gradients('x*1e308*10', { x: 0 })) as DomainError;
    expect(error).to.be.instanceOf(DomainError);
    expect(error.message).to.equal("the gradient of 'x' is too large for a number");
    expect(error.op).to.equal('var');
    expect(error.position).to.equal(0);
  });

  it('relu(x)*1e308*10 at x = 0: the gradient overflows at relu, before 0 × Infinity makes NaN', () => {
    const graph = new ExpressionGraph('relu(x)*1e308*10');
    graph.setValues({ x: 0 });
    const problem = graph.findProblem();
    expect(problem?.node.op).to.equal('relu');
    expect(problem?.message).to.equal('the gradient of relu is too large for a number');
    const error = thrown(() => gradients('relu(x)*1e308*10', { x: 0 })) as DomainError;
    expect(error.op).to.equal('relu');
    expect(error.position).to.equal(0);
  });

  it('relu(x)*1e308*10 at x = 1: the value overflows, and that is said first', () => {
    const graph = new ExpressionGraph('relu(x)*1e308*10');
    graph.setValues({ x: 1 });
    expect(graph.findProblem()?.message).to.equal('mul gives a result too large for a number');
  });

  it('an ordinary graph has no problem, and checking leaves grad and tangent as they were', () => {
    const graph = new ExpressionGraph('x*x*y');
    graph.setValues({ x: 3, y: 2 });
    graph.backward();
    graph.forwardTangents('y');
    const before = graph.nodes.map((node) => [node.grad, node.tangent]);
    expect(graph.findProblem()).to.equal(null);
    expect(graph.nodes.map((node) => [node.grad, node.tangent])).to.deep.equal(before);
  });
});

describe('a tangent too large for a number', () => {
  // relu's slope at 0 is 0: the backward pass multiplies by 0 and every gradient is 0, but
  // forward mode carries d/dx = 1e400 into relu, and 0 × Infinity shows NaN.
  const text = 'relu(-(x*1e200*1e200))';

  it('is found by findProblem(), naming the node and the variable', () => {
    const graph = new ExpressionGraph(text);
    graph.setValues({ x: 0 });
    const problem = graph.findProblem();
    expect(problem?.node.op).to.equal('mul');
    expect(problem?.message).to.equal(
      "the tangent of mul with respect to 'x' is too large for a number",
    );
    graph.forwardTangents('x');
    expect(Number.isFinite(graph.output.tangent)).to.equal(false);
  });

  it('tangents that are each finite are not reported, however large together', () => {
    // d/dx and d/dy of the sum are 1e308 each; a bound over both seeds at once would be 2e308.
    const graph = new ExpressionGraph('x*1e308 + y*1e308');
    graph.setValues({ x: 0, y: 0 });
    expect(graph.findProblem()).to.equal(null);
    for (const name of ['x', 'y']) {
      graph.forwardTangents(name);
      expect(graph.output.tangent).to.equal(1e308);
    }
  });

  it('does not stop gradients(), whose numbers are all finite', () => {
    const graph = new ExpressionGraph(text);
    graph.setValues({ x: 0 });
    expect(graph.findProblem({ tangents: false })).to.equal(null);
    expect({ ...gradients(text, { x: 0 }).grads }).to.deep.equal({ x: 0 });
  });
});

describe('no problem means every number a widget shows is finite', () => {
  // Values as large as a float allows, so some graphs overflow and most do not.
  const hugeValues = fc.record({
    x: fc.double({ min: -1e300, max: 1e300, noNaN: true }),
    y: fc.double({ min: -1e10, max: 1e10, noNaN: true }),
    z: fc.double({ min: -3, max: 3, noNaN: true }),
  });

  it('findProblem() === null ⇒ finite values, gradients and every tangent (600 runs, seed 11)', () => {
    let problems = 0;
    fc.assert(
      fc.property(expressionArbitrary, hugeValues, (text, values) => {
        const graph = new ExpressionGraph(text);
        graph.setValues(
          Object.fromEntries(graph.variableNames.map((name) => [name, values[name as 'x']])),
        );
        if (graph.findProblem() !== null) {
          problems += 1;
          return;
        }
        graph.backward();
        const finite = (node: { value: number; grad: number }) =>
          Number.isFinite(node.value) && Number.isFinite(node.grad);
        expect(graph.nodes.every(finite), `${text} at ${JSON.stringify(values)}`).to.equal(true);
        for (const name of graph.variableNames) {
          graph.forwardTangents(name);
          const tangents = graph.nodes.every((node) => Number.isFinite(node.tangent));
          expect(tangents, `d/d${name} of ${text} at ${JSON.stringify(values)}`).to.equal(true);
        }
      }),
      { seed: 11, numRuns: 600 },
    );
    // The property would hold vacuously if every graph had a problem.
    expect(problems).to.be.within(1, 599);
  });
});
