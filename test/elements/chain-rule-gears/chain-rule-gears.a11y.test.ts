import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/chain-rule-gears/define.js';
import type {
  ChainRuleGears,
  ChainRuleGearsDetail,
} from '../../../src/elements/chain-rule-gears/chain-rule-gears.js';
import { loadTex } from '../../../src/internal/tex.js';
import { axeProblems } from '../../conformance/axe.js';
import { contrast, over, rgba } from '../../conformance/colours.js';
import { backgroundOf, weakStrokes } from '../../conformance/contrast.js';
import { SYSTEM_COLOUR, forcedValues } from '../../conformance/forced-colours.js';
import { expectUntouched, plainAndHostile } from '../../conformance/host-css.js';
import { accessibleName, keysOnScrolledPage, tabStops } from '../../conformance/keyboard.js';
import { expectOneAnnouncementPerDrag } from '../../conformance/live-region.js';
import { resetPageState } from '../../conformance/page-state.js';
import { centre, movableFixture, pressAndDrag, releaseAt } from '../../conformance/pointer.js';
import { settle } from '../../conformance/settle.js';
import { $, $$ } from '../../conformance/shadow.js';

/**
 * Every stroke the diagram draws that a reader needs, against what lies under it: the element's
 * background, except the grip's centre line, which sits on the grip. The grip's own halo (drawn
 * in the background colour to part it from the rack) is not a line to follow.
 */
function weakLines(element: ChainRuleGears): string[] {
  const background = backgroundOf(element);
  const grip = over(rgba(getComputedStyle($(element, '.handle-grip')).fill), background);
  const weak = weakStrokes(element, {
    skip: (node) => node.matches('.handle-grip'),
    under: (node) => (node.matches('.handle-line') ? grip : undefined),
    // The direction arrows' halo is the background colour, there to part the arrow from the body.
    halos: true,
  });
  // The markers a reader follows: the grip itself, and each gear's index mark on its body.
  const markers: [string, number][] = [['handle-grip fill', contrast(grip, background)]];
  for (const gear of $$(element, '.gear')) {
    const body = over(rgba(getComputedStyle(gear.querySelector('.gear-body')!).fill), background);
    const mark = rgba(getComputedStyle(gear.querySelector('.gear-mark')!).stroke);
    markers.push([`gear-mark on gear ${gear.getAttribute('data-stage')}`, contrast(mark, body)]);
    const arrow = rgba(getComputedStyle(gear.querySelector('.direction-arc')!).stroke);
    markers.push([`direction on gear ${gear.getAttribute('data-stage')}`, contrast(arrow, body)]);
  }
  for (const [name, ratio] of markers) if (ratio < 3) weak.push(`${name}: ${ratio.toFixed(2)}`);
  return weak;
}

