import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ExpressionGraph } from '../../src/core/index.js';
import {
  expressionArbitrary,
  hasModerateNumbers,
  trustedCentralDifference,
  valuesArbitrary,
} from './random-expression.js';

/**
 * Property: on random expressions at random points, every autodiff gradient matches central
 * differences. The seed is fixed so a failure reproduces; fast-check prints the counterexample.
 */

const SEED = 42;
const RUNS = 1000;
const TOLERANCE = 1e-6;

describe('random expressions: autodiff matches central differences', () => {
  it(`${RUNS} expressions with fast-check seed ${SEED}`, () => {
    let checked = 0;
    fc.assert(
      fc.property(expressionArbitrary, valuesArbitrary, (text, values) => {
        const graph = new ExpressionGraph(text);
        fc.pre(graph.variables.size > 0);
        graph.setValues(
          Object.fromEntries(graph.variableNames.map((name) => [name, values[name]])),
        );
        graph.backward();
        fc.pre(hasModerateNumbers(graph));
        const autodiff = graph.gradients();
        const numeric: Record<string, number> = {};
        for (const name of graph.variableNames) {
          const slope = trustedCentralDifference(graph, name);
          fc.pre(slope !== null);
          numeric[name] = slope;
        }
        for (const name of graph.variableNames) {
          const error = Math.abs(autodiff[name] - numeric[name]);
          const scale = Math.max(1, Math.abs(autodiff[name]), Math.abs(numeric[name]));
          if (error / scale >= TOLERANCE) {
            throw new Error(
              `d/d${name} of ${text} at ${JSON.stringify(graph.values())} (seed ${SEED}): ` +
                `autodiff ${autodiff[name]}, central difference ${numeric[name]}`,
            );
          }
        }
        checked += 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Preconditions discard points; the runs that count are the ones that were compared.
    expect(checked).to.equal(RUNS);
  });
});
