import { expect } from '@open-wc/testing';
// The shared English messages (the spoken minus), which loading the element registers.
import '../../../src/internal/messages.js';
import {
  LEVER_RANGE,
  chainProduct,
  factorTex,
  stageOutputs,
  totalTex,
} from '../../../src/elements/chain-rule-gears/chain-math.js';
import {
  ADDENDUM,
  PITCH,
  gearPath,
  layoutTrain,
  pitchRadiusFor,
  type GearLayout,
} from '../../../src/elements/chain-rule-gears/gear-geometry.js';
import { stageUnits, narrateChain } from '../../../src/elements/chain-rule-gears/stage-text.js';

// The pure modules behind the element (arithmetic, geometry, words), checked without a page; the
// model's rules are in chain-rule-gears-model.test.ts.
/** Tooth centres of a gear on its pitch circle, in diagram coordinates. */
function toothCentres(gear: GearLayout): [number, number][] {
  return Array.from({ length: gear.teeth }, (_, i) => {
    const angle = ((gear.phase + (360 * i) / gear.teeth) * Math.PI) / 180;
    return [
      gear.cx + gear.pitchRadius * Math.cos(angle),
      gear.cy + gear.pitchRadius * Math.sin(angle),
    ];
  });
}

const closest = (a: [number, number][], b: [number, number][]): number =>
  Math.min(...a.flatMap(([x1, y1]) => b.map(([x2, y2]) => Math.hypot(x1 - x2, y1 - y2))));

describe('chain-rule-gears geometry and arithmetic (no DOM)', () => {
  it('multiplies each stage by its ratio and stops after a zero', () => {
    expect(stageOutputs([2, 3], 1)).to.deep.equal([2, 6]);
    expect(stageOutputs([2, 0, -3], -1)).to.deep.equal([-2, 0, 0]);
    expect(Object.is(stageOutputs([0, -3], 1)[1], -0)).to.be.false;
    expect(chainProduct([1.5, -2, 0.5, 3])).to.equal(-4.5);
    expect(Object.is(chainProduct([0, -1]), -0)).to.be.false;
  });

  it('writes the chain-rule factors with x for the lever and y_k for the gears', () => {
    expect(factorTex(1)).to.equal('\\dfrac{dy_{1}}{dx}');
    expect(factorTex(3)).to.equal('\\dfrac{dy_{3}}{dy_{2}}');
    expect(totalTex(2)).to.equal('\\dfrac{dy_{2}}{dx}');
  });

  it('gives a faster stage a smaller gear, with an odd tooth count on the shared pitch', () => {
    const sizes = [0, 0.5, 1, 2, 3, 10].map((ratio) => pitchRadiusFor(ratio));
    for (let i = 1; i < sizes.length; i++) {
      expect(sizes[i].radius).to.be.at.most(sizes[i - 1].radius);
    }
    expect(pitchRadiusFor(3).radius).to.be.lessThan(pitchRadiusFor(2).radius);
    expect(pitchRadiusFor(-3).radius).to.equal(pitchRadiusFor(3).radius);
    for (const { radius, teeth } of sizes) {
      expect(teeth % 2).to.equal(1);
      expect((2 * Math.PI * radius) / teeth).to.be.closeTo(PITCH, 1e-9);
    }
  });

  for (const ratios of [
    [2, 3],
    [0.5, 4, 1, 0.8, 2, 6],
    [1.5, -2, 0.5, 3],
  ]) {
    it(`meshes neighbours tooth-into-gap for ratios ${ratios.join(' ')}`, () => {
      const { gears } = layoutTrain(ratios);
      for (let k = 1; k < gears.length; k++) {
        const [driver, driven] = [gears[k - 1], gears[k]];
        const distance = Math.hypot(driven.cx - driver.cx, driven.cy - driver.cy);
        // Close enough that teeth overlap in depth...
        expect(distance).to.be.lessThan(driver.tipRadius + driven.tipRadius - ADDENDUM);
        // ...and placed so that no tooth lands on a tooth.
        expect(closest(toothCentres(driver), toothCentres(driven))).to.be.greaterThan(0.4 * PITCH);
      }
    });
  }

  it('pulls a zero-ratio gear out of mesh and keeps later gears clear of the rack', () => {
    const { gears, rack } = layoutTrain([2, 0, 0.5]);
    const [first, stopped, big] = gears;
    expect(stopped.disengaged).to.be.true;
    expect(Math.hypot(stopped.cx - first.cx, stopped.cy - first.cy)).to.be.greaterThan(
      first.tipRadius + stopped.tipRadius,
    );
    for (const gear of [stopped, big]) {
      expect(gear.cy - gear.tipRadius).to.be.greaterThan(rack.pitchY + ADDENDUM);
    }
  });

  it('hangs gear 1 from the rack with a tooth in a rack gap, and spans the lever travel', () => {
    const layout = layoutTrain([2, 3]);
    const gear = layout.gears[0];
    expect(gear.cy - gear.pitchRadius).to.be.closeTo(layout.rack.pitchY, 1e-9);
    const nearest = Math.min(...layout.rack.toothXs.map((x) => Math.abs(x - gear.cx)));
    expect(nearest).to.be.closeTo(PITCH / 2, 1e-9);
    const { ruler } = layout;
    expect(ruler.zeroX - LEVER_RANGE * ruler.unit).to.be.closeTo(ruler.x0, 1e-9);
    expect(ruler.zeroX + LEVER_RANGE * ruler.unit).to.be.closeTo(ruler.x1, 1e-9);
    expect(ruler.x1).to.be.lessThan(layout.width);
    const right = Math.max(...layout.gears.map((g) => g.cx + g.tipRadius));
    expect(right).to.be.at.most(layout.width);
  });

  it('draws each gear as one closed path with finite numbers', () => {
    const path = gearPath(21, pitchRadiusFor(1).radius);
    expect(path).to.match(/^M /);
    expect(path).to.not.match(/NaN|Infinity/);
    expect(path.match(/Z/g)!.length).to.be.greaterThan(1);
  });

  it('fills missing units from the previous gear and words the narration', () => {
    expect(stageUnits([], 2)).to.deep.equal(['cm', '°', '°']);
    expect(stageUnits(['m', 'rad'], 3)).to.deep.equal(['m', 'rad', 'rad', 'rad']);
    expect(narrateChain(['lever', 'gear 1'], ['cm', '°'], -0.5, [4], [-2])).to.equal(
      'lever at minus 0.5 cm; gear 1 turns minus 2 degrees: 4 times minus 0.5.',
    );
  });
});