describe('<chain-rule-gears> accessibility in any host page', () => {
  afterEach(resetPageState);

  describe('keyboard', () => {
    /** Tabs from a button before the element to the one after it, naming each stop inside. */
    async function namedStops(
      ratios: string,
    ): Promise<{ element: ChainRuleGears; names: string[] }> {
      const { element, stops } = await tabStops<ChainRuleGears>(
        html`<chain-rule-gears ratios=${ratios}></chain-rule-gears>`,
      );
      return { element, names: stops.map(accessibleName) };
    }

    it('takes one Tab stop for the lever, one for the gear train and one for Reset, all named', async () => {
      const { names } = await namedStops('2 3');
      expect(names).to.have.length(3);
      expect(names[0]).to.equal('lever displacement');
      expect(names[1]).to.equal('gear 1: ratio 2; turned 2 degrees, counted clockwise');
      expect(names[2]).to.match(/^Reset lever/);
      for (const name of names) expect(name).to.match(/\w/);
    });

    it('takes the same three Tab stops for a six-stage chain', async () => {
      const { element, names } = await namedStops('1 2 -1 0 3 1');
      expect(names).to.have.length(3);
      expect(names[1]).to.match(/^gear 1: /);
      // Every gear is still reachable, by arrows inside the train, each with its own name.
      $<SVGGElement>(element, '.gear[data-stage="1"]').focus();
      const gears: string[] = [];
      for (let step = 0; step < 6; step++) {
        gears.push(element.shadowRoot!.activeElement!.getAttribute('aria-label')!);
        await sendKeys({ press: 'ArrowRight' });
      }
      expect(gears.map((name) => name.split(':')[0])).to.deep.equal([
        'gear 1',
        'gear 2',
        'gear 3',
        'gear 4',
        'gear 5',
        'gear 6',
      ]);
      expect(gears[3]).to.equal(
        'gear 4: disengaged, ratio 0: it does not turn; turned 0 degrees, counted clockwise',
      );
      expect($$(element, '.factor[tabindex]'), 'factors are not Tab stops').to.have.length(0);
    });

    it('keeps Home, End, Page Up and Page Down on the lever, not the page', async () => {
      const { element, seen } = await keysOnScrolledPage(
        () =>
          fixture<ChainRuleGears>(
            html`<chain-rule-gears ratios="2 3" input="1"></chain-rule-gears>`,
          ),
        (gears) => $<SVGGElement>(gears, '[role="slider"]'),
        ['End', 'PageDown', 'Home', 'PageUp'],
        (gears) => gears.value,
      );
      expect(seen).to.deep.equal([10, 9, -10, -9]);
      const handle = $<SVGGElement>(element, '[role="slider"]');
      expect(handle.getAttribute('aria-describedby')).to.be.a('string');
      const hint = element.shadowRoot!.getElementById(handle.getAttribute('aria-describedby')!);
      expect(hint!.textContent).to.contain('Home');
    });

    it('draws the solid focus ring on a focused gear, and only a dashed ring on a pointed-at one', async () => {
      const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
      await settle(element);
      const [x, y] = centre($(element, '.gear[data-stage="2"] .hub'));
      await sendMouse({ type: 'move', position: [x, y] });
      await settle(element);
      const pointed = getComputedStyle($(element, '.gear[data-stage="2"] .gear-ring'));
      const focusColour = rgba(getComputedStyle(element).getPropertyValue('--bp-focus'));
      expect(pointed.strokeDasharray).to.not.equal('none');
      expect(rgba(pointed.stroke)).to.not.deep.equal(focusColour);
      await resetMouse();
      $<SVGGElement>(element, '[role="slider"]').focus();
      await sendKeys({ press: 'Tab' });
      await settle(element);
      const gear = $(element, '.gear[data-stage="1"]');
      expect(element.shadowRoot!.activeElement).to.equal(gear);
      expect(gear.classList.contains('active'), 'focus also points at it').to.be.true;
      const ring = getComputedStyle(gear.querySelector('.gear-ring')!);
      expect(ring.strokeDasharray).to.equal('none');
      expect(rgba(ring.stroke)).to.deep.equal(focusColour);
      // Hover on the lever is not the focus ring either.
      const [hx, hy] = centre($(element, '.handle-grip'));
      await sendMouse({ type: 'move', position: [hx, hy] });
      const hovered = getComputedStyle($(element, '.handle-ring'));
      expect(rgba(hovered.stroke)).to.not.deep.equal(focusColour);
    });
  });

  describe('screen readers', () => {
    it('announces a drag once, on release, not on each of 25 moves', async () => {
      const element = await fixture<ChainRuleGears>(
        html`<chain-rule-gears ratios="2 3" input="-5"></chain-rule-gears>`,
      );
      await settle(element);
      const [x, y] = centre($(element, '.handle-grip'));
      await expectOneAnnouncementPerDrag(
        element,
        [x, y],
        (step) => [x + step * 4, y],
        () => {
          expect(element.value, 'the lever followed').to.be.greaterThan(-5);
        },
      );
      expect($(element, '[role="status"]').textContent).to.contain('gear 2 turns');
    });

    it('says where a drag left the lever: its value text and every gear name', async () => {
      const spokenTexts = (element: ChainRuleGears): (string | null)[] => [
        $(element, '[role="slider"]').getAttribute('aria-valuetext'),
        ...$$(element, '.gear').map((gear) => gear.getAttribute('aria-label')),
      ];
      const element = await fixture<ChainRuleGears>(
        html`<chain-rule-gears ratios="2 -3" input="-5"></chain-rule-gears>`,
      );
      await settle(element);
      const [x, y] = centre($(element, '.handle-grip'));
      await pressAndDrag(element, [x, y], [x + 30, y]);
      await sendMouse({ type: 'move', position: [x + 60, y] });
      await releaseAt(element, [x + 90, y]);
      const stopped = element.value;
      expect(stopped, 'the lever followed').to.be.greaterThan(-5);
      const fresh = await fixture<ChainRuleGears>(
        html`<chain-rule-gears ratios="2 -3" input=${stopped}></chain-rule-gears>`,
      );
      await settle(fresh);
      expect(spokenTexts(element)).to.deep.equal(spokenTexts(fresh));
    });

    it("reads the equation by its columns' names, with no MathML beneath them read twice", async () => {
      const element = await fixture<ChainRuleGears>(
        html`<chain-rule-gears ratios="2 -3"></chain-rule-gears>`,
      );
      await loadTex();
      await settle(element);
      const columns = $$(element, '.equation > .column');
      expect(columns).to.have.length(5);
      for (const column of columns) {
        const named = column.getAttribute('role') === 'img' && column.getAttribute('aria-label');
        expect(named || column.getAttribute('aria-hidden') === 'true', column.className).to.be.ok;
        // Typeset for the eye: the numbers are drawn, nothing inside is a second reading.
        expect(column.querySelector('.katex-html'), column.className).to.exist;
        expect(column.querySelectorAll('math').length, column.className).to.equal(0);
      }
      expect($(element, '.factor[data-stage="2"]').getAttribute('aria-label')).to.contain(
        'minus 3',
      );
      expect($(element, '.total .num .katex-html').textContent).to.equal('\u22126');
    });
  });

  describe('contrast', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`draws every line and marker at 3:1 or more in ${scheme} mode`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const element = await fixture<ChainRuleGears>(
          html`<chain-rule-gears ratios="1.5 -2 0 3"></chain-rule-gears>`,
        );
        await settle(element);
        // One gear pointed at, so its ring is checked too.
        const [x, y] = centre($(element, '.gear[data-stage="2"] .hub'));
        await sendMouse({ type: 'move', position: [x, y] });
        await settle(element);
        expect(weakLines(element)).to.deep.equal([]);
      });
    }
  });

  describe('forced colours', () => {
    it('turns outlines and marks into system colours in forced-colors mode', async () => {
      const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
      for (const token of [
        '--chain-rule-gears-metal',
        '--chain-rule-gears-edge',
        '--chain-rule-gears-mark',
        '--bp-line',
        '--bp-focus',
        '--bp-bg',
      ]) {
        expect(forcedValues(element, token), token).to.have.length.greaterThan(0);
        for (const value of forcedValues(element, token))
          expect(value, token).to.match(SYSTEM_COLOUR);
      }
    });
  });

  describe('host pages', () => {
    it('keeps formula and label text unchanged under hostile inherited CSS', async () => {
      await loadTex();
      const [plain, hostile] = await plainAndHostile<ChainRuleGears>(
        html`<chain-rule-gears ratios="2 3" labels="lever, gear one"></chain-rule-gears>`,
        700,
      );
      expectUntouched(
        plain,
        hostile,
        [
          '.readout[data-stage="1"] .name',
          '.formula-title',
          '.summary',
          '.factor[data-stage="1"] .sym',
          'button',
        ],
        (style, selector) => expect(style.fontStyle, selector).to.equal('normal'),
      );
    });

    it('maps the pointer through a rotated container', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 400px; margin: 200px; transform: rotate(90deg)">
          <chain-rule-gears ratios="2 3" input="0"></chain-rule-gears>
        </div>`,
      );
      const element = wrapper.querySelector('chain-rule-gears') as ChainRuleGears;
      await settle(element);
      const ticks = $$(element, '.ruler line:not(.rail)');
      const [x0, y0] = centre(ticks[0]);
      const [x1, y1] = centre(ticks[ticks.length - 1]);
      // One unit of lever travel on screen, wherever the rotation points it.
      const unit = [(x1 - x0) / (ticks.length - 1), (y1 - y0) / (ticks.length - 1)];
      expect(Math.abs(unit[1]), 'the ruler runs down the screen').to.be.greaterThan(5);
      const [x, y] = centre($(element, '.handle-grip'));
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({
        type: 'move',
        position: [Math.round(x + 3 * unit[0]), Math.round(y + 3 * unit[1])],
      });
      await sendMouse({ type: 'up' });
      await settle(element);
      expect(element.value).to.be.closeTo(3, 0.1 + 1e-9);
    });

    it('ends a drag when the page moves the element mid-drag', async () => {
      const { element, moveAway } = await movableFixture<ChainRuleGears>(
        html`<chain-rule-gears ratios="2 3" input="0"></chain-rule-gears>`,
      );
      const changes: ChainRuleGearsDetail[] = [];
      element.addEventListener('change', (event) => changes.push(event.detail));
      const [x, y] = centre($(element, '.handle-grip'));
      await pressAndDrag(element, [x, y], [x + 40, y]);
      const moved = element.value;
      expect(moved).to.be.greaterThan(0);
      await moveAway();
      expect(
        changes.map((detail) => detail.value),
        'the drag ended with one change',
      ).to.deep.equal([moved]);
      expect($(element, 'svg').classList.contains('dragging')).to.be.false;
      await releaseAt(element, [x + 120, y + 200]);
      expect(element.value, 'later moves do not drag').to.equal(moved);
      expect(changes).to.have.length(1);
    });

    it('prints the figure whole, without its button', async () => {
      const element = await fixture<ChainRuleGears>(html`<chain-rule-gears></chain-rule-gears>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(element, 'button')).display).to.equal('none');
      expect(getComputedStyle(element).breakInside).to.equal('avoid');
      expect(getComputedStyle($(element, 'svg')).display).to.not.equal('none');
    });
  });

  it('passes axe, best practices included, with two copies on one page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <chain-rule-gears ratios="2 3"></chain-rule-gears>
        <chain-rule-gears ratios="1.5 -2 0 3" labels="w, z, a, L"></chain-rule-gears>
      </main>`,
    );
    for (const element of wrapper.querySelectorAll('chain-rule-gears'))
      await settle(element as ChainRuleGears);
    expect(await axeProblems(wrapper)).to.deep.equal([]);
  });

  it('passes axe, best practices included, on a six-stage chain with focus inside the gears', async () => {
    const element = await fixture<ChainRuleGears>(
      html`<chain-rule-gears
        ratios="1 2 -1 0 3 1"
        labels="x, a, b, c, d, e, L"
      ></chain-rule-gears>`,
    );
    await settle(element);
    $<SVGGElement>(element, '.gear[data-stage="1"]').focus();
    await sendKeys({ press: 'End' });
    await settle(element);
    expect($(element, '.factor[data-stage="6"]').classList.contains('active')).to.be.true;
    expect(await axeProblems(element)).to.deep.equal([]);
  });
});
