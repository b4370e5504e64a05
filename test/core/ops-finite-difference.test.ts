import { expect } from '@open-wc/testing';
import {
  OPS,
  apply,
  centralDifference,
  relativeError,
  variable,
  type OpName,
} from '../../src/core/index.js';

/**
 * Every op's local gradients (node.localGrads, as the backward pass reads them) against central
 * differences of the same node's forward value, at ordinary points and near each op's edges.
 */

interface Point {
  readonly args: readonly number[];
  /**
   * Step for the difference, one per input or one for all. Near a domain edge it is about
   * 1e-4 of the distance to the edge, so the stencil stays inside the domain and stays accurate.
   */
  readonly h?: number | readonly number[];
  /** Inputs whose partial has no two-sided numeric counterpart here (e.g. d/dv of (-2)^v). */
  readonly skip?: readonly number[];
}

const POINTS: Record<OpName, readonly Point[]> = {
  add: [{ args: [1, 2] }, { args: [-3.5, 0.25] }, { args: [1e3, -1e-3] }],
  sub: [{ args: [1, 2] }, { args: [-3.5, 0.25] }, { args: [0, 0] }],
  mul: [{ args: [3, -2] }, { args: [0, 5] }, { args: [-1.5, -0.5] }, { args: [1e3, 1e-3] }],
  div: [
    { args: [1, 2] },
    { args: [-3, 0.5] },
    { args: [2, -4] },
    { args: [1, 1e-3], h: 1e-7 }, // near the pole at v = 0
  ],
  neg: [{ args: [2] }, { args: [-0.5] }, { args: [0] }],
  pow: [
    { args: [2, 3] },
    { args: [1.5, 2.7] },
    { args: [3, -2] },
    { args: [2, 0.5] }, // fractional exponent
    { args: [0.01, 0.5], h: 1e-6 }, // fractional exponent close to the u = 0 edge
    { args: [4, 0] },
    { args: [-2, 3], skip: [1] }, // (-2)^v is real only at whole v: no numeric d/dv
    { args: [-1.5, 2], skip: [1] },
  ],
  exp: [{ args: [0] }, { args: [-20] }, { args: [5] }, { args: [20] }],
  log: [
    { args: [1] },
    { args: [100] },
    { args: [0.5] },
    { args: [1e-3], h: 1e-7 }, // log near 0+: the step must not cross into u <= 0
    { args: [1e-6], h: 1e-10 },
  ],
  sqrt: [{ args: [4] }, { args: [0.25] }, { args: [1e6] }, { args: [1e-6], h: 1e-10 }],
  sin: [{ args: [0] }, { args: [1] }, { args: [-2.5] }, { args: [100] }],
  cos: [{ args: [0] }, { args: [1] }, { args: [-2.5] }, { args: [100] }],
  tanh: [{ args: [0] }, { args: [0.5] }, { args: [-3] }, { args: [20] }],
  sigmoid: [
    { args: [0] },
    { args: [2] },
    { args: [-2] },
    { args: [30] }, // large |z|: the derivative is tiny but must stay finite and non-negative
    { args: [-30] },
    { args: [700] },
    { args: [-700] },
  ],
  relu: [{ args: [3] }, { args: [-2] }, { args: [1e-3] }, { args: [-1e-3] }],
  abs: [{ args: [3] }, { args: [-2] }, { args: [1e-3] }, { args: [-1e-3] }],
  bce: [
    { args: [0.5, 1] },
    { args: [0.3, 0] },
    { args: [0.7, 0.25] },
    { args: [1e-6, 1], h: [1e-10, 1e-5] }, // p near 0: the loss is large and steep
    { args: [1e-6, 0], h: [1e-10, 1e-5] },
    { args: [1 - 1e-6, 0], h: [1e-10, 1e-5] }, // p near 1
    { args: [1 - 1e-6, 1], h: [1e-10, 1e-5] },
  ],
  bce_logits: [
    { args: [0, 1] },
    { args: [2, 0] },
    { args: [-3, 0.25] },
    { args: [40, 0] }, // sigmoid(40) rounds to 1: the loss is about 40 and its slope 1
    { args: [-40, 1] },
    { args: [40, 1] }, // a confident right answer: a tiny loss, a tiny slope
  ],
  mse: [{ args: [0.5, 1] }, { args: [-2, 3] }, { args: [4, 4] }],
};

/** d(op)/d(args[k]) by central differences, moving only that input of a real node. */
function numericPartial(op: OpName, args: readonly number[], k: number, h: number): number {
  const inputs = args.map((value, i) => variable(`u${i}`, value));
  const node = apply(op, ...inputs);
  return centralDifference(
    (t) => {
      inputs[k].value = t;
      node.recompute();
      return node.value;
    },
    args[k],
    h,
  );
}

function analyticPartials(op: OpName, args: readonly number[]): number[] {
  return apply(op, ...args.map((value, i) => variable(`u${i}`, value))).localGrads;
}

describe('every op against central differences', () => {
  it('has points for every op in the table (a new op needs points here)', () => {
    expect(Object.keys(POINTS).sort()).to.deep.equal(Object.keys(OPS).sort());
  });

  for (const [op, points] of Object.entries(POINTS) as [OpName, readonly Point[]][]) {
    for (const { args, h = 1e-5, skip = [] } of points) {
      it(`${op}(${args.join(', ')}): local gradients match central differences`, () => {
        const local = analyticPartials(op, args);
        expect(local).to.have.length(OPS[op].arity);
        local.forEach((analytic, k) => {
          expect(Number.isFinite(analytic), `d${op}/du${k} is finite`).to.equal(true);
          if (skip.includes(k)) return;
          const numeric = numericPartial(op, args, k, typeof h === 'number' ? h : h[k]);
          expect(
            relativeError(analytic, numeric),
            `d${op}/du${k}: autodiff ${analytic}, numeric ${numeric}`,
          ).to.be.below(1e-6);
        });
      });
    }
  }
});

describe('edges of individual ops', () => {
  it('relu and abs have local gradient exactly 0 at 0', () => {
    expect(analyticPartials('relu', [0])[0]).to.equal(0);
    expect(analyticPartials('abs', [0])[0]).to.equal(0);
  });

  it('sigmoid stays finite and in [0, 1] with a non-negative slope at very large |z|', () => {
    for (const z of [-1000, -745, -40, 40, 745, 1000]) {
      const node = apply('sigmoid', variable('z', z));
      expect(node.value, `sigmoid(${z})`).to.be.within(0, 1);
      expect(node.localGrads[0], `sigmoid'(${z})`).to.be.within(0, 0.25);
    }
  });

  it('bce stays finite at p = 0 and p = 1 because the op clamps p', () => {
    for (const [p, y] of [
      [0, 1],
      [1, 0],
      [0, 0],
      [1, 1],
    ]) {
      const node = apply('bce', variable('p', p), variable('y', y));
      expect(Number.isFinite(node.value), `bce(${p}, ${y})`).to.equal(true);
      expect(node.localGrads.every(Number.isFinite), `bce'(${p}, ${y})`).to.equal(true);
    }
    // -ln(1e-12): the worst possible loss, not Infinity.
    expect(apply('bce', variable('p', 0), variable('y', 1)).value).to.be.closeTo(27.631, 1e-3);
  });

  it('pow with a fractional exponent has d/du = v u^(v-1) and d/dv = u^v ln u', () => {
    const [du, dv] = analyticPartials('pow', [9, 0.5]);
    expect(du).to.be.closeTo(0.5 / 3, 1e-15);
    expect(dv).to.be.closeTo(3 * Math.log(9), 1e-14);
  });
});
