import { expect } from '@open-wc/testing';
import { countOps } from '../../src/core/index.js';

/**
 * The multiply-add counts the "why reuse matters" widget plots, against the formulas written
 * out independently here (n_l is the width of layer l, products p_l = n_l n_{l+1}).
 */

const products = (sizes: readonly number[]): number[] =>
  sizes.slice(0, -1).map((n, l) => n * sizes[l + 1]);
const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

function expectedCounts(sizes: readonly number[]) {
  const p = products(sizes);
  return {
    // Each weight is used once going forward.
    forward: sum(p),
    // Deltas through W^T for every layer but the first, then one product per weight gradient.
    backward: sum(p.slice(1)) + sum(p),
    // Each weight re-derives its whole chain from the loss: 1 + everything above its layer.
    naive: sum(p.map((pl, l) => pl * (1 + sum(p.slice(l + 1))))),
  };
}

describe('countOps', () => {
  for (const sizes of [
    [2, 3, 1],
    [3, 4, 4, 2],
    [1, 5, 1],
    [2, 2, 2, 2, 2],
    [784, 128, 64, 10],
  ]) {
    it(`matches the formulas for ${sizes.join('-')}`, () => {
      expect(countOps(sizes)).to.deep.equal(expectedCounts(sizes));
    });
  }

  it('gives the worked numbers for 2-3-1: forward 9, backward 12, naive 27', () => {
    // p = [6, 3]: forward 6+3; backward 3 + 9; naive 6*(1+3) + 3*1.
    expect(countOps([2, 3, 1])).to.deep.equal({ forward: 9, backward: 12, naive: 27 });
  });

  it('reuse wins by more as the network gets deeper', () => {
    const ratio = (sizes: number[]) => countOps(sizes).naive / countOps(sizes).backward;
    expect(ratio([8, 8, 8, 8])).to.be.above(ratio([8, 8, 8]));
    expect(ratio([8, 8, 8, 8, 8])).to.be.above(ratio([8, 8, 8, 8]));
  });
});
