import { expect } from '@open-wc/testing';
import { formatNumber, texNumber } from '../../src/internal/format.js';

/** What readers see for numbers, in nodes, panels and live regions. */
describe('formatNumber', () => {
  it('shows three decimals below 1,000, without trailing zeros', () => {
    expect(formatNumber(1.449)).to.equal('1.449');
    expect(formatNumber(-0.4651)).to.equal('−0.465');
    expect(formatNumber(2)).to.equal('2');
    expect(formatNumber(1.1)).to.equal('1.1');
    expect(formatNumber(120)).to.equal('120');
  });

  it('keeps large numbers to about six digits so they fit a graph node', () => {
    expect(formatNumber(1234.5678)).to.equal('1234.57');
    expect(formatNumber(12345.67)).to.equal('12345.7');
    expect(formatNumber(-172441.964)).to.equal('−172442');
    expect(formatNumber(100000)).to.equal('100000');
    expect(formatNumber(2.5e6)).to.equal('2.5e+6');
  });

  it('writes tiny numbers with an exponent, and every minus as a true minus', () => {
    expect(formatNumber(-0.00031415)).to.equal('−3.14e−4');
    expect(formatNumber(0.0000123)).to.equal('1.23e−5');
    expect(formatNumber(-0.00031415)).not.to.contain('-');
  });

  it('never shows NaN or Infinity', () => {
    for (const value of [NaN, Infinity, -Infinity]) expect(formatNumber(value)).to.equal('—');
  });

  it('gives TeX a plain minus and a power of ten', () => {
    expect(texNumber(-0.00031415)).to.equal('-3.14 \\times 10^{-4}');
    expect(texNumber(-172441.964)).to.equal('-172442');
  });
});
