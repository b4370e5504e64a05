import { expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { centre } from '../../conformance/pointer.js';
import { screenText } from '../../conformance/screen.js';
import { $, $$ } from '../../conformance/shadow.js';
import {
  drawnTurn,
  expectedOutputs,
  mount,
  pixelsPerUnit,
  pressShifted,
  record,
} from './gears-page.js';

// Keyboard and pointer input of <chain-rule-gears>; the rest of its behaviour is in
// chain-rule-gears.test.ts.
describe('<chain-rule-gears> keyboard and pointer', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
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

    it('narrates a run of keys once they stop, its value text at every key', async () => {
      // Keys faster than a turn (a held key) are said as a drag is: the first at once, the rest
      // once the keys stop, with the gears' names; the focused slider's value text follows each.
      const element = await mount({ ratios: '2 3', input: '1' });
      const handle = $<SVGGElement>(element, '[role="slider"]');
      const gearNames = (): (string | null)[] =>
        $$(element, '.gear').map((gear) => gear.getAttribute('aria-label'));
      const press = async (): Promise<void> => {
        handle.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
        );
        await element.updateComplete;
      };
      await press();
      const first = element.announcement;
      expect(first).to.contain('lever at 1.1 cm');
      const firstNames = gearNames();
      await press();
      await press();
      expect(element.value).to.equal(1.3);
      expect(handle.getAttribute('aria-valuetext')).to.equal('1.3 cm; gear 2 turns 7.8 degrees');
      expect(element.announcement, 'not said key by key').to.equal(first);
      expect(gearNames()).to.deep.equal(firstNames);
      await new Promise((resolve) => setTimeout(resolve, 350));
      await element.updateComplete;
      expect(element.announcement).to.contain('lever at 1.3 cm');
      const fresh = await mount({ ratios: '2 3', input: '1.3' });
      expect(gearNames()).to.deep.equal(
        $$(fresh, '.gear').map((gear) => gear.getAttribute('aria-label')),
      );
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
      // Gear 2 meshes with gear 1, so it turns the other way on screen.
      expect(drawnTurn(element, 2)).to.be.closeTo(-6 * element.value, 1e-9);
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
});
