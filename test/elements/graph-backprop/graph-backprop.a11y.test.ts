import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/graph-backprop/define.js';
import type {
  GraphBackprop,
  GraphEditDetail,
} from '../../../src/elements/graph-backprop/graph-backprop.js';
import { loadTex } from '../../../src/internal/tex.js';
import { axeProblems } from '../../conformance/axe.js';
import { contrast, rgba } from '../../conformance/colours.js';
import { weakStrokes } from '../../conformance/contrast.js';
import { SYSTEM_COLOUR, forcedValues } from '../../conformance/forced-colours.js';
import { expectUntouched, plainAndHostile } from '../../conformance/host-css.js';
import { accessibleName, keysOnScrolledPage, tabStops } from '../../conformance/keyboard.js';
import { expectOneAnnouncementPerDrag, watchLiveRegion } from '../../conformance/live-region.js';
import { resetPageState } from '../../conformance/page-state.js';
import { centre, movableFixture, pressAndDrag, releaseAt } from '../../conformance/pointer.js';
import { settle } from '../../conformance/settle.js';
import { $, $$ } from '../../conformance/shadow.js';

/** Every stroke the diagram draws (wires, label and node borders, drag arrows) below 3:1. */
const weakLines = (element: GraphBackprop): string[] =>
  weakStrokes(element, {
    name: (node) =>
      `${node.parentElement?.getAttribute('class') ?? ''} ${node.getAttribute('class')}`,
  });

