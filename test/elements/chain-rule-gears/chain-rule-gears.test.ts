import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/chain-rule-gears/define.js';
import type {
  ChainRuleGears,
  ChainRuleGearsDetail,
} from '../../../src/elements/chain-rule-gears/chain-rule-gears.js';
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
import { runConformanceSuite } from '../../conformance/conformance.js';
import { findNonFinite, screenText, visibleText } from '../../conformance/screen.js';

/** What the lesson and these tests expect: each stage multiplies what it receives. */
function expectedOutputs(ratios: number[], input: number): number[] {
  const outputs: number[] = [];
  let carried = input;
  for (const ratio of ratios) {
    carried *= ratio;
    outputs.push(carried);
  }
  return outputs;
}

async function mount(attributes: Record<string, string> = {}): Promise<ChainRuleGears> {
  const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = Element>(element: ChainRuleGears, selector: string): T =>
  element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = Element>(element: ChainRuleGears, selector: string): T[] =>
  Array.from(element.shadowRoot!.querySelectorAll<T>(selector));

function readouts(element: ChainRuleGears): string[] {
  return $$(element, '.readout .amount').map((node) => node.textContent!.trim());
}

/** The rotation the diagram draws for gear `stage`, in degrees. */
function drawnTurn(element: ChainRuleGears, stage: number): number {
  const turn = $<SVGGElement>(element, `.gear[data-stage="${stage}"] .turn`);
  const match = /rotate\((-?[\d.e+-]+)deg\)/.exec(turn.style.transform);
  expect(match, `rotation of gear ${stage}`).to.not.equal(null);
  return Number(match![1]);
}

/** What has focus inside the element: the lever, a gear by its stage, or a button's text. */
function describeFocus(element: ChainRuleGears): string {
  const active = element.shadowRoot!.activeElement;
  if (!active) return 'nothing';
  if (active.getAttribute('role') === 'slider') return 'lever';
  if (active.classList.contains('gear')) return `gear ${active.getAttribute('data-stage')}`;
  return active.textContent!.trim();
}

function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Screen pixels per unit of lever travel, measured from the ruler's −10 and +10 ticks. */
function pixelsPerUnit(element: ChainRuleGears): number {
  const ticks = $$(element, '.ruler line:not(.rail)');
  const first = ticks[0].getBoundingClientRect();
  const last = ticks[ticks.length - 1].getBoundingClientRect();
  return (last.left - first.left) / (ticks.length - 1);
}

/** Presses a key with Shift held, as a reader asking for a coarse step. */
async function pressShifted(key: string): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

function record(element: ChainRuleGears): Record<'input' | 'change', ChainRuleGearsDetail[]> {
  const events = { input: [] as ChainRuleGearsDetail[], change: [] as ChainRuleGearsDetail[] };
  for (const name of ['input', 'change'] as const) {
    element.addEventListener(name, (event) =>
      events[name].push((event as CustomEvent<ChainRuleGearsDetail>).detail),
    );
  }
  return events;
}

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
        outputs.forEach((value, i) => expect(drawnTurn(element, i + 1)).to.be.closeTo(value, 1e-9));
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
      expect(size(2)).to.be.lessThan(size(1));
      expect(size(3)).to.be.greaterThan(size(1));
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

  describe('keyboard', () => {
    it('moves the lever with arrows, Shift for coarse, Page and Home/End keys', async () => {
      const element = await mount({ ratios: '2 3', input: '1' });
      const events = record(element);
      const handle = $<SVGGElement>(element, '[role="slider"]');
      handle.focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(element.value).to.equal(1.1);
      expect(events.input.at(-1)!.value).to.equal(1.1);
      events.input
        .at(-1)!
        .outputs.forEach((value, i) =>
          expect(value).to.be.closeTo(expectedOutputs([2, 3], 1.1)[i], 1e-12),
        );
      expect(events.change).to.have.length(1);
      expect(handle.getAttribute('aria-valuenow')).to.equal('1.1');

      await pressShifted('ArrowRight');
      expect(element.value).to.equal(2.1);
      await sendKeys({ press: 'ArrowDown' });
      expect(element.value).to.equal(2);
      await sendKeys({ press: 'PageDown' });
      expect(element.value).to.equal(1);
      await pressShifted('ArrowLeft');
      expect(element.value).to.equal(0);
      await sendKeys({ press: 'End' });
      expect(element.value).to.equal(10);
      await sendKeys({ press: 'PageUp' });
      expect(element.value, 'the lever stops at its end').to.equal(10);
      await sendKeys({ press: 'Home' });
      expect(element.value).to.equal(-10);
      expect(events.input.map((detail) => detail.value)).to.deep.equal([
        1.1, 2.1, 2, 1, 0, 10, -10,
      ]);
      expect(events.change.map((detail) => detail.value)).to.deep.equal(
        events.input.map((detail) => detail.value),
      );
      expect(events.change.at(-1)!.product).to.equal(6);
      expect(events.change.at(-1)!.outputs).to.deep.equal([-20, -60]);
    });

    it('narrates each stage in words', async () => {
      const element = await mount({ ratios: '2 -3', input: '1' });
      $<SVGGElement>(element, '[role="slider"]').focus();
      await pressShifted('ArrowRight');
      await element.updateComplete;
      expect(element.announcement).to.equal(
        'lever at 2 cm; gear 1 turns 4 degrees: 2 times 2; gear 2 turns minus 12 degrees: minus 3 times 4.',
      );
      expect(screenText(element)).to.contain('gear 2 turns minus 12 degrees');
      const valueText = $(element, '[role="slider"]').getAttribute('aria-valuetext');
      expect(valueText).to.equal('2 cm; gear 2 turns minus 12 degrees');
    });

    it('resets the lever from the button, as a reader action', async () => {
      const element = await mount({ ratios: '2 3', input: '1.5' });
      const events = record(element);
      $<SVGGElement>(element, '[role="slider"]').focus();
      await sendKeys({ press: 'PageUp' });
      expect(element.value).to.equal(2.5);
      const button = $<HTMLButtonElement>(element, '[part="controls"] button');
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Reset lever to 1.5 cm');
      button.click();
      await element.updateComplete;
      expect(element.value).to.equal(1.5);
      expect(events.change.map((detail) => detail.value)).to.deep.equal([2.5, 1.5]);
    });
  });

  describe('pointer', () => {
    it('drags the handle: input while moving, one change on release', async () => {
      const element = await mount({ ratios: '2 3', input: '1' });
      const events = record(element);
      const perUnit = pixelsPerUnit(element);
      const [x, y] = centre($(element, '.handle-grip'));
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(x + perUnit), y] });
      await sendMouse({ type: 'move', position: [Math.round(x + 2 * perUnit), y] });
      expect(events.change, 'no change while dragging').to.have.length(0);
      await sendMouse({ type: 'up' });
      await element.updateComplete;
      expect(element.value).to.be.closeTo(3, 0.1 + 1e-9);
      expect(events.input.length).to.be.at.least(2);
      expect(events.change).to.have.length(1);
      const change = events.change[0];
      expect(change.value).to.equal(element.value);
      expect(change.outputs).to.deep.equal(expectedOutputs([2, 3], change.value));
      expect(drawnTurn(element, 2)).to.be.closeTo(6 * element.value, 1e-9);
      expect(element.shadowRoot!.activeElement?.getAttribute('role')).to.equal('slider');
      expect(element.announcement).to.contain(`gear 2 turns ${6 * element.value}`.slice(0, 16));
    });

    it('jumps to a point on the ruler, a hit area wider than the handle', async () => {
      const element = await mount({ ratios: '2 3', input: '0' });
      const events = record(element);
      const ticks = $$(element, '.ruler line:not(.rail)');
      const [x] = centre(ticks[15]); // the tick for +5
      const [, y] = centre($(element, '.rack-body'));
      await sendMouse({ type: 'click', position: [x, y] });
      await element.updateComplete;
      expect(element.value).to.be.closeTo(5, 0.1 + 1e-9);
      expect(events.input).to.have.length(1);
      expect(events.change).to.have.length(1);
    });

    it('works with touch-style pointer events dispatched on the lever', async () => {
      const element = await mount({ ratios: '2 3', input: '1' });
      const events = record(element);
      const perUnit = pixelsPerUnit(element);
      const lever = $(element, '.lever');
      const grip = $(element, '.handle-grip');
      const [x, y] = centre(grip);
      const pointer = (type: string, clientX: number) =>
        new PointerEvent(type, {
          pointerId: 7,
          pointerType: 'touch',
          clientX,
          clientY: y,
          button: 0,
          bubbles: true,
          composed: true,
        });
      grip.dispatchEvent(pointer('pointerdown', x));
      lever.dispatchEvent(pointer('pointermove', x - 3 * perUnit));
      lever.dispatchEvent(pointer('pointerup', x - 3 * perUnit));
      await element.updateComplete;
      expect(element.value).to.be.closeTo(-2, 0.1 + 1e-9);
      expect(events.change).to.have.length(1);
      expect(events.change[0].outputs).to.deep.equal(expectedOutputs([2, 3], element.value));
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
        'loss: ratio 3; turned 3 Δz',
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
