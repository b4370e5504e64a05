import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { axeProblems } from '../../conformance/axe.js';
import { rgba } from '../../conformance/colours.js';
import { weakStrokes } from '../../conformance/contrast.js';
import { forcedValues } from '../../conformance/forced-colours.js';
import { expectUntouched, plainAndHostile } from '../../conformance/host-css.js';
import { accessibleName, tabStops } from '../../conformance/keyboard.js';
import { expectOneAnnouncementPerDrag } from '../../conformance/live-region.js';
import { resetPageState } from '../../conformance/page-state.js';
import { centre, movableFixture, pressAndDrag, releaseAt } from '../../conformance/pointer.js';
import { settle } from '../../conformance/settle.js';
import { bringToFront } from '../../conformance/page-state.js';
import { stepAll } from './step-all.js';
import { $, $$ } from '../../conformance/shadow.js';

/**
 * Every SVG stroke the element draws against its background, stroke and element opacity
 * included. A stroke in the background colour itself is a gap drawn around a marker, not a line.
 */
const weakLines = (element: LayerDelta): string[] =>
  weakStrokes(element, {
    skip: (node) => node.getBoundingClientRect().width === 0,
    opacity: true,
    halos: true,
  });

beforeEach(bringToFront);

describe('<layer-delta> accessibility in any host page', () => {
  afterEach(resetPageState);

  describe('keyboard', () => {
    it('gets past a 4-16-16-16-2 network in a few named Tab stops, one for the network', async () => {
      const { element, stops } = await tabStops<LayerDelta>(
        html`<layer-delta sizes="4 16 16 16 2"></layer-delta>`,
      );
      // Step, Run; four layer buttons; the network; x1–x4, y1–y2; from, to, slider, w.
      expect(stops).to.have.length(17);
      expect(stops.filter((stop) => stop.closest('svg'))).to.have.length(1);
      for (const stop of stops)
        expect(accessibleName(stop), stop.outerHTML.slice(0, 80)).to.match(/\S/);
      expect($$(element, '.connection[tabindex], .connection [tabindex]')).to.deep.equal([]);
    });

    it('moves the network’s one Tab stop with the arrow keys', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><layer-delta sizes="2 3 1"></layer-delta><button>after</button></div>`,
      );
      const element = wrapper.querySelector('layer-delta') as LayerDelta;
      await settle(element);
      $<SVGElement>(element, '[data-unit="0 0"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      expect(element.shadowRoot!.activeElement!.getAttribute('data-unit')).to.equal('1 1');
      const tabStops = $$(element, 'svg [tabindex="0"]');
      expect(tabStops.map((stop) => stop.getAttribute('data-unit'))).to.deep.equal(['1 1']);
    });

    it('keeps focus inside when Run to input disables itself', async () => {
      const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
      await settle(element);
      $<HTMLButtonElement>(element, 'button.run').focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect($<HTMLButtonElement>(element, 'button.run').disabled).to.be.true;
      expect(document.activeElement).to.equal(element);
      expect(element.shadowRoot!.activeElement).to.equal($(element, 'button.reset'));
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(element.shadowRoot!.activeElement, 'Reset disabled itself too').to.not.equal(null);
      expect(element.shadowRoot!.activeElement!.matches(':disabled')).to.be.false;
    });

    it('shows the focus ring on a unit that has a δ, and no δ mark looks like it', async () => {
      const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
      await settle(element);
      await stepAll(element);
      $<SVGElement>(element, '[data-unit="1 0"]').focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      const focused = element.shadowRoot!.activeElement as SVGElement;
      expect(focused.classList.contains('has-delta')).to.be.true;
      const ring = getComputedStyle(focused);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(3);
      const focusColour = rgba(getComputedStyle(element).getPropertyValue('--bp-focus').trim());
      expect(rgba(ring.outlineColor)).to.deep.equal(focusColour);
      // Nothing else draws a ring of that width or colour.
      for (const node of $$<SVGElement>(element, '.unit, .unit *, .delta-mark')) {
        if (node === focused) continue;
        const style = getComputedStyle(node);
        expect(style.outlineStyle, node.getAttribute('class')!).to.equal('none');
        if (style.stroke !== 'none' && rgba(style.stroke).join() === focusColour.join())
          expect.fail(`${node.getAttribute('class')} is stroked in the focus colour`);
        if (node.classList.contains('delta-mark'))
          expect(parseFloat(style.strokeWidth)).to.be.below(3);
      }
    });
  });

  describe('pointer and screen readers', () => {
    it('announces a dragged weight once, on release, not on each of 25 moves', async () => {
      const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
      await settle(element);
      const [x, y] = centre($(element, '[data-weight="2 0 1"]'));
      const start = element.weights[1][0][1];
      await expectOneAnnouncementPerDrag(
        element,
        [x, y],
        (step) => [x, y - step],
        () => {
          expect(element.weights[1][0][1], 'the weight followed').to.be.greaterThan(start);
        },
      );
      expect($(element, '[role="status"]').textContent).to.contain('gradient');
    });

    it('ends a drag when the element is moved in the page mid-drag', async () => {
      const { element, moveAway } = await movableFixture<LayerDelta>(
        html`<layer-delta></layer-delta>`,
      );
      const changes: unknown[] = [];
      element.addEventListener('change', (event) => changes.push(event));
      const [x, y] = centre($(element, '[data-weight="2 0 1"]'));
      await pressAndDrag(element, [x, y], [x, y - 10]);
      await moveAway();
      const moved = element.weights[1][0][1];
      await releaseAt(element, [x, y - 60]);
      expect(element.weights[1][0][1], 'later moves do not drag').to.equal(moved);
      expect(changes.length).to.be.at.most(1);
    });
  });

  describe('contrast, forced colours and print', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`draws every line at 3:1 or more against the background in ${scheme} mode`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const element = await fixture<LayerDelta>(
          html`<layer-delta sizes="2 3 2 1"></layer-delta>`,
        );
        await settle(element);
        await stepAll(element);
        await settle(element);
        expect($$(element, '.delta-mark').length).to.equal(6);
        expect(weakLines(element)).to.deep.equal([]);
      });
    }

    it('uses system colours for every line and the focus ring in forced-colors mode', async () => {
      const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
      const declared = (name: string): string[] => forcedValues(element, name);
      const system = /^(Canvas|CanvasText|LinkText|Highlight|GrayText)$/;
      // Wires use --bp-positive/--bp-negative, units and links --bp-line, the ring --bp-focus.
      for (const token of ['--bp-positive', '--bp-negative', '--bp-line', '--bp-focus']) {
        expect(declared(token), token).to.have.length.greaterThan(0);
        for (const value of declared(token)) expect(value, token).to.match(system);
      }
      // Wires are drawn at full strength there (no translucent system colours).
      expect(declared('stroke-opacity')).to.deep.equal(['1']);
    });

    it('prints the figure whole, without buttons or fields', async () => {
      const element = await fixture<LayerDelta>(html`<layer-delta></layer-delta>`);
      await settle(element);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(element, 'button.step')).display).to.equal('none');
      expect(getComputedStyle($(element, '.vectors')).display).to.equal('none');
      expect(getComputedStyle($(element, 'figure.network')).breakInside).to.equal('avoid');
      expect($(element, 'svg.diagram').getBoundingClientRect().width).to.be.greaterThan(100);
    });
  });

  describe('host pages', () => {
    it('keeps formula and label text unchanged under hostile inherited CSS', async () => {
      const [plain, hostile] = await plainAndHostile<LayerDelta>(
        html`<layer-delta></layer-delta>`,
        760,
      );
      for (const element of [plain, hostile]) {
        await stepAll(element);
        await settle(element);
      }
      expectUntouched(
        plain,
        hostile,
        [
          '.layer-panel h3',
          '.formula',
          '.readout',
          '.legend',
          'svg.diagram',
          '.status',
          'button.reset',
        ],
        (style, selector) => expect(style.letterSpacing, selector).to.equal('normal'),
      );
    });

    it('passes axe, best practices included, with two copies on one page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<main>
          <layer-delta></layer-delta>
          <layer-delta sizes="4 16 16 16 2" loss="mse"></layer-delta>
        </main>`,
      );
      for (const element of wrapper.querySelectorAll('layer-delta')) {
        await settle(element as LayerDelta);
        await stepAll(element as LayerDelta);
        await settle(element as LayerDelta);
      }
      expect(await axeProblems(wrapper)).to.deep.equal([]);
    });
  });
});
