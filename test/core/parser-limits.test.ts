import { expect } from '@open-wc/testing';
import { ExpressionError, LIMITS, parse } from '../../src/core/index.js';

/**
 * Expressions come from HTML attributes, so a hostile or careless one must be refused quickly
 * with a readable reason instead of freezing the page. Each limit is checked just inside and
 * just outside.
 */

/**
 * A rejected parse must take no more than this long. The fastest of a few tries is timed, so a
 * busy test machine does not fail the test; a parser that backtracks or recurses badly would take
 * seconds on these inputs.
 */
const QUICK_MS = 50;
const TRIES = 3;

function rejectQuickly(text: string): ExpressionError {
  let fastest = Infinity;
  let caught: unknown;
  for (let i = 0; i < TRIES; i++) {
    const start = performance.now();
    try {
      parse(text);
    } catch (error) {
      caught = error;
    }
    fastest = Math.min(fastest, performance.now() - start);
  }
  expect(caught, `parse of ${text.length} characters throws`).to.be.instanceOf(ExpressionError);
  expect(fastest, 'milliseconds to reject').to.be.below(QUICK_MS);
  return caught as ExpressionError;
}

describe('parser limits', () => {
  it(`accepts exactly LIMITS.maxLength (${LIMITS.maxLength}) characters`, () => {
    expect(() => parse(`x${' '.repeat(LIMITS.maxLength - 1)}`)).not.to.throw();
  });

  it('refuses a string longer than LIMITS.maxLength, saying how long it is', () => {
    const error = rejectQuickly(`x${' '.repeat(LIMITS.maxLength)}`);
    expect(error.message).to.equal(
      `the expression is too long (${LIMITS.maxLength + 1} characters, at most ${LIMITS.maxLength})`,
    );
  });

  it('refuses a megabyte string before looking at it', () => {
    expect(rejectQuickly('x+'.repeat(500_000)).message).to.contain('too long');
  });

  // x followed by n copies of "+x": one variable node plus n add nodes.
  const sumOfX = (nodes: number): string => `x${'+x'.repeat(nodes - 1)}`;

  it(`accepts exactly LIMITS.maxNodes (${LIMITS.maxNodes}) nodes`, () => {
    expect(() => parse(sumOfX(LIMITS.maxNodes))).not.to.throw();
  });

  it('refuses more than LIMITS.maxNodes nodes', () => {
    const error = rejectQuickly(sumOfX(LIMITS.maxNodes + 1));
    expect(error.message).to.equal(
      `the expression is too large (more than ${LIMITS.maxNodes} nodes)`,
    );
  });

  it('counts each number as a node but each variable once', () => {
    // 1+1+...: n ones and n-1 adds; 200 ones make 399 nodes.
    expect(() => parse(`1${'+1'.repeat(199)}`)).not.to.throw();
    expect(rejectQuickly(`1${'+1'.repeat(201)}`).message).to.contain('too large');
  });

  it(`accepts nesting exactly LIMITS.maxDepth (${LIMITS.maxDepth}) deep`, () => {
    const depth = LIMITS.maxDepth;
    expect(() => parse(`${'('.repeat(depth)}x${')'.repeat(depth)}`)).not.to.throw();
    expect(() => parse(`${'-'.repeat(depth)}x`)).not.to.throw();
    expect(() => parse(`${'exp('.repeat(depth)}x${')'.repeat(depth)}`)).not.to.throw();
  });

  for (const [kind, text] of [
    ['parentheses', `${'('.repeat(LIMITS.maxDepth + 1)}x${')'.repeat(LIMITS.maxDepth + 1)}`],
    ['unary minus', `${'-'.repeat(LIMITS.maxDepth + 1)}x`],
    ['calls', `${'exp('.repeat(LIMITS.maxDepth + 1)}x${')'.repeat(LIMITS.maxDepth + 1)}`],
    [
      'a right-associative ^ chain',
      Array(LIMITS.maxDepth + 2)
        .fill('1')
        .join('^'),
    ],
    ['unclosed parentheses up to the length limit', '('.repeat(LIMITS.maxLength)],
  ]) {
    it(`refuses ${kind} nested deeper than LIMITS.maxDepth`, () => {
      expect(rejectQuickly(text).message).to.equal(
        `the expression nests too deeply (more than ${LIMITS.maxDepth} levels)`,
      );
    });
  }
});