describe('<graph-backprop> accessibility in any host page', () => {
  afterEach(resetPageState);

  describe('keyboard', () => {
    it('takes one Tab stop for the whole diagram, then one per working button, all named', async () => {
      const { stops } = await tabStops<GraphBackprop>(
        html`<graph-backprop expr="sigmoid(w*x + b)" values="x=2, w=-1, b=0.5"></graph-backprop>`,
      );
      const names = stops.map(accessibleName);
      // The first node, the pass switch (two radio buttons, one stop), then Step and Play
      // (Reset is disabled at the start).
      expect(names).to.have.length(4);
      expect(names[0]).to.equal('w, gradient not reached yet');
      for (const name of names) expect(name.length, name).to.be.within(2, 60);
    });

    it('moves between nodes with the arrow keys, and Escape closes the panel', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x + b" values="x=2, w=-1, b=0.5"></graph-backprop>`,
      );
      await settle(element);
      const focused = (): string | null =>
        element.shadowRoot!.activeElement?.getAttribute('data-id') ?? null;
      $<SVGGElement>(element, '.node[data-id="n0"]').focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      expect(focused()).to.equal('n1');
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      expect(focused(), 'the multiply node').to.equal('n2');
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
      expect(focused()).to.equal('n3');
      expect($$(element, '.node[tabindex="0"]'), 'one Tab stop').to.have.length(1);
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect($(element, '[part="panel"]')).to.exist;
      $<HTMLButtonElement>(element, '.close').focus();
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect($(element, '[part="panel"]')).to.equal(null);
      expect(focused(), 'focus back on the node').to.equal('n3');
      expect(element.value, 'arrows on op nodes change no value').to.equal(-1.5);
    });

    it('keeps Home, End, Page Up and Page Down on a variable, not the page', async () => {
      const { element, seen } = await keysOnScrolledPage(
        () =>
          fixture<GraphBackprop>(
            html`<graph-backprop expr="w*x" values="w=1, x=2"></graph-backprop>`,
          ),
        (graph) => $<SVGGElement>(graph, '.node[data-name="w"]'),
        ['End', 'PageDown', 'Home', 'PageUp'],
        (graph) => graph.values.w,
      );
      expect(seen).to.deep.equal([1000, 999, -1000, -999]);
      const w = $<SVGGElement>(element, '.node[data-name="w"]');
      const hint = element.shadowRoot!.getElementById(w.getAttribute('aria-describedby')!);
      expect(hint!.textContent).to.contain('Home');
    });

    it('draws the focus ring on a focused node that is also selected', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: scheme });
        const element = await fixture<GraphBackprop>(
          html`<graph-backprop expr="w*x" selected="n2"></graph-backprop>`,
        );
        await settle(element);
        const node = $<SVGGElement>(element, '.node[data-id="n2"]');
        const focusColour = rgba(getComputedStyle(element).getPropertyValue('--bp-focus'));
        const box = getComputedStyle(node.querySelector('.node-box')!);
        expect(box.strokeDasharray, 'selected is dashed').to.not.equal('none');
        expect(rgba(box.stroke)).to.not.deep.equal(focusColour);
        expect(getComputedStyle(node.querySelector('.focus-mark')!).stroke).to.equal('none');
        $<SVGGElement>(element, '.node[data-id="n0"]').focus();
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' });
        await settle(element);
        expect(element.shadowRoot!.activeElement).to.equal(node);
        const ring = getComputedStyle(node.querySelector('.focus-mark')!);
        expect(rgba(ring.stroke), scheme).to.deep.equal(focusColour);
        expect(ring.strokeDasharray).to.equal('none');
        const background = rgba(getComputedStyle(element).backgroundColor);
        expect(contrast(focusColour, background), scheme).to.be.greaterThan(3);
      }
    });

    it('draws one focus ring, on the node that takes focus, and moves it with the arrow keys', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x + b"></graph-backprop>`,
      );
      await settle(element);
      const ringed = (): string[] =>
        $$(element, '.focus-mark').map((mark) => mark.closest('.node')!.getAttribute('data-id')!);
      expect(ringed()).to.deep.equal(['n0']);
      $<SVGGElement>(element, '.node[data-id="n0"]').focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      const focused = element.shadowRoot!.activeElement!;
      expect(focused.getAttribute('data-id')).to.equal('n1');
      expect(ringed()).to.deep.equal(['n1']);
      expect(getComputedStyle(focused.querySelector('.focus-mark')!).stroke).to.not.equal('none');
    });

    it('keeps focus on Step at the end, where a second Enter wipes nothing', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x" values="x=2, w=3"></graph-backprop>`,
      );
      await settle(element);
      const step = $<HTMLButtonElement>(element, 'button.step');
      step.focus();
      await sendKeys({ press: 'Enter' }); // the one step: the pass is done
      await settle(element);
      expect(element.step).to.equal(element.totalSteps);
      expect(step.getAttribute('aria-disabled')).to.equal('true');
      expect(element.shadowRoot!.activeElement, 'focus stays on Step').to.equal(step);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(element.step, 'the finished pass stays').to.equal(element.totalSteps);
      expect($(element, 'button.play').getAttribute('aria-pressed')).to.equal('false');
      expect(element.gradients).to.deep.equal({ w: 2, x: 3 });
    });
  });

  describe('screen readers', () => {
    it('announces a drag once, on release, not on each of 25 moves', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x + b" values="x=2, w=-1, b=0.5"></graph-backprop>`,
      );
      await settle(element);
      const [x, y] = centre($(element, '.node[data-name="x"] .node-box'));
      await expectOneAnnouncementPerDrag(
        element,
        [x, y],
        (step) => [x + step * 2, y],
        () => {
          expect(element.values.x, 'the variable followed').to.be.greaterThan(2);
        },
      );
      expect(element.announcement).to.contain('x is');
    });

    it('says one short sentence per step while playing', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x + b" values="x=2, w=-1, b=0.5"></graph-backprop>`,
      );
      await settle(element);
      const live = watchLiveRegion(element);
      const heard: string[] = [];
      element.addEventListener(
        'backward-step',
        () => void element.updateComplete.then(() => heard.push(element.announcement)),
      );
      element.play();
      await new Promise((resolve) => element.addEventListener('backward-step', resolve));
      while (element.step < element.totalSteps)
        await new Promise((resolve) => element.addEventListener('backward-step', resolve));
      await settle(element);
      live.stop();
      expect(heard).to.deep.equal([
        'Step 1 of 2: the add node.',
        'Step 2 of 2: the multiply node. All gradients are done.',
      ]);
      expect(live.count()).to.be.at.most(2 * 2);
    });

    it('names nodes shortly, with their numbers; usage is in a description', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x" values="w=2, x=-0.5"></graph-backprop>`,
      );
      element.step = 1;
      await settle(element);
      const mul = $(element, '.node[data-id="n2"]');
      expect(mul.getAttribute('aria-label')).to.equal(
        'the multiply node, value minus 1, gradient 1',
      );
      expect($(element, '.node[data-name="w"]').getAttribute('aria-label')).to.equal(
        'w, gradient minus 0.5',
      );
      const hint = element.shadowRoot!.getElementById(mul.getAttribute('aria-describedby')!);
      expect(hint!.textContent).to.contain('Enter');
    });

    it('makes a variable a slider and any other node a toggle button, with only its own states', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x" values="w=2, x=-0.5"></graph-backprop>`,
      );
      await settle(element);
      const attributes = (node: Element): Record<string, string> =>
        Object.fromEntries(
          [...node.attributes]
            .filter((attribute) => /^(role|aria-|data-name)/.test(attribute.name))
            .map((attribute) => [attribute.name, attribute.value]),
        );
      const w = $(element, '.node[data-id="n0"]');
      expect(attributes(w)).to.deep.equal({
        'data-name': 'w',
        role: 'slider',
        'aria-label': w.getAttribute('aria-label')!,
        'aria-describedby': 'variable-hint',
        'aria-valuenow': '2',
        'aria-valuetext': '2',
        'aria-valuemin': '-1000',
        'aria-valuemax': '1000',
      });
      expect(w.querySelectorAll('.hit, .drag-hint')).to.have.length(2);
      const mul = $(element, '.node[data-id="n2"]');
      expect(attributes(mul)).to.deep.equal({
        role: 'button',
        'aria-pressed': 'false',
        'aria-label': mul.getAttribute('aria-label')!,
        'aria-describedby': 'node-hint',
      });
      expect(mul.querySelectorAll('.hit, .drag-hint')).to.have.length(0);
      // Pressed and moved sideways, the multiply node is a button, not a slider: nothing changes.
      const [x, y] = centre(mul.querySelector('.node-box')!);
      await pressAndDrag(element, [x, y], [x + 60, y]);
      await releaseAt(element, [x + 60, y]);
      expect(element.values).to.deep.equal({ w: 2, x: -0.5 });
      expect(element.value).to.equal(-1);
    });
  });

  describe('contrast', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`draws every wire and border at 3:1 or more in ${scheme} mode`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const element = await fixture<GraphBackprop>(
          html`<graph-backprop
            expr="sigmoid(w*x + b)"
            values="x=2, w=-1, b=0.5"
            selected="w"
          ></graph-backprop>`,
        );
        element.step = 2;
        await settle(element);
        expect($$(element, '.edge.passed').length, 'passed edges drawn').to.be.greaterThan(0);
        expect(weakLines(element)).to.deep.equal([]);
      });
    }
  });

  describe('forced colours', () => {
    it('turns wires, borders and the focus ring into system colours', async () => {
      const element = await fixture<GraphBackprop>(html`<graph-backprop></graph-backprop>`);
      for (const [selector, property] of [
        ['.wire', 'stroke'],
        ['.node-box', 'stroke'],
        ['.edge-label', 'stroke'],
        ['.node.selected .node-box', 'stroke'],
        ['.node:focus-visible .focus-mark', 'stroke'],
        ['.node-value', 'fill'],
      ]) {
        const values = forcedValues(element, property, selector);
        expect(values, selector).to.have.length.greaterThan(0);
        for (const value of values) expect(value, selector).to.match(SYSTEM_COLOUR);
      }
    });
  });

  describe('host pages', () => {
    it('keeps formula and label text unchanged under hostile inherited CSS', async () => {
      await loadTex();
      const [plain, hostile] = await plainAndHostile<GraphBackprop>(
        html`<graph-backprop expr="sigmoid(w*x)" values="w=2, x=1"></graph-backprop>`,
        700,
      );
      expectUntouched(plain, hostile, [
        '.node-symbol',
        '.edge-top',
        '.caption .hint',
        '.katex',
        'button',
      ]);
    });

    it('ends a drag when the page moves the element mid-drag', async () => {
      const { element, moveAway } = await movableFixture<GraphBackprop>(
        html`<graph-backprop expr="w*x" values="w=1, x=2"></graph-backprop>`,
      );
      const changes: GraphEditDetail[] = [];
      element.addEventListener('change', (event) => changes.push(event.detail));
      const [x, y] = centre($(element, '.node[data-name="w"] .node-box'));
      await pressAndDrag(element, [x, y], [x + 40, y]);
      const moved = element.values.w;
      expect(moved).to.be.greaterThan(1);
      await moveAway();
      expect(changes.map((detail) => detail.value)).to.deep.equal([moved]);
      await releaseAt(element, [x + 120, y + 200]);
      expect(element.values.w, 'later moves do not drag').to.equal(moved);
      expect(changes).to.have.length(1);
    });

    it('maps a drag through a rotated container', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 500px; margin: 250px; transform: rotate(90deg)">
          <graph-backprop expr="w*x" values="w=0, x=2"></graph-backprop>
        </div>`,
      );
      const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
      await settle(element);
      const [x, y] = centre($(element, '.node[data-name="w"] .node-box'));
      const svg = $<SVGSVGElement>(element, 'svg');
      const scale = svg.getScreenCTM()!.b; // rotated 90°: the drawing's x runs down the screen
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x, Math.round(y + 50 * scale)] });
      await sendMouse({ type: 'up' });
      await settle(element);
      expect(element.values.w).to.be.closeTo(1, 0.03);
    });

    it('prints the figure whole, without its buttons', async () => {
      const element = await fixture<GraphBackprop>(html`<graph-backprop></graph-backprop>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(element, 'button.step')).display).to.equal('none');
      expect(getComputedStyle(element).breakInside).to.equal('avoid');
      expect(getComputedStyle($(element, 'svg')).display).to.not.equal('none');
    });
  });

  it('passes axe, best practices included, with two copies on one page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <graph-backprop expr="sigmoid(w*x + b)" selected="w"></graph-backprop>
        <graph-backprop editable expr="w*x" selected="n2"></graph-backprop>
      </main>`,
    );
    for (const element of wrapper.querySelectorAll('graph-backprop'))
      await settle(element as GraphBackprop);
    expect(await axeProblems(wrapper)).to.deep.equal([]);
  });
});
