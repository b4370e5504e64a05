import { expect } from '@open-wc/testing';
import { DomainError, ExpressionError, ExpressionGraph } from '../../src/core/index.js';

/** ExpressionGraph.setValues takes finite numbers only, and converts nothing. */

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('ExpressionGraph.setValues refuses what is not a finite number', () => {
  const cases: Array<[unknown, string]> = [
    ['2', 'the text "2"'],
    [null, 'null'],
    [10n, 'a value of type bigint'],
    [Number.NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [undefined, 'a value of type undefined'],
    [{ valueOf: () => 2 }, 'a value of type object'],
    [[2], 'a value of type object'],
    [true, 'a value of type boolean'],
    [() => 2, 'a value of type function'],
  ];
  for (const [given, shown] of cases) {
    it(`x = ${typeof given === 'bigint' ? `${given}n` : String(given)}: an ExpressionError naming x, nothing set`, () => {
      const graph = new ExpressionGraph('w + x + 1');
      graph.setValues({ w: 3, x: 5 });
      const values = { w: 7, x: given } as unknown as Record<string, number>;
      const error = thrown(() => graph.setValues(values));
      expect(error).to.be.instanceOf(ExpressionError);
      expect(error).not.to.be.instanceOf(DomainError);
      expect((error as ExpressionError).message).to.equal(
        `the value of 'x' must be a finite number, not ${shown}`,
      );
      expect((error as ExpressionError).position).to.equal(4);
      // Refused as a whole: w is not half-set, and the output is the old one (never '21' or 1).
      expect({ ...graph.values() }).to.deep.equal({ w: 3, x: 5 });
      expect(graph.output.value).to.equal(9);
    });
  }

  it("'2' is not added as text: the output stays a number", () => {
    const graph = new ExpressionGraph('x + 1');
    expect(() => graph.setValues({ x: '2' } as unknown as Record<string, number>)).to.throw(
      ExpressionError,
    );
    expect(graph.output.value).to.equal(1);
    expect(typeof graph.output.value).to.equal('number');
  });

  it('finite numbers of every size are taken as they are', () => {
    const graph = new ExpressionGraph('x - y');
    graph.setValues({ x: Number.MAX_VALUE, y: -Number.MIN_VALUE });
    expect(graph.values().x).to.equal(Number.MAX_VALUE);
    expect(graph.values().y).to.equal(-Number.MIN_VALUE);
  });
});
