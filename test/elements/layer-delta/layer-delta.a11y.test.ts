import { expect, fixture, html } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
} from '@web/test-runner-commands';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { contrast, over, rgba } from '../../conformance/colours.js';

const $ = <T extends Element = Element>(element: LayerDelta, selector: string): T =>
  element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = Element>(element: LayerDelta, selector: string): T[] =>
  Array.from(element.shadowRoot!.querySelectorAll<T>(selector));

async function settle(element: LayerDelta): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

async function stepAll(element: LayerDelta): Promise<void> {
  const step = (): HTMLButtonElement => $<HTMLButtonElement>(element, 'button.step');
  while (!step().disabled) {
    step().click();
    await element.updateComplete;
  }
}

/** The accessible name a Tab stop has: aria-label, its label, or its text. */
function nameOf(stop: Element): string {
  const labels = (stop as HTMLInputElement).labels;
  return (
    stop.getAttribute('aria-label') ??
    (labels && labels.length > 0 ? labels[0].textContent : stop.textContent) ??
    ''
  ).trim();
}

/**
 * Every SVG stroke the element draws against its background, stroke and element opacity
 * included. A stroke in the background colour itself is a gap drawn around a marker, not a line.
 */
function weakLines(element: LayerDelta): string[] {
  const background = rgba(getComputedStyle(element).backgroundColor);
  const weak: string[] = [];
  for (const node of $$<SVGElement>(element, 'svg *')) {
    const style = getComputedStyle(node);
    if (style.stroke === 'none' || node.getBoundingClientRect().width === 0) continue;
    const paint = rgba(style.stroke);
    paint[3] *= Number(style.strokeOpacity) * Number(style.opacity);
    if (paint[3] === 0 || paint.slice(0, 3).join() === background.slice(0, 3).join()) continue;
    const ratio = contrast(over(paint, background), background);
    if (ratio < 3)
      weak.push(`${node.getAttribute('class') ?? node.localName}: ${ratio.toFixed(2)}`);
  }
  return [...new Set(weak)];
}

beforeEach(async () => {
  await executeServerCommand('bring-to-front');
});

describe('<layer-delta> accessibility in any host page', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await emulateMedia({ media: 'screen' });
  });

  describe('keyboard', () => {
    it('gets past a 4-16-16-16-2 network in a few named Tab stops, one for the network', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>before</button><layer-delta sizes="4 16 16 16 2"></layer-delta
          ><button>after</button>
        </div>`,
      );
      const element = wrapper.querySelector('layer-delta') as LayerDelta;
      await settle(element);
      wrapper.querySelector('button')!.focus();
      const stops: Element[] = [];
      for (let presses = 0; presses < 60; presses++) {
        await sendKeys({ press: 'Tab' });
        if (document.activeElement !== element) break;
        stops.push(element.shadowRoot!.activeElement!);
      }
      expect(document.activeElement!.textContent).to.equal('after');
      // Step, Run; four layer buttons; the network; x1–x4, y1–y2; from, to, slider, w.
      expect(stops).to.have.length(17);
      expect(stops.filter((stop) => stop.closest('svg'))).to.have.length(1);
      for (const stop of stops) expect(nameOf(stop), stop.outerHTML.slice(0, 80)).to.match(/\S/);
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
      const live = $(element, '[role="status"]');
      let updates = 0;
      const observer = new MutationObserver(() => updates++);
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      const hit = $<SVGElement>(element, '[data-weight="2 0 1"] .hit').getBoundingClientRect();
      const x = Math.round(hit.left + hit.width / 2);
      const y = Math.round(hit.top + hit.height / 2);
      const start = element.weights[1][0][1];
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 25; step++) {
        await sendMouse({ type: 'move', position: [x, y - step] });
        await element.updateComplete;
      }
      await settle(element);
      expect(element.weights[1][0][1], 'the weight followed').to.be.greaterThan(start);
      expect(updates, 'live region quiet while dragging').to.equal(0);
      await sendMouse({ type: 'up' });
      await settle(element);
      observer.disconnect();
      expect(updates, 'one announcement on release').to.be.within(1, 2);
      expect(live.textContent).to.contain('gradient');
    });

    it('ends a drag when the element is moved in the page mid-drag', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <div class="from"><layer-delta></layer-delta></div>
          <div class="to"></div>
        </div>`,
      );
      const element = wrapper.querySelector('layer-delta') as LayerDelta;
      await settle(element);
      const changes: unknown[] = [];
      element.addEventListener('change', (event) => changes.push(event));
      const hit = $<SVGElement>(element, '[data-weight="2 0 1"] .hit').getBoundingClientRect();
      const x = Math.round(hit.left + hit.width / 2);
      const y = Math.round(hit.top + hit.height / 2);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x, y - 10] });
      await element.updateComplete;
      wrapper.querySelector('.to')!.append(element);
      await settle(element);
      const moved = element.weights[1][0][1];
      await sendMouse({ type: 'move', position: [x, y - 60] });
      await sendMouse({ type: 'up' });
      await settle(element);
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
      // The runner's Chromium launcher cannot emulate forced colours; read the rules instead.
      const forced = element
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
        )
        .flatMap((rule) => [...rule.cssRules])
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
      const declared = (name: string): string[] =>
        forced.map((rule) => rule.style.getPropertyValue(name).trim()).filter(Boolean);
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
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 760px">
          <layer-delta></layer-delta>
          <div
            style="text-transform: uppercase; white-space: nowrap; line-height: 2;
              letter-spacing: 4px; word-spacing: 12px; text-indent: 30px; font-style: italic;
              text-align: center"
          >
            <layer-delta></layer-delta>
          </div>
        </div>`,
      );
      const [plain, hostile] = [...wrapper.querySelectorAll('layer-delta')] as LayerDelta[];
      for (const element of [plain, hostile]) {
        await settle(element);
        await stepAll(element);
        await settle(element);
      }
      for (const selector of [
        '.layer-panel h3',
        '.formula',
        '.readout',
        '.legend',
        'svg.diagram',
        '.status',
        'button.reset',
      ]) {
        const [a, b] = [$(plain, selector), $(hostile, selector)];
        expect(b.textContent, selector).to.equal(a.textContent);
        const [boxA, boxB] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        expect(boxB.width, selector).to.be.closeTo(boxA.width, 0.5);
        expect(boxB.height, selector).to.be.closeTo(boxA.height, 0.5);
        const style = getComputedStyle(b);
        expect(style.textTransform, selector).to.equal('none');
        expect(style.letterSpacing, selector).to.equal('normal');
      }
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
      // @ts-expect-error axe-core's browser build has no type declarations; it registers window.axe.
      await import('axe-core/axe.min.js');
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(wrapper, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
      });
      const problems = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
      expect(problems).to.deep.equal([]);
    });
  });
});
