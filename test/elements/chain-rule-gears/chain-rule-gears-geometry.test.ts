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
  MAX_RADIUS,
  MIN_RADIUS,
  gearPath,
  layoutTrain,
  screenTurn,
  toothed,
  type GearLayout,
} from '../../../src/elements/chain-rule-gears/gear-geometry.js';
import { stageUnits, narrateChain } from '../../../src/elements/chain-rule-gears/stage-text.js';

// The pure modules behind the element (arithmetic, geometry, words), checked without a page; the
// model's rules are in chain-rule-gears-model.test.ts.
/**
 * Tooth centres of a gear on its pitch circle, in diagram coordinates, after it has turned
 * `turn` degrees clockwise on screen.
 */
function toothCentres(gear: GearLayout, turn = 0): [number, number][] {
  return Array.from({ length: gear.teeth }, (_, i) => {
    const angle = ((gear.phase + turn + (360 * i) / gear.teeth) * Math.PI) / 180;
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

  it('sizes each gear by its ratio: turning r times as far means 1/r of the radius', () => {
    // Meshed gears roll on their pitch circles, so radius × angle is the same on both sides.
    const [first, second] = layoutTrain([2, 3]).gears;
    expect(first.pitchRadius / second.pitchRadius).to.be.closeTo(3, 0.1);
    const [, slow] = layoutTrain([2, 0.5]).gears;
    expect(slow.pitchRadius / layoutTrain([2, 0.5]).gears[0].pitchRadius).to.be.closeTo(2, 0.1);
    // A reversed stage is sized by its magnitude; the sign only says how its angle is counted.
    const reversed = layoutTrain([1.5, -2]).gears;
    expect(reversed[0].pitchRadius / reversed[1].pitchRadius).to.be.closeTo(2, 0.1);
    // Ratios spread wider than the readable range are clamped at its ends (within one tooth).
    const tooth = toothed(MIN_RADIUS).radius - MIN_RADIUS;
    for (const ratios of [
      [2, 10, 10],
      [1, 0.1, 0.1],
      [0.5, 4, 1, 0.8, 2, 6],
    ]) {
      for (const gear of layoutTrain(ratios).gears) {
        expect(gear.pitchRadius).to.be.within(MIN_RADIUS - 1, MAX_RADIUS + Math.abs(tooth) + 1);
        expect((2 * Math.PI * gear.pitchRadius) / gear.teeth).to.be.closeTo(PITCH, 1e-9);
      }
    }
  });

  it('turns meshed gears opposite ways on screen, the rack turning gear 1 clockwise', () => {
    // Lever +9.3 cm with ratios 2 and 3: readings +18.6° and +55.8°.
    const [first, second] = layoutTrain([2, 3]).gears;
    const [y1, y2] = stageOutputs([2, 3], 9.3);
    expect(screenTurn(first, y1)).to.be.closeTo(18.6, 1e-9);
    expect(screenTurn(second, y2)).to.be.closeTo(-55.8, 1e-9);
    expect([first.direction, second.direction]).to.deep.equal([1, -1]);
    for (const ratios of [
      [2, 3],
      [1.5, -2, 0.5, 3],
      [-1, -1, 2, -0.5, 4, 1],
    ]) {
      const { gears } = layoutTrain(ratios);
      const outputs = stageOutputs(ratios, 1);
      const turns = gears.map((gear, k) => screenTurn(gear, outputs[k]));
      // The rack moves right over gear 1's top, whatever sign its ratio has.
      expect(turns[0]).to.be.greaterThan(0);
      for (let k = 1; k < turns.length; k++) {
        expect(Math.sign(turns[k])).to.equal(-Math.sign(turns[k - 1]));
      }
      // A positive ratio keeps its driver's sign in the readings, a negative one flips it.
      for (let k = 1; k < ratios.length; k++) {
        expect(gears[k].direction === gears[k - 1].direction).to.equal(ratios[k] < 0);
      }
    }
  });

  it('keeps teeth in gaps while the train turns', () => {
    const ratios = [2, 3];
    const { gears } = layoutTrain(ratios);
    for (const lever of [0.5, 1, 3.7, 9.3]) {
      const outputs = stageOutputs(ratios, lever);
      const [driver, driven] = [0, 1].map((k) =>
        toothCentres(gears[k], screenTurn(gears[k], outputs[k])),
      );
      expect(closest(driver, driven), `lever ${lever}`).to.be.greaterThan(0.35 * PITCH);
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

  it('numbers the ruler every five units, from one end of the travel to the other', () => {
    expect(layoutTrain([2, 3]).ruler.labels).to.deep.equal([-10, -5, 0, 5, 10]);
  });

  it('draws each gear as one closed path with finite numbers', () => {
    const path = gearPath(21, toothed(30).radius);
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
