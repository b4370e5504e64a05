import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ADDENDUM } from '../../../src/elements/chain-rule-gears/gear-geometry.js';
import { runConformanceSuite } from '../../conformance/conformance.js';
import { centre } from '../../conformance/pointer.js';
import { findNonFinite, visibleText } from '../../conformance/screen.js';
import { $, $$ } from '../../conformance/shadow.js';
import {
  describeFocus,
  drawnTurn,
  expectedOutputs,
  expectedScreenTurns,
  mount,
  pressShifted,
  readouts,
  record,
} from './gears-page.js';

describe('<chain-rule-gears>', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('outputs and product', () => {
    const cases: { ratios: string; list: number[]; input: number }[] = [
      { ratios: '2 3', list: [2, 3], input: 1 },
      { ratios: '1.5, -2, 0.5, 3', list: [1.5, -2, 0.5, 3], input: 2 },
      { ratios: '2 0 3', list: [2, 0, 3], input: 1.5 },
      { ratios: '-1', list: [-1], input: -3 },
      { ratios: '0.8 1.5 -0.5 2 0.7 3', list: [0.8, 1.5, -0.5, 2, 0.7, 3], input: 3 },
    ];
    for (const { ratios, list, input } of cases) {
      it(`multiplies along ratios="${ratios}" with input ${input}`, async () => {
        const element = await mount({ ratios, input: String(input) });
        const outputs = expectedOutputs(list, input);
        const product = list.reduce((a, b) => a * b, 1);
        expect(element.outputs.length).to.equal(list.length);
        element.outputs.forEach((value, i) => expect(value).to.be.closeTo(outputs[i], 1e-12));
        expect(element.product).to.be.closeTo(product, 1e-12);
        expect(element.value).to.equal(input);
        expectedScreenTurns(list, input).forEach((turn, i) =>
          expect(Math.abs(drawnTurn(element, i + 1) - turn)).to.be.below(1e-9),
        );
        expect(findNonFinite(element)).to.equal(null);
      });
    }

    it('gives the lesson numbers: 1 cm of lever, 2° then 6°', async () => {
      const element = await mount({ ratios: '2 3', input: '1', units: 'cm, °, °' });
      expect(element.outputs).to.deep.equal([2, 6]);
      expect(element.product).to.equal(6);
      expect(readouts(element)).to.deep.equal(['+1\u00a0cm', '+2°', '+6°']);
      expect($(element, '.summary').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Each 1 cm of lever turns gear 2 by +6°',
      );
    });

    it('turns meshed gears opposite ways and says how their angles count', async () => {
      // The case: lever +9.3 cm, readings +18.6° and +55.8°; gear 1 clockwise under the
      // rack, gear 2 counter-clockwise, each reading counted along its own arrow.
      const element = await mount({ ratios: '2 3', input: '9.3' });
      expect(readouts(element)).to.deep.equal(['+9.3\u00a0cm', '+18.6°', '+55.8°']);
      expect(drawnTurn(element, 1)).to.be.closeTo(18.6, 1e-9);
      expect(drawnTurn(element, 2)).to.be.closeTo(-55.8, 1e-9);
      const arrows = (selector: string): (string | null)[] =>
        $$(element, selector).map((node) => node.getAttribute('data-direction'));
      expect(arrows('.gear-direction')).to.deep.equal(['clockwise', 'counterclockwise']);
      expect(arrows('.readout .direction-icon')).to.deep.equal(['clockwise', 'counterclockwise']);
      expect($(element, '.convention').textContent).to.contain('Meshed gears turn opposite ways');
      const names = $$(element, '.gear').map((gear) => gear.getAttribute('aria-label'));
      expect(names[0]).to.match(/counted clockwise$/);
      expect(names[1]).to.match(/counted counter-clockwise$/);
    });

    it('draws a gear that turns three times as far at a third of the size', async () => {
      const element = await mount({ ratios: '2 3' });
      // The outline's box spans the tooth tips; the pitch circle is an addendum inside them.
      const radius = (stage: number): number =>
        $<SVGGraphicsElement>(element, `.gear[data-stage="${stage}"] .gear-body`).getBBox().width /
          2 -
        ADDENDUM;
      expect(radius(1) / radius(2)).to.be.closeTo(3, 0.05);
    });

    it('numbers the ruler', async () => {
      const element = await mount({ ratios: '2 3' });
      const numbers = $$(element, '.ruler-number').map((node) => node.textContent!.trim());
      expect(numbers).to.deep.equal(['\u221210', '\u22125', '0', '5', '10']);
    });

    it('stops every gear after a zero ratio and never shows −0', async () => {
      const element = await mount({ ratios: '2 0 3', input: '-1.5' });
      expect(element.outputs).to.deep.equal([-3, 0, 0]);
      expect(Object.is(element.outputs[2], -0)).to.be.false;
      expect(drawnTurn(element, 2)).to.equal(0);
      expect(drawnTurn(element, 3)).to.equal(0);
      expect(readouts(element)).to.deep.equal(['\u22121.5\u00a0cm', '\u22123°', '0°', '0°']);
      expect($(element, '.gear[data-stage="2"]').classList.contains('disengaged')).to.be.true;
      expect(element.product).to.equal(0);
    });

    it('turns a gear with a negative ratio the other way, shown with a sign and colour', async () => {
      const element = await mount({ ratios: '2 -3', input: '1' });
      expect(drawnTurn(element, 1)).to.be.greaterThan(0);
      expect(drawnTurn(element, 2)).to.be.lessThan(0);
      const amounts = $$(element, '.readout .amount');
      expect(amounts[2].textContent!.trim()).to.equal('\u22126°');
      expect(amounts[2].classList.contains('negative')).to.be.true;
      expect(amounts[1].classList.contains('positive')).to.be.true;
    });

    it('draws a faster stage as a smaller gear', async () => {
      const element = await mount({ ratios: '1 4 0.5' });
      const size = (stage: number) =>
        $(element, `.gear[data-stage="${stage}"] .gear-body`).getBoundingClientRect().width;
      // Gear 2 turns 4 times as far as gear 1, gear 3 half as far as gear 2: between the two.
      expect(size(2)).to.be.lessThan(size(1));
      expect(size(3)).to.be.greaterThan(size(2));
      expect(size(3)).to.be.lessThan(size(1));
    });

    it('fits six stages into a 320 px column without overflowing', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <chain-rule-gears ratios="0.8 1.5 -0.5 2 0.7 3"></chain-rule-gears>
        </div>`,
      );
      const element = wrapper.querySelector('chain-rule-gears')!;
      await element.updateComplete;
      const host = element.getBoundingClientRect();
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
      for (const gear of $$(element, '.gear')) {
        const box = gear.getBoundingClientRect();
        expect(box.right).to.be.at.most(host.right);
        expect(box.left).to.be.at.least(host.left);
      }
    });
  });

  describe('the formula', () => {
    it('has one factor per stage, outermost first, with the live numbers', async () => {
      const element = await mount({ ratios: '1.5 -2 0.5 3' });
      const factors = $$(element, '.factor');
      expect(factors.map((factor) => factor.getAttribute('data-stage'))).to.deep.equal([
        '4',
        '3',
        '2',
        '1',
      ]);
      expect(factors.map((factor) => factor.getAttribute('aria-label'))).to.deep.equal([
        'factor for gear 4: d gear 4 over d gear 3 equals 3',
        'factor for gear 3: d gear 3 over d gear 2 equals 0.5',
        'factor for gear 2: d gear 2 over d gear 1 equals minus 2',
        'factor for gear 1: d gear 1 over d lever equals 1.5',
      ]);
      expect($(element, '.total').getAttribute('aria-label')).to.equal(
        'd gear 4 over d lever equals minus 4.5',
      );
    });

    it('follows a change of ratios', async () => {
      const element = await mount({ ratios: '2 3' });
      expect($$(element, '.factor')).to.have.length(2);
      element.setAttribute('ratios', '2 3 4');
      await element.updateComplete;
      expect($$(element, '.factor')).to.have.length(3);
      expect($$(element, '.gear')).to.have.length(3);
      expect(element.product).to.equal(24);
      expect($(element, '.total').getAttribute('aria-label')).to.contain('equals 24');
    });

    it('typesets the factors with KaTeX', async () => {
      const element = await mount({ ratios: '2 3' });
      const { loadTex } = await import('../../../src/internal/tex.js');
      await loadTex();
      await element.updateComplete;
      const factor = $(element, '.factor[data-stage="2"]');
      expect(factor.querySelector('.katex .mfrac'), 'a typeset fraction').to.exist;
      expect(factor.querySelector('.num')!.textContent).to.contain('3');
    });
  });

  describe('highlighting', () => {
    it('highlights the factor of the gear under the pointer', async () => {
      const element = await mount({ ratios: '2 3' });
      const [x, y] = centre($(element, '.gear[data-stage="2"] .hub'));
      await sendMouse({ type: 'move', position: [x, y] });
      await element.updateComplete;
      expect($(element, '.factor[data-stage="2"]').classList.contains('active')).to.be.true;
      expect($(element, '.factor[data-stage="1"]').classList.contains('active')).to.be.false;
      expect($(element, '.readout[data-stage="2"]').classList.contains('active')).to.be.true;
      await sendMouse({ type: 'move', position: [1, 1] });
      await element.updateComplete;
      expect($$(element, '.active')).to.have.length(0);
    });

    it('highlights the gear of a factor under the pointer, and the factor of a focused gear', async () => {
      const element = await mount({ ratios: '2 3 4' });
      // Factors are not Tab stops: the focused gear lights its factor instead.
      expect($<HTMLElement>(element, '.factor[data-stage="3"]').tabIndex).to.equal(-1);
      const [fx, fy] = centre($(element, '.factor[data-stage="3"]'));
      await sendMouse({ type: 'move', position: [fx, fy] });
      await element.updateComplete;
      expect($(element, '.gear[data-stage="3"]').classList.contains('active')).to.be.true;
      $<SVGGElement>(element, '.gear[data-stage="1"]').focus();
      await element.updateComplete;
      expect($(element, '.gear[data-stage="3"]').classList.contains('active')).to.be.false;
      expect($(element, '.factor[data-stage="1"]').classList.contains('active')).to.be.true;
      await sendMouse({ type: 'move', position: [1, 1] });
    });

    it('reaches the lever and the gear train with Tab, one stop each, then Reset', async () => {
      const element = await mount({ ratios: '2 3' });
      const before = document.createElement('button');
      before.textContent = 'before';
      element.before(before);
      before.focus();
      const visited: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(describeFocus(element));
      }
      before.remove();
      expect(visited).to.deep.equal(['lever', 'gear 1', 'Reset lever to 1\u00a0cm']);
    });

    it('moves between gears with the arrow keys, the factor following, and Tab returns there', async () => {
      const element = await mount({ ratios: '2 3 4' });
      $<SVGGElement>(element, '.gear[data-stage="1"]').focus();
      const visited: string[] = [];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'Home']) {
        await sendKeys({ press: key });
        await element.updateComplete;
        visited.push(describeFocus(element));
      }
      // Past the last gear the arrow wraps to the first, as rovingIndex does.
      expect(visited).to.deep.equal(['gear 2', 'gear 3', 'gear 1', 'gear 3', 'gear 3', 'gear 1']);
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(
        $$(element, '.factor.active').map((node) => node.getAttribute('data-stage')),
      ).to.deep.equal(['2']);
      expect($$<SVGGElement>(element, '.gear').map((gear) => gear.tabIndex)).to.deep.equal([
        -1, 0, -1,
      ]);
      expect(element.value, 'arrows on a gear leave the lever alone').to.equal(1);
      await sendKeys({ press: 'Tab' });
      await pressShifted('Tab');
      expect(describeFocus(element), 'the group remembers its gear').to.equal('gear 2');
    });
  });

  describe('changes made from code', () => {
    it('fire no events', async () => {
      const element = await mount({ ratios: '2 3', input: '1' });
      const events = record(element);
      element.setAttribute('input', '3');
      await element.updateComplete;
      expect(element.value).to.equal(3);
      expect(element.outputs).to.deep.equal([6, 18]);
      element.value = 4;
      await element.updateComplete;
      expect(element.outputs).to.deep.equal([8, 24]);
      element.ratios = [1, -2];
      await element.updateComplete;
      expect(element.outputs).to.deep.equal([4, -8]);
      expect(element.getAttribute('input'), 'the live value is not reflected').to.equal('3');
      expect(events.input).to.have.length(0);
      expect(events.change).to.have.length(0);
    });

    it('keep the last good ratios when given a bad list', async () => {
      const element = await mount({ ratios: '2 3' });
      element.setAttribute('ratios', '1 2 3 4 5 6 7');
      await element.updateComplete;
      expect(element.outputs).to.deep.equal([2, 6]);
      expect($(element, '[part="error"]').textContent).to.contain('ratios');
      element.ratios = [1, Number.NaN];
      await element.updateComplete;
      expect(element.outputs).to.deep.equal([2, 6]);
      element.ratios = [5];
      await element.updateComplete;
      expect(element.outputs).to.deep.equal([5]);
      expect($(element, '[part="error"]')).to.equal(null);
    });
  });

  describe('labels and units', () => {
    it('names each stage and gives it its unit', async () => {
      const element = await mount({
        ratios: '2 0.5 3',
        input: '1',
        labels: 'weight, pre-activation, activation, loss',
        units: 'Δw, Δz',
      });
      const names = $$(element, '.readout .name').map((node) => node.textContent);
      expect(names).to.deep.equal(['weight', 'pre-activation', 'activation', 'loss']);
      expect(readouts(element)).to.deep.equal([
        '+1\u00a0Δw',
        '+2\u00a0Δz',
        '+1\u00a0Δz',
        '+3\u00a0Δz',
      ]);
      expect($(element, '.gear[data-stage="3"]').getAttribute('aria-label')).to.equal(
        'loss: ratio 3; turned 3 Δz, counted clockwise',
      );
    });
  });

  describe('motion', () => {
    it('animates turns with a CSS transition, and not under reduced motion', async () => {
      const element = await mount({ ratios: '2 3' });
      const turn = $(element, '.gear[data-stage="1"] .turn');
      expect(getComputedStyle(turn).transitionProperty).to.equal('transform');
      expect(getComputedStyle(turn).transitionDuration).to.equal('0.3s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(turn).transitionDuration).to.equal('0s');
    });

    it('turns on a single key, and follows keys faster than a turn at once', async () => {
      const element = await mount({ ratios: '2 3' });
      const handle = $(element, '[role="slider"]');
      const turn = $<HTMLElement>(element, '.gear[data-stage="2"] .turn');
      const press = async (): Promise<void> => {
        handle.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
        );
        await element.updateComplete;
      };
      const drawn = (): string => getComputedStyle(turn).transform;
      const resting = (): string => {
        const probe = document.createElement('div');
        probe.style.transform = turn.style.transform;
        document.body.append(probe);
        const matrix = getComputedStyle(probe).transform;
        probe.remove();
        return matrix;
      };
      // A transition starts from a drawn style: the gear is on screen before the first key.
      expect(drawn()).to.equal(resting());
      await press();
      expect(turn.getAnimations(), 'a single key turns the gear').to.have.length(1);
      expect(drawn(), 'still on its way').to.not.equal(resting());
      await press();
      expect(turn.getAnimations(), 'a key within the turn: no new turn').to.have.length(0);
      expect(drawn(), 'the gear is where the lever says at once').to.equal(resting());
      await new Promise((resolve) => setTimeout(resolve, 350));
      await press();
      expect(turn.getAnimations(), 'after a pause, a key turns again').to.have.length(1);
    });
  });

  runConformanceSuite({
    tag: 'chain-rule-gears',
    attributes: { ratios: '2 3', input: '1', units: 'cm, °, °' },
    badValues: {
      ratios: { bad: ['', 'banana', 'NaN', '1,,2', '1e400', '2 11', '1 2 3 4 5 6 7'], good: '2 3' },
      input: { bad: ['', 'banana', 'Infinity', '1e400', '50'], good: '1' },
      labels: { bad: ['a, b, c, d, e, f, g, h'], good: 'lever, gear 1, gear 2' },
      units: { bad: ['1, 2, 3, 4, 5, 6, 7, 8'], good: 'cm, °, °' },
    },
    interact: async (element) => {
      element.shadowRoot!.querySelector<SVGGElement>('[role="slider"]')!.focus();
      await pressShifted('ArrowRight');
      element.shadowRoot!.querySelector<SVGGElement>('.gear')!.focus();
      await sendKeys({ press: 'ArrowRight' });
    },
    distinguish: { attribute: 'ratios', value: '4 5' },
  });

  it('shows what a reader sees without NaN, before and after a drag to the end', async () => {
    const element = await mount({ ratios: '10 10 10 10 10 10', input: '10' });
    expect(element.product).to.equal(1e6);
    expect(findNonFinite(element)).to.equal(null);
    expect(visibleText(element)).to.contain('+1e+7°');
  });
});
