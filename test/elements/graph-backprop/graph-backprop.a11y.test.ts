import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/graph-backprop/define.js';
import type {
  GraphBackprop,
  GraphEditDetail,
} from '../../../src/elements/graph-backprop/graph-backprop.js';
import { loadTex } from '../../../src/internal/tex.js';

const $ = <T extends Element = Element>(element: GraphBackprop, selector: string): T =>
  element.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = Element>(element: GraphBackprop, selector: string): T[] =>
  Array.from(element.shadowRoot!.querySelectorAll<T>(selector));

async function settle(element: GraphBackprop): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Counts changes to the live region's text. */
function watchLiveRegion(element: GraphBackprop): { count: () => number; stop: () => void } {
  let updates = 0;
  const observer = new MutationObserver((records) => (updates += records.length));
  observer.observe($(element, '[role="status"]'), {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return { count: () => updates, stop: () => observer.disconnect() };
}

// ---- colours as the screen shows them -------------------------------------------------------

type Rgba = [number, number, number, number];
const swatch = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

function rgba(colour: string): Rgba {
  swatch.clearRect(0, 0, 1, 1);
  swatch.fillStyle = '#000';
  swatch.fillStyle = colour;
  swatch.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = swatch.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Every stroke the diagram draws (wires, label and node borders, drag arrows) below 3:1. */
function weakStrokes(element: GraphBackprop): string[] {
  const background = rgba(getComputedStyle(element).backgroundColor);
  const weak: string[] = [];
  for (const node of $$<SVGElement>(element, 'svg *')) {
    const style = getComputedStyle(node);
    if (style.stroke === 'none' || style.display === 'none') continue;
    const stroke = rgba(style.stroke);
    if (stroke[3] === 0) continue;
    const ratio = contrast(over(stroke, background), background);
    const parent = node.parentElement?.getAttribute('class') ?? '';
    if (ratio < 3) weak.push(`${parent} ${node.getAttribute('class')}: ${ratio.toFixed(2)}`);
  }
  return weak;
}

describe('<graph-backprop> accessibility in any host page', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await emulateMedia({ media: 'screen' });
  });

  describe('keyboard', () => {
    it('takes one Tab stop for the whole diagram, then one per working button, all named', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>before</button
          ><graph-backprop expr="sigmoid(w*x + b)" values="x=2, w=-1, b=0.5"></graph-backprop
          ><button>after</button>
        </div>`,
      );
      const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
      await settle(element);
      wrapper.querySelector('button')!.focus();
      const names: string[] = [];
      for (let presses = 0; presses < 20; presses++) {
        await sendKeys({ press: 'Tab' });
        if (document.activeElement !== element) break;
        const focused = element.shadowRoot!.activeElement!;
        const label = (focused as HTMLInputElement).labels?.[0]?.textContent;
        names.push((focused.getAttribute('aria-label') ?? label ?? focused.textContent)!.trim());
      }
      expect(document.activeElement!.textContent).to.equal('after');
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
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      try {
        const element = await fixture<GraphBackprop>(
          html`<graph-backprop expr="w*x" values="w=1, x=2"></graph-backprop>`,
        );
        window.scrollTo(0, 40);
        const scrolled = window.scrollY;
        const w = $<SVGGElement>(element, '.node[data-name="w"]');
        w.focus({ preventScroll: true });
        const seen: number[] = [];
        for (const key of ['End', 'PageDown', 'Home', 'PageUp']) {
          await sendKeys({ press: key });
          await element.updateComplete;
          seen.push(element.values.w);
        }
        expect(seen).to.deep.equal([1000, 999, -1000, -999]);
        expect(window.scrollY, 'the page did not scroll').to.equal(scrolled);
        const hint = element.shadowRoot!.getElementById(w.getAttribute('aria-describedby')!);
        expect(hint!.textContent).to.contain('Home');
      } finally {
        spacer.remove();
      }
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

    it('moves focus to a working button when Step disables itself', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x"></graph-backprop>`,
      );
      await settle(element);
      $<HTMLButtonElement>(element, 'button.step').focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect($<HTMLButtonElement>(element, 'button.step').disabled).to.be.true;
      expect(document.activeElement).to.equal(element);
      expect(element.shadowRoot!.activeElement!.matches('button:not(:disabled)')).to.be.true;
    });
  });

  describe('screen readers', () => {
    it('announces a drag once, on release, not on each of 25 moves', async () => {
      const element = await fixture<GraphBackprop>(
        html`<graph-backprop expr="w*x + b" values="x=2, w=-1, b=0.5"></graph-backprop>`,
      );
      await settle(element);
      const live = watchLiveRegion(element);
      const [x, y] = centre($(element, '.node[data-name="x"] .node-box'));
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 25; step++) {
        await sendMouse({ type: 'move', position: [x + step * 2, y] });
        await element.updateComplete;
      }
      await settle(element);
      expect(element.values.x, 'the variable followed').to.be.greaterThan(2);
      expect(live.count(), 'live region quiet while dragging').to.equal(0);
      await sendMouse({ type: 'up' });
      await settle(element);
      live.stop();
      expect(live.count(), 'one announcement on release').to.be.within(1, 2);
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
        expect(weakStrokes(element)).to.deep.equal([]);
      });
    }
  });

  describe('forced colours', () => {
    it('turns wires, borders and the focus ring into system colours', async () => {
      const element = await fixture<GraphBackprop>(html`<graph-backprop></graph-backprop>`);
      // The runner's Chromium launcher cannot emulate forced colours; read the rules instead.
      const forced = element
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
        )
        .flatMap((rule) => [...rule.cssRules])
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
      const system = /^(Canvas|CanvasText|LinkText|Highlight|HighlightText|GrayText|ButtonText)$/i;
      const ruleFor = (selector: string, property: string): string[] =>
        forced
          .filter((rule) => rule.selectorText.split(/,\s*/).includes(selector))
          .map((rule) => rule.style.getPropertyValue(property).trim())
          .filter(Boolean);
      for (const [selector, property] of [
        ['.wire', 'stroke'],
        ['.node-box', 'stroke'],
        ['.edge-label', 'stroke'],
        ['.node.selected .node-box', 'stroke'],
        ['.node:focus-visible .focus-mark', 'stroke'],
        ['.node-value', 'fill'],
      ]) {
        const values = ruleFor(selector, property);
        expect(values, selector).to.have.length.greaterThan(0);
        for (const value of values) expect(value, selector).to.match(system);
      }
    });
  });

  describe('host pages', () => {
    it('keeps formula and label text unchanged under hostile inherited CSS', async () => {
      await loadTex();
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 700px">
          <graph-backprop expr="sigmoid(w*x)" values="w=2, x=1"></graph-backprop>
          <div
            style="text-transform: uppercase; white-space: nowrap; line-height: 2;
              letter-spacing: 4px; word-spacing: 12px; text-indent: 30px; font-style: italic;
              text-align: center"
          >
            <graph-backprop expr="sigmoid(w*x)" values="w=2, x=1"></graph-backprop>
          </div>
        </div>`,
      );
      const [plain, hostile] = [...wrapper.querySelectorAll('graph-backprop')] as GraphBackprop[];
      await settle(plain);
      await settle(hostile);
      for (const selector of ['.node-symbol', '.edge-top', '.caption .hint', '.katex', 'button']) {
        const a = $(plain, selector);
        const b = $(hostile, selector);
        expect(b.textContent, selector).to.equal(a.textContent);
        const [boxA, boxB] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        expect(boxB.width, `${selector} width`).to.be.closeTo(boxA.width, 0.5);
        expect(boxB.height, `${selector} height`).to.be.closeTo(boxA.height, 0.5);
        expect(getComputedStyle(b).textTransform, selector).to.equal('none');
      }
    });

    it('ends a drag when the page moves the element mid-drag', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <div class="from"><graph-backprop expr="w*x" values="w=1, x=2"></graph-backprop></div>
          <div class="to"></div>
        </div>`,
      );
      const element = wrapper.querySelector('graph-backprop') as GraphBackprop;
      await settle(element);
      const changes: GraphEditDetail[] = [];
      element.addEventListener('change', (event) => changes.push(event.detail));
      const [x, y] = centre($(element, '.node[data-name="w"] .node-box'));
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 40, y] });
      await element.updateComplete;
      const moved = element.values.w;
      expect(moved).to.be.greaterThan(1);
      wrapper.querySelector('.to')!.append(element);
      await settle(element);
      expect(changes.map((detail) => detail.value)).to.deep.equal([moved]);
      await sendMouse({ type: 'move', position: [x + 120, y + 200] });
      await sendMouse({ type: 'up' });
      await settle(element);
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
