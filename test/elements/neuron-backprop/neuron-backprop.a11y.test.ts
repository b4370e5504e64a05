import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/neuron-backprop/define.js';
import type {
  NeuronBackprop,
  NeuronChangeDetail,
} from '../../../src/elements/neuron-backprop/neuron-backprop.js';
import { loadTex } from '../../../src/internal/tex.js';
import { axeProblems } from '../../conformance/axe.js';
import { rgba } from '../../conformance/colours.js';
import { backgroundOf, weakPaint, weakStrokes } from '../../conformance/contrast.js';
import { SYSTEM_COLOUR, forcedValues } from '../../conformance/forced-colours.js';
import { expectUntouched, plainAndHostile } from '../../conformance/host-css.js';
import { accessibleName, keysOnScrolledPage, tabStops } from '../../conformance/keyboard.js';
import { expectOneAnnouncementPerDrag } from '../../conformance/live-region.js';
import { resetPageState } from '../../conformance/page-state.js';
import { movableFixture, pressAndDrag, releaseAt } from '../../conformance/pointer.js';
import { settle } from '../../conformance/settle.js';
import { $, $$ } from '../../conformance/shadow.js';

/**
 * Every SVG stroke and arrow head the element draws, and the pipeline boxes' borders, against
 * the element's background: all are lines a reader follows.
 */
function weakLines(element: NeuronBackprop): string[] {
  const weak = weakStrokes(element, {
    skip: (node) => node.closest('[style*="display: none"]') !== null,
    fills: 'polygon',
  });
  const background = backgroundOf(element);
  for (const node of $$(element, '.pipeline .node')) {
    const border = rgba(getComputedStyle(node).borderTopColor);
    const found = weakPaint(`${node.className} border`, border, background);
    if (found) weak.push(found);
  }
  return weak;
}

/**
 * Whether a KaTeX formula runs on one line: its top-level boxes (one per stretch between
 * breakpoints) share a horizontal band. A formula that wrapped (the old factor 1 at 640–800 px)
 * puts a box wholly below another, where its fractions overprinted the row above.
 */
function onOneLine(formula: Element): boolean {
  const boxes = [...formula.querySelectorAll('.katex-html > *')].map((box) =>
    box.getBoundingClientRect(),
  );
  if (boxes.length === 0) return false;
  return Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
}

