import { expect } from '@open-wc/testing';
import { gradients, parse } from '../../src/core/index.js';

/** Operator precedence, associativity and number syntax, checked by the values they produce. */

const valueOf = (text: string, values: Record<string, number> = {}): number =>
  gradients(text, values).value;

describe('parser precedence and numbers', () => {
  it('* binds tighter than +: 2+3*4 = 14', () => {
    expect(valueOf('2+3*4')).to.equal(14);
  });

  it('^ is right-associative: 2^3^2 = 2^9 = 512', () => {
    expect(valueOf('2^3^2')).to.equal(512);
  });

  it('unary minus binds looser than ^: -x^2 at x = 3 is -9', () => {
    expect(valueOf('-x^2', { x: 3 })).to.equal(-9);
    expect(valueOf('(-x)^2', { x: 3 })).to.equal(9);
  });

  it('unary minus binds tighter than *: -2*3 = -6, and 2*-3 = -6', () => {
    expect(valueOf('-2*3')).to.equal(-6);
    expect(valueOf('2*-3')).to.equal(-6);
    expect(parse('-2*3').output.op).to.equal('mul');
  });

  it('parentheses override precedence: (2+3)*4 = 20', () => {
    expect(valueOf('(2+3)*4')).to.equal(20);
  });

  it('- and / are left-associative: 10-4-3 = 3, 8/4/2 = 1', () => {
    expect(valueOf('10-4-3')).to.equal(3);
    expect(valueOf('8/4/2')).to.equal(1);
  });

  it('a negative exponent: 2^-1 = 0.5', () => {
    expect(valueOf('2^-1')).to.equal(0.5);
  });

  it('numbers: 0.5, .5, 2e-3, 1E2, 3.', () => {
    expect(valueOf('0.5')).to.equal(0.5);
    expect(valueOf('.5')).to.equal(0.5);
    expect(valueOf('2e-3')).to.equal(0.002);
    expect(valueOf('1E2')).to.equal(100);
    expect(valueOf('3.')).to.equal(3);
  });

  it('keeps the text of a number as the constant label', () => {
    expect(parse('2e-3').output.label).to.equal('2e-3');
  });

  it('ignores whitespace, including tabs and newlines', () => {
    expect(valueOf(' 2 *\t3 +\n1 ')).to.equal(7);
  });
});
