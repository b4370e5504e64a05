import { expect } from '@open-wc/testing';
import {
  createGears,
  eventDetail,
  focusGear,
  highlight,
  moveLever,
  narration,
  placeLever,
  resetLever,
  unhighlight,
  viewOf,
  withDragging,
  withLabels,
  withRatios,
  withStart,
  withUnits,
} from '../../../src/elements/chain-rule-gears/chain-rule-gears-model.js';
import { leverAtX } from '../../../src/elements/chain-rule-gears/gear-geometry.js';
import { stageNames, stageUnits } from '../../../src/elements/chain-rule-gears/stage-text.js';
import { Localizer } from '../../../src/internal/localizer.js';
import '../../../src/elements/chain-rule-gears/messages.js';

describe('chain-rule-gears model (no DOM)', () => {
  it('starts as the lesson does: ratios 2 and 3, lever at 1, outputs 2 and 6', () => {
    const model = viewOf(createGears());
    expect(model.ratios).to.deep.equal([2, 3]);
    expect(model.value).to.equal(1);
    expect(model.start).to.equal(1);
    expect(model.outputs).to.deep.equal([2, 6]);
    expect(model.product).to.equal(6);
    expect(model.names).to.deep.equal(['lever', 'gear 1', 'gear 2']);
    expect(model.units).to.deep.equal(['cm', '°', '°']);
    expect(model.gearPaths).to.have.length(2);
  });

  it('rebuilds the train for new ratios and never changes the snapshot it was given', () => {
    const before = viewOf(createGears());
    const after = viewOf(withRatios(before, [1.5, -2, 0.5]));
    expect(after.outputs).to.deep.equal([1.5, -3, -1.5]);
    expect(after.product).to.equal(-1.5);
    expect(after.layout.gears).to.have.length(3);
    expect(after.names).to.deep.equal(['lever', 'gear 1', 'gear 2', 'gear 3']);
    expect(before.outputs).to.deep.equal([2, 6]);
    expect(before.layout.gears).to.have.length(2);
  });

  it('drops a highlight on a stage that fewer ratios remove', () => {
    const lit = highlight(withRatios(createGears(), [2, 3, 4]), 3);
    expect(lit.activeStage).to.equal(3);
    expect(withRatios(lit, [2, 3]).activeStage).to.equal(null);
    expect(withRatios(highlight(lit, 2), [5, 6]).activeStage).to.equal(2);
  });

  it('sets both the reset point and the lever from a new start', () => {
    const moved = moveLever(createGears(), 4);
    const started = withStart(moved, -2.5);
    expect(started.start).to.equal(-2.5);
    expect(started.value).to.equal(-2.5);
    expect(viewOf(started).outputs).to.deep.equal([-5, -15]);
  });

  it('snaps a reader move to tenths inside the travel, and returns the same snapshot for no move', () => {
    const model = createGears();
    expect(moveLever(model, 2.04).value).to.equal(2);
    expect(moveLever(model, 0.1 + 0.2).value).to.equal(0.3);
    expect(moveLever(model, 25).value).to.equal(10);
    expect(Object.is(moveLever(model, -0.01).value, -0)).to.be.false;
    expect(moveLever(model, 1.02)).to.equal(model);
  });

  it('places the lever exactly from script, ignoring a value that is not finite', () => {
    const model = createGears();
    expect(placeLever(model, 1.234).value).to.equal(1.234);
    expect(placeLever(model, -40).value).to.equal(-10);
    expect(placeLever(model, Number.NaN)).to.equal(model);
  });

  it('resets to the start, and a reset at the start changes nothing', () => {
    const started = withStart(createGears(), 1.5);
    const moved = moveLever(started, 4);
    expect(resetLever(moved).value).to.equal(1.5);
    expect(resetLever(started)).to.equal(started);
  });

  it('gives the gear train one Tab stop: the last focused gear, kept on a gear that exists', () => {
    const model = withRatios(createGears(), [2, 3, 4]);
    expect(model.currentGear, 'the first gear until the reader focuses another').to.equal(1);
    const focused = focusGear(model, 3);
    expect(focused.currentGear).to.equal(3);
    expect(focused.activeStage, 'a focused gear lights up').to.equal(3);
    expect(focusGear(focused, 3)).to.equal(focused);
    expect(focusGear(focused, 7), 'no such gear').to.equal(focused);
    expect(unhighlight(focused, 3).currentGear, 'leaving keeps the Tab stop').to.equal(3);
    expect(withRatios(focused, [5, 6]).currentGear, 'fewer gears').to.equal(2);
  });

  it('moves the highlight between stages; leaving an old stage keeps the new one', () => {
    const model = highlight(highlight(createGears(), 1), 2);
    expect(model.activeStage).to.equal(2);
    expect(unhighlight(model, 1).activeStage).to.equal(2);
    expect(unhighlight(model, 2).activeStage).to.equal(null);
    expect(highlight(model, 9).activeStage, 'no such stage').to.equal(2);
  });

  it('names and units stages from what the author gave', () => {
    const model = withUnits(withLabels(createGears(), ['w', 'z']), ['Δw', 'Δz']);
    expect(viewOf(model).names).to.deep.equal(['w', 'z', 'gear 2']);
    expect(viewOf(model).units).to.deep.equal(['Δw', 'Δz', 'Δz']);
    expect(narration(model)).to.equal(
      'w at 1 Δw; z turns 2 Δz: 2 times 1; gear 2 turns 6 Δz: 3 times 2.',
    );
  });

  it('hands events fresh arrays, so a listener cannot change the snapshot', () => {
    const model = createGears();
    const detail = eventDetail(model);
    detail.outputs.push(99);
    expect(eventDetail(model).outputs).to.deep.equal([2, 6]);
    expect(detail).to.deep.equal({ value: 1, outputs: [2, 6, 99], product: 6 });
  });

  it('marks a drag without touching anything else', () => {
    const model = createGears();
    const dragging = withDragging(model, true);
    expect(dragging.dragging).to.be.true;
    expect(withDragging(dragging, true)).to.equal(dragging);
    expect(viewOf(withDragging(dragging, false)).outputs).to.deep.equal([2, 6]);
  });

  it('reads a point on the drawn ruler back as a lever position', () => {
    const { layout } = viewOf(createGears());
    const { zeroX, unit, x0, x1 } = layout.ruler;
    expect(leverAtX(layout, zeroX)).to.equal(0);
    expect(leverAtX(layout, zeroX + 5 * unit)).to.be.closeTo(5, 1e-9);
    expect(leverAtX(layout, x0)).to.be.closeTo(-10, 1e-9);
    expect(leverAtX(layout, x1)).to.be.closeTo(10, 1e-9);
  });

  it('keeps only what was set: outputs, names, the drawing and the language are computed', () => {
    const model = createGears();
    expect(Object.keys(model).sort()).to.deep.equal([
      'activeStage',
      'currentGear',
      'dragging',
      'givenLabels',
      'givenUnits',
      'ratios',
      'start',
      'value',
    ]);
    expect(Object.values(model).some((value) => value instanceof Localizer)).to.be.false;
    const english = viewOf(model);
    expect(viewOf(model), 'the same view while nothing changes').to.equal(english);
    const moved = viewOf(moveLever(model, 3));
    expect(moved.outputs).to.deep.equal([6, 18]);
    expect(moved.layout, 'a lever move keeps the drawing').to.equal(english.layout);
    const spanish = viewOf(model, new Localizer('es'));
    expect(spanish.layout, 'so does another language').to.equal(english.layout);
    expect(spanish.l10n.lang).to.equal('es');
    expect(english.l10n.lang, 'each view in its own language').to.equal('en');
  });

  it('keeps the same names and units while only the lever moves, so the words are not made again', () => {
    const model = withUnits(withLabels(createGears(), ['w', '', 'y']), ['Δw']);
    const english = viewOf(model);
    const moved = viewOf(moveLever(model, 3));
    // The same arrays: the views that show only words (the equation, its summary, the reset
    // button) are kept on a move of the lever by the identity of these.
    expect(moved.names, 'a lever move keeps the names').to.equal(english.names);
    expect(moved.units, 'and the units').to.equal(english.units);
    const es = new Localizer('es');
    const spanish = viewOf(moveLever(model, 4), es);
    expect(spanish.names, 'another language, its own words').to.not.equal(english.names);
    expect(spanish.names).to.deep.equal(stageNames(['w', '', 'y'], 2, es));
    expect(spanish.units).to.deep.equal(stageUnits(['Δw'], 2, es));
    expect(viewOf(moveLever(model, 5)).names, 'back in English').to.deep.equal([
      'w',
      'gear 1',
      'y',
    ]);
    const relabelled = viewOf(withLabels(model, ['lever']));
    expect(relabelled.names).to.deep.equal(['lever', 'gear 1', 'gear 2']);
    const longer = viewOf(withRatios(model, [2, 3, 4]));
    expect(longer.names, 'a stage more, a name more').to.deep.equal(['w', 'gear 1', 'y', 'gear 3']);
    expect(longer.units).to.deep.equal(['Δw', '°', '°', '°']);
  });
});
