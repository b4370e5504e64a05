import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/neuron-backprop/define.js';
import type {
  NeuronBackprop,
  NeuronChangeDetail,
} from '../../../src/elements/neuron-backprop/neuron-backprop.js';
import { loadTex } from '../../../src/internal/tex.js';
import { contrast, over, rgba } from '../../conformance/colours.js';

const $ = <T extends Element = Element>(element: NeuronBackprop, selector: string): T =>
  element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = Element>(element: NeuronBackprop, selector: string): T[] =>
  Array.from(element.shadowRoot!.querySelectorAll<T>(selector));

async function settle(element: NeuronBackprop): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

/**
 * Every SVG stroke and arrow head the element draws, and the pipeline boxes' borders, against
 * the element's background: all are lines a reader follows.
 */
function weakLines(element: NeuronBackprop): string[] {
  const background = rgba(getComputedStyle(element).backgroundColor);
  const weak: string[] = [];
  const check = (name: string, colour: string): void => {
    const paint = rgba(colour);
    if (paint[3] === 0) return;
    const ratio = contrast(over(paint, background), background);
    if (ratio < 3) weak.push(`${name}: ${ratio.toFixed(2)}`);
  };
  for (const node of $$<SVGElement>(element, 'svg *')) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || node.closest('[style*="display: none"]')) continue;
    const name = node.getAttribute('class') ?? node.localName;
    if (style.stroke !== 'none') check(`${name} stroke`, style.stroke);
    if (node.localName === 'polygon') check(`${name} fill`, style.fill);
  }
  for (const node of $$(element, '.pipeline .node'))
    check(`${node.className} border`, getComputedStyle(node).borderTopColor);
  return weak;
}

