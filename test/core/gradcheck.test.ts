import { expect } from '@open-wc/testing';
import {
  ExpressionGraph,
  centralDifference,
  checkGradient,
  relativeError,
} from '../../src/core/index.js';

/** The finite-difference check the "check my gradient" widget runs on a live graph. */

describe('checkGradient on an ExpressionGraph', () => {
  const text = 'bce(sigmoid(w*x + b), y) + 0.1*w^2';
  const values = { w: 0.7, x: -1.2, b: 0.3, y: 1 };

  function graphAtValues(): ExpressionGraph {
    const graph = new ExpressionGraph(text);
    graph.setValues(values);
    return graph;
  }

  for (const name of Object.keys(values)) {
    it(`agrees with autodiff for d/d${name}`, () => {
      const graph = graphAtValues();
      const check = checkGradient(graph, name);
      graph.backward();
      expect(check.autodiff).to.equal(graph.variables.get(name)!.grad);
      expect(check.relativeError).to.be.below(1e-8);
      expect(check.relativeError).to.equal(relativeError(check.autodiff, check.numeric));
      expect(check.h).to.equal(1e-5);
    });
  }

  it('restores every value and leaves the gradients of a full backward pass', () => {
    const graph = graphAtValues();
    const outputBefore = graph.output.value;
    checkGradient(graph, 'w');
    expect(graph.values()).to.deep.equal(values);
    expect(graph.output.value).to.equal(outputBefore);
    const afterCheck = graph.gradients();
    graph.backward();
    expect(afterCheck).to.deep.equal(graph.gradients());
  });

  it('reports the numeric slope the widget shows: d(x^3)/dx at 2 is about 12', () => {
    const graph = new ExpressionGraph('x^3');
    graph.setValues({ x: 2 });
    const check = checkGradient(graph, 'x', 1e-4);
    expect(check.autodiff).to.equal(12);
    expect(check.numeric).to.be.closeTo(12 + 4e-8, 1e-9); // central difference error is h^2 f'''/6
    expect(check.h).to.equal(1e-4);
  });

  it('exposes a wrong gradient: a numeric check of relu at its kink disagrees', () => {
    const graph = new ExpressionGraph('relu(x)');
    graph.setValues({ x: 0 });
    const check = checkGradient(graph, 'x');
    expect(check.autodiff).to.equal(0);
    expect(check.numeric).to.be.closeTo(0.5, 1e-9);
    expect(check.relativeError).to.be.closeTo(0.5, 1e-9);
  });

  it('throws for a name that is not a variable', () => {
    expect(() => checkGradient(new ExpressionGraph('x'), 'y')).to.throw(RangeError, "'y'");
  });

  it('centralDifference scales its step with |x| and relativeError is absolute below 1', () => {
    expect(centralDifference((t) => t * t, 1e6)).to.be.closeTo(2e6, 1e-3);
    expect(relativeError(1e-9, 2e-9)).to.equal(1e-9);
    expect(relativeError(1000, 1001)).to.be.closeTo(1 / 1001, 1e-15);
  });
});