describe('<neuron-backprop> accessibility in any host page', () => {
  before(() => loadTex());
  afterEach(resetPageState);

  describe('keyboard', () => {
    it('has one named Tab stop for the traced box and one per control, each slider named by its symbol', async () => {
      const { element, stops } = await tabStops<NeuronBackprop>(
        html`<neuron-backprop></neuron-backprop>`,
      );
      // The x, w, b radio group (one stop); three sliders; the y radio group (one stop, on the
      // checked label); Gradient step and Reset.
      expect(stops.map((stop) => stop.outerHTML.slice(0, 60))).to.have.length(7);
      expect(stops[0].getAttribute('role')).to.equal('radio');
      expect(stops[0].getAttribute('data-name'), 'the checked box holds the stop').to.equal('w');
      for (const stop of stops)
        expect(accessibleName(stop), stop.outerHTML.slice(0, 80)).to.match(/\S/);
      const sliders = stops.filter((stop) => stop.matches('input[type="range"]'));
      expect(
        sliders.map((slider) => (slider as HTMLInputElement).labels![0].textContent),
      ).to.deep.equal(['x', 'w', 'b']);
      // The label y is a choice of 0 or 1: one stop on the checked radio, in a group named y.
      const label = stops.find((stop) => stop.matches('input[type="radio"]'))!;
      expect([label.getAttribute('value'), (label as HTMLInputElement).checked]).to.deep.equal([
        '1',
        true,
      ]);
      expect(accessibleName(label)).to.equal('1');
      const group = label.closest('[role="radiogroup"]')!;
      expect(
        element.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent,
      ).to.equal('y');
      // The role word is the description, not part of the name.
      const described = sliders.map(
        (slider) =>
          element.shadowRoot!.getElementById(slider.getAttribute('aria-describedby')!)!.textContent,
      );
      expect(described).to.deep.equal(['input', 'weight', 'bias']);
      expect(
        element.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)!.textContent,
      ).to.equal('label');
      const box = $(element, 'button.node[data-name="w"]');
      const hint = element.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.contain('trace the gradient');
      expect(hint.closest('[aria-hidden="true"]'), 'the hint is not read as the name').to.exist;
    });

    it('makes x, w and b one radio group: arrows move and check, the checked box holds the Tab stop', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><neuron-backprop wrt="b"></neuron-backprop></div>`,
      );
      const element = wrapper.querySelector('neuron-backprop') as NeuronBackprop;
      await settle(element);
      const group = $(element, '[role="radiogroup"]');
      expect(group.getAttribute('aria-label'), 'a short name').to.equal(
        'Trace the gradient with respect to',
      );
      const hint = element.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)!;
      expect(hint.textContent, 'the hint describes the group').to.contain('x, w or b');
      const radios = [...group.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
      expect(radios.map((radio) => radio.dataset.name)).to.deep.equal(['x', 'w', 'b']);
      expect(radios.map((radio) => radio.getAttribute('aria-checked'))).to.deep.equal([
        'false',
        'false',
        'true',
      ]);
      // Tab lands on the checked box, not the first.
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(radios[2]);
      const changes: string[] = [];
      element.addEventListener('change', (event) =>
        changes.push((event as CustomEvent<NeuronChangeDetail>).detail.wrt),
      );
      const seen: string[] = [];
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End', 'Home']) {
        await sendKeys({ press: key });
        await element.updateComplete;
        const focused = element.shadowRoot!.activeElement as HTMLElement;
        const checked = $$<HTMLElement>(element, '[role="radio"][aria-checked="true"]');
        expect(checked, `${key}: one checked box, the focused one`).to.deep.equal([focused]);
        expect(element.wrt).to.equal(focused.dataset.name);
        seen.push(focused.dataset.name!);
      }
      // Past b the arrow wraps to x, and back.
      expect(seen).to.deep.equal(['x', 'w', 'x', 'b', 'b', 'x']);
      expect(changes, 'one change per move; End on b and Home on x move').to.deep.equal([
        'x',
        'w',
        'x',
        'b',
        'x',
      ]);
      expect(
        $$<HTMLElement>(element, '[role="radio"]').map((radio) => radio.tabIndex),
      ).to.deep.equal([0, -1, -1]);
      expect($(element, '.legend').textContent).to.contain('Loss against x');
      // z, a and L are read in reading order but are not Tab stops.
      for (const stage of $$<HTMLElement>(element, '.pipeline .stage')) {
        expect(stage.tabIndex).to.equal(-1);
        expect(stage.getAttribute('aria-label')).to.match(/\S/);
      }
    });

    it('keeps Home, End, Page Up and Page Down on a slider, not the page', async () => {
      const { element, seen } = await keysOnScrolledPage(
        () => fixture<NeuronBackprop>(html`<neuron-backprop x="1.5" w="0.8"></neuron-backprop>`),
        (neuron) => $<HTMLInputElement>(neuron, '#slider-w'),
        ['End', 'PageDown', 'Home', 'PageUp'],
        (neuron) => neuron.w,
      );
      expect(seen).to.deep.equal([6, 5, -6, -5]);
      expect(element.announcement).to.contain('w is minus 5');
    });

    it('moves a slider’s thumb the way the arrow points on a right-to-left page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar"><neuron-backprop x="0"></neuron-backprop></div>`,
      );
      const element = wrapper.querySelector('neuron-backprop') as NeuronBackprop;
      await settle(element);
      const slider = $<HTMLInputElement>(element, '#slider-x');
      expect(getComputedStyle(slider).direction).to.equal('ltr');
      // Where the thumb sits: a click at the slider's right end gives its largest value.
      const box = slider.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.right - 2), Math.round(box.top + box.height / 2)],
      });
      await settle(element);
      expect(element.x, 'the right end is the top of the range').to.be.above(5);
      slider.focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
      expect(element.x, 'ArrowRight moves towards the right end').to.be.closeTo(-5.9, 1e-9);
    });
  });

  describe('screen readers', () => {
    it('reads the formulas through their MathML copies, the product with its live numbers', async () => {
      const element = await fixture<NeuronBackprop>(html`<neuron-backprop></neuron-backprop>`);
      await settle(element);
      $<HTMLInputElement>(element, '#slider-w').focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
      expect(
        $$(element, '.katex-mathml math').length,
        'the chain, three sources, three rules and two routes',
      ).to.equal(9);
      // What a screen reader is given, in reading order. A rule that takes the MathML copies
      // out of rendering (display: none, content-visibility) takes them out of this tree too.
      // (The command's types say void; it resolves to the browser's accessibility snapshot.)
      interface AxNode {
        name?: string;
        children?: AxNode[];
      }
      const names: string[] = [];
      const walk = (node: AxNode): void => {
        if (node.name) names.push(node.name);
        for (const child of node.children ?? []) walk(child);
      };
      walk((await a11ySnapshot({})) as unknown as AxNode);
      const from = names.findIndex((name) => /^multiply$/i.test(name));
      const to = names.findIndex((name) => /^simplify$/i.test(name));
      const productLine = names.slice(from + 1, to);
      const shown = $(element, '.route.product .katex-mathml')!.textContent!;
      const numbers = shown.match(/[0-9]+\.[0-9]+/g)!;
      expect(numbers, shown).to.have.length.greaterThan(1);
      for (const number of numbers) expect(productLine, number).to.include(number);
    });

    it('announces a slider drag once, on release, not on each of 25 moves', async () => {
      const element = await fixture<NeuronBackprop>(
        html`<neuron-backprop x="1.5" w="-5"></neuron-backprop>`,
      );
      await settle(element);
      const slider = $<HTMLInputElement>(element, '#slider-w');
      const box = slider.getBoundingClientRect();
      const y = Math.round(box.top + box.height / 2);
      const x = Math.round(box.left + box.width * 0.1);
      await expectOneAnnouncementPerDrag(
        element,
        [x, y],
        (step) => [x + step * 4, y],
        () => {
          expect(element.w, 'the slider followed').to.be.greaterThan(-5);
        },
      );
      expect($(element, '[role="status"]').textContent).to.contain('w is');
    });
  });

  describe('contrast', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`draws every line, arrow and box border at 3:1 or more in ${scheme} mode`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const element = await fixture<NeuronBackprop>(html`<neuron-backprop></neuron-backprop>`);
        await settle(element);
        // A step, so the hollow "before" point is drawn and checked too.
        $<HTMLButtonElement>(element, 'button.step').click();
        await new Promise((resolve) => setTimeout(resolve, 800));
        await settle(element);
        expect($$(element, '.plot .before')).to.have.length(1);
        expect(weakLines(element)).to.deep.equal([]);
      });
    }
  });

  describe('forced colours and print', () => {
    it('draws the pipeline arrows as SVG strokes, never as backgrounds or borders', async () => {
      const element = await fixture<NeuronBackprop>(html`<neuron-backprop></neuron-backprop>`);
      await settle(element);
      const arrows = $$(element, '.pipeline .arrow');
      expect(arrows).to.have.length(3);
      for (const arrow of arrows) {
        for (const node of [arrow, ...arrow.querySelectorAll('*')]) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(node, pseudo);
            expect(style.backgroundImage, pseudo ?? node.localName).to.equal('none');
            expect(rgba(style.backgroundColor)[3], pseudo ?? node.localName).to.equal(0);
            expect(style.borderTopStyle, pseudo ?? node.localName).to.equal('none');
          }
        }
        const line = [...arrow.querySelectorAll('line')].find(
          (candidate) => candidate.getBoundingClientRect().width > 0,
        )!;
        expect(getComputedStyle(line).stroke).to.not.equal('none');
        expect(getComputedStyle(arrow.querySelector('polygon')!).fill).to.not.equal('none');
      }
    });

    it('turns lines, arrows and the focus ring into system colours in forced-colors mode', async () => {
      const element = await fixture<NeuronBackprop>(html`<neuron-backprop></neuron-backprop>`);
      // Arrows use --bp-accent, strokes --bp-line and --bp-fg, boxes --bp-line.
      for (const token of ['--bp-accent', '--bp-line', '--bp-fg', '--bp-focus', '--bp-bg']) {
        expect(forcedValues(element, token), token).to.have.length.greaterThan(0);
        for (const value of forcedValues(element, token))
          expect(value, token).to.match(SYSTEM_COLOUR);
      }
      const arrow = getComputedStyle($(element, '.arrow'));
      expect(
        rgba(arrow.color),
        'arrows take the accent, a system colour when forced',
      ).to.deep.equal(rgba(getComputedStyle(element).getPropertyValue('--bp-accent').trim()));
    });

    it('prints the arrows and the figure whole, without buttons', async () => {
      const element = await fixture<NeuronBackprop>(html`<neuron-backprop></neuron-backprop>`);
      await settle(element);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(element, 'button.step')).display).to.equal('none');
      expect(getComputedStyle(element).breakInside).to.equal('avoid');
      const arrow = $(element, '.arrow.into-a');
      expect(arrow.getBoundingClientRect().width).to.be.greaterThan(8);
      expect(getComputedStyle(arrow.querySelector('svg')!).display).to.not.equal('none');
    });
  });

  describe('host pages', () => {
    it('keeps formula and label text unchanged under hostile inherited CSS', async () => {
      const [plain, hostile] = await plainAndHostile<NeuronBackprop>(
        html`<neuron-backprop></neuron-backprop>`,
        760,
      );
      expectUntouched(plain, hostile, [
        '.factor[data-factor="1"] .factor-rule',
        '.factor[data-factor="2"] .factor-rule',
        '.product .route-tex',
        '.stage-a .rule',
        '.slider[data-name="w"] .slider-label',
        '.hint',
        'button.step',
      ]);
      const factor = $(hostile, '.factor[data-factor="1"] .factor-rule');
      expect(onOneLine(factor)).to.be.true;
      // The whole rule shows: −y/a + (1 − y)/(1 − a), not clipped to "1/1".
      expect(factor.scrollWidth).to.be.at.most(factor.clientWidth + 1);
    });

    it('keeps every formula on one line, unclipped, at every width from 320 to 900 px', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><neuron-backprop></neuron-backprop></div>`,
      );
      const element = wrapper.querySelector('neuron-backprop') as NeuronBackprop;
      const problems: string[] = [];
      for (let width = 320; width <= 900; width += 20) {
        wrapper.style.width = `${width}px`;
        await settle(element);
        for (const formula of $$(element, '.factor-rule, .route-tex, .chain')) {
          const name = `${width}px ${formula.className}`;
          if (!onOneLine(formula)) problems.push(`${name} wraps`);
        }
        // Cards never overlap one another.
        const cards = $$(element, '.factor').map((card) => card.getBoundingClientRect());
        for (let i = 1; i < cards.length; i++) {
          const [a, b] = [cards[i - 1], cards[i]];
          const apart = a.right <= b.left + 0.5 || b.top >= a.bottom - 0.5;
          if (!apart) problems.push(`${width}px factors ${i} and ${i + 1} overlap`);
        }
        if (width >= 420) {
          for (const rule of $$(element, '.factor-rule'))
            if (rule.scrollWidth > rule.clientWidth + 1)
              problems.push(`${width}px ${rule.parentElement!.dataset.factor} needs scrolling`);
        }
      }
      expect(problems).to.deep.equal([]);
    });

    it('ends a slider drag when the page moves the element mid-drag', async () => {
      const { element, moveAway } = await movableFixture<NeuronBackprop>(
        html`<neuron-backprop w="-5"></neuron-backprop>`,
      );
      const changes: NeuronChangeDetail[] = [];
      element.addEventListener('change', (event) => changes.push(event.detail));
      const box = $(element, '#slider-w').getBoundingClientRect();
      const y = Math.round(box.top + box.height / 2);
      const x = Math.round(box.left + box.width * 0.1);
      await pressAndDrag(element, [x, y], [x + 40, y]);
      const moved = element.w;
      expect(moved).to.be.greaterThan(-5);
      await moveAway();
      const after = $(element, '#slider-w').getBoundingClientRect();
      await releaseAt(element, [Math.round(after.right - 4), y + 200]);
      expect(element.w, 'later moves do not drag').to.equal(moved);
      expect(changes.length).to.be.at.most(1);
    });
  });

  it('passes axe, best practices included, with two copies on one page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<main>
        <neuron-backprop></neuron-backprop>
        <neuron-backprop x="-2" w="1.2" wrt="b"></neuron-backprop>
      </main>`,
    );
    for (const element of wrapper.querySelectorAll('neuron-backprop'))
      await settle(element as NeuronBackprop);
    expect(await axeProblems(wrapper)).to.deep.equal([]);
  });

  it('passes axe, best practices included, after arrowing through the radio group', async () => {
    const element = await fixture<NeuronBackprop>(html`<neuron-backprop></neuron-backprop>`);
    await settle(element);
    $<HTMLElement>(element, '[role="radio"][aria-checked="true"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(element.wrt).to.equal('b');
    expect(await axeProblems(element)).to.deep.equal([]);
  });
});