/** Rules inside `@media <condition>` of the element's styles. */
function rulesUnder(element: NeuronBackprop, condition: string): CSSStyleRule[] {
  return element
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes(condition),
    )
    .flatMap((rule) => [...rule.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
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
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await emulateMedia({ media: 'screen' });
  });

  describe('keyboard', () => {
    it('has one named Tab stop for the traced box and one per control, each slider named by its symbol', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>before</button><neuron-backprop></neuron-backprop><button>after</button>
        </div>`,
      );
      const element = wrapper.querySelector('neuron-backprop') as NeuronBackprop;
      await settle(element);
      wrapper.querySelector('button')!.focus();
      const stops: Element[] = [];
      for (let presses = 0; presses < 30; presses++) {
        await sendKeys({ press: 'Tab' });
        if (document.activeElement !== element) break;
        stops.push(element.shadowRoot!.activeElement!);
      }
      expect(document.activeElement!.textContent).to.equal('after');
      // The x, w, b radio group (one stop); four sliders; Gradient step and Reset.
      expect(stops).to.have.length(7);
      expect(stops[0].getAttribute('role')).to.equal('radio');
      expect(stops[0].getAttribute('data-name'), 'the checked box holds the stop').to.equal('w');
      for (const stop of stops) {
        const labels = (stop as HTMLInputElement).labels;
        const name =
          stop.getAttribute('aria-label') ??
          (labels && labels.length > 0 ? labels[0].textContent : stop.textContent);
        expect(name!.trim(), stop.outerHTML.slice(0, 80)).to.match(/\S/);
      }
      const sliders = stops.filter((stop) => stop.matches('input[type="range"]'));
      expect(
        sliders.map((slider) => (slider as HTMLInputElement).labels![0].textContent),
      ).to.deep.equal(['x', 'w', 'b', 'y']);
      // The role word is the description, not part of the name.
      const described = sliders.map(
        (slider) =>
          element.shadowRoot!.getElementById(slider.getAttribute('aria-describedby')!)!.textContent,
      );
      expect(described).to.deep.equal(['input', 'weight', 'bias', 'label']);
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
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      try {
        const element = await fixture<NeuronBackprop>(
          html`<neuron-backprop x="1.5" w="0.8"></neuron-backprop>`,
        );
        window.scrollTo(0, 40);
        const scrolled = window.scrollY;
        $<HTMLInputElement>(element, '#slider-w').focus({ preventScroll: true });
        const seen: number[] = [];
        for (const key of ['End', 'PageDown', 'Home', 'PageUp']) {
          await sendKeys({ press: key });
          seen.push(element.w);
        }
        expect(seen).to.deep.equal([6, 5, -6, -5]);
        expect(window.scrollY, 'the page did not scroll').to.equal(scrolled);
        expect(element.announcement).to.contain('w is minus 5');
      } finally {
        spacer.remove();
      }
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
    it('announces a slider drag once, on release, not on each of 25 moves', async () => {
      const element = await fixture<NeuronBackprop>(
        html`<neuron-backprop x="1.5" w="-5"></neuron-backprop>`,
      );
      await settle(element);
      const live = $(element, '[role="status"]');
      let updates = 0;
      const observer = new MutationObserver((records) => (updates += records.length));
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      const slider = $<HTMLInputElement>(element, '#slider-w');
      const box = slider.getBoundingClientRect();
      const y = Math.round(box.top + box.height / 2);
      const x = Math.round(box.left + box.width * 0.1);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 25; step++) {
        await sendMouse({ type: 'move', position: [x + step * 4, y] });
        await element.updateComplete;
      }
      await settle(element);
      expect(element.w, 'the slider followed').to.be.greaterThan(-5);
      expect(updates, 'live region quiet while dragging').to.equal(0);
      await sendMouse({ type: 'up' });
      await settle(element);
      observer.disconnect();
      expect(updates, 'one announcement on release').to.be.within(1, 2);
      expect(live.textContent).to.contain('w is');
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
      // The runner's Chromium launcher cannot emulate forced colours; read the rules instead.
      const forced = rulesUnder(element, 'forced-colors: active');
      const declared = (name: string): string[] =>
        forced.map((rule) => rule.style.getPropertyValue(name).trim()).filter(Boolean);
      const system = /^(Canvas|CanvasText|LinkText|Highlight|HighlightText|GrayText|ButtonText)$/;
      // Arrows use --bp-accent, strokes --bp-line and --bp-fg, boxes --bp-line.
      for (const token of ['--bp-accent', '--bp-line', '--bp-fg', '--bp-focus', '--bp-bg']) {
        expect(declared(token), token).to.have.length.greaterThan(0);
        for (const value of declared(token)) expect(value, token).to.match(system);
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
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 760px">
          <neuron-backprop></neuron-backprop>
          <div
            style="text-transform: uppercase; white-space: nowrap; line-height: 2;
              letter-spacing: 4px; word-spacing: 12px; text-indent: 30px; font-style: italic;
              text-align: center"
          >
            <neuron-backprop></neuron-backprop>
          </div>
        </div>`,
      );
      const [plain, hostile] = [...wrapper.querySelectorAll('neuron-backprop')] as NeuronBackprop[];
      await settle(plain);
      await settle(hostile);
      for (const selector of [
        '.factor[data-factor="1"] .factor-rule',
        '.factor[data-factor="2"] .factor-rule',
        '.product .route-tex',
        '.stage-a .rule',
        '.slider[data-name="w"] .slider-label',
        '.hint',
        'button.step',
      ]) {
        const a = $(plain, selector);
        const b = $(hostile, selector);
        expect(b.textContent, selector).to.equal(a.textContent);
        const [boxA, boxB] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        expect(boxB.width, `${selector} width`).to.be.closeTo(boxA.width, 0.5);
        expect(boxB.height, `${selector} height`).to.be.closeTo(boxA.height, 0.5);
        expect(getComputedStyle(b).textTransform, selector).to.equal('none');
      }
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
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <div class="from"><neuron-backprop w="-5"></neuron-backprop></div>
          <div class="to"></div>
        </div>`,
      );
      const element = wrapper.querySelector('neuron-backprop') as NeuronBackprop;
      await settle(element);
      const changes: NeuronChangeDetail[] = [];
      element.addEventListener('change', (event) => changes.push(event.detail));
      const box = $(element, '#slider-w').getBoundingClientRect();
      const y = Math.round(box.top + box.height / 2);
      const x = Math.round(box.left + box.width * 0.1);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 40, y] });
      await element.updateComplete;
      const moved = element.w;
      expect(moved).to.be.greaterThan(-5);
      wrapper.querySelector('.to')!.append(element);
      await settle(element);
      const after = $(element, '#slider-w').getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(after.right - 4), y + 200] });
      await sendMouse({ type: 'up' });
      await settle(element);
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

  it('passes axe, best practices included, after arrowing through the radio group', async () => {
    const element = await fixture<NeuronBackprop>(html`<neuron-backprop></neuron-backprop>`);
    await settle(element);
    $<HTMLElement>(element, '[role="radio"][aria-checked="true"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(element.wrt).to.equal('b');
    // @ts-expect-error axe-core's browser build has no type declarations; it registers window.axe.
    await import('axe-core/axe.min.js');
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(element, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    const problems = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    );
    expect(problems).to.deep.equal([]);
  });
});
