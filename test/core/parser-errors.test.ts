import { expect } from '@open-wc/testing';
import { ExpressionError, FUNCTION_NAMES, parse } from '../../src/core/index.js';

/**
 * Malformed input the way a reader types it: each must give an ExpressionError at the exact
 * position the widget underlines, with a message that says what is wrong.
 */

function parseError(text: string): ExpressionError {
  try {
    parse(text);
  } catch (error) {
    expect(error, `parse(${JSON.stringify(text)}) throws an ExpressionError`).to.be.instanceOf(
      ExpressionError,
    );
    return error as ExpressionError;
  }
  throw new Error(`parse(${JSON.stringify(text)}) should have thrown`);
}

const CASES: ReadonlyArray<{ text: string; position: number; message: string }> = [
  { text: '(x+1', position: 4, message: "expected ')' at 4 to close the '(' at 0" },
  { text: 'sigmod(x)', position: 0, message: "unknown function 'sigmod', did you mean 'sigmoid'?" },
  { text: 'Sigmoid(x)', position: 0, message: "did you mean 'sigmoid'?" },
  {
    text: '2x',
    position: 1,
    message: "expected an operator before 'x' at 1 (write * to multiply)",
  },
  { text: 'x y', position: 2, message: "expected an operator before 'y' at 2" },
  { text: 'x +', position: 3, message: 'the expression ends too early' },
  { text: '', position: 0, message: 'the expression is empty' },
  { text: 'x $ 2', position: 2, message: "unexpected character '$' at 2" },
  { text: 'relu', position: 0, message: "'relu' is a function: write relu(...)" },
  { text: 'sin x', position: 0, message: "'sin' is a function" },
  { text: 'bce(x)', position: 0, message: "'bce' takes 2 arguments, got 1" },
  { text: 'exp(x, y)', position: 0, message: "'exp' takes 1 argument, got 2" },
  { text: 'x)', position: 1, message: "unmatched ')' at 1" },
  { text: ')', position: 0, message: "expected a number, name or '(' at 0, found ')'" },
  { text: '()', position: 1, message: "found ')'" },
  { text: '1e999', position: 0, message: 'the number 1e999 at 0 is too large' },
  { text: 'x ** 2', position: 3, message: "found '*'" },
  { text: '* x', position: 0, message: "found '*'" },
  { text: 'sin()', position: 0, message: "'sin' takes 1 argument, got 0" },
  { text: 'sin(x', position: 5, message: "expected ')' at 5 to close the '(' at 3" },
  {
    text: 'f(x)',
    position: 0,
    message: `unknown function 'f' (known: ${FUNCTION_NAMES.join(', ')})`,
  },
  { text: 'x,y', position: 1, message: "unexpected ',' at 1" },
  { text: 'x×2', position: 1, message: "unexpected '×' at 1: write * to multiply" },
  { text: 'x·2', position: 1, message: 'write * to multiply' },
  { text: '1.2.3', position: 3, message: "before '.3'" },
  { text: 'x^', position: 2, message: 'the expression ends too early' },
];

describe('parser errors: position and message', () => {
  for (const { text, position, message } of CASES) {
    it(`${JSON.stringify(text)} fails at ${position}: ${message}`, () => {
      const error = parseError(text);
      expect(error.position).to.equal(position);
      expect(error.message).to.contain(message);
    });
  }

  it('rejects non-string input with an ExpressionError rather than a TypeError', () => {
    expect(parseError(42 as unknown as string).message).to.equal('the expression must be text');
  });
});
