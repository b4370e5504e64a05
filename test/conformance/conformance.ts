import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { trackAsyncWork } from './async-work.js';
import { findNonFinite, visibleText } from './screen.js';
import { settle } from './settle.js';
import { collectUncaught } from './uncaught.js';

/** Bad values worth trying on most attributes; each element picks what fits each attribute. */
export const BAD = {
  empty: '',
  nan: 'NaN',
  words: 'banana',
  huge: '1e400',
  infinity: 'Infinity',
  negative: '-5',
  malformedList: '1,,2',
} as const;

export interface ConformanceOptions {
  /** The element's tag. */
  tag: string;
  /** Attributes for the default fixture (besides none at all). */
  attributes?: Record<string, string>;
  /** For each attribute: values the element must refuse, and a good value to restore. */
  badValues: Record<string, { bad: string[]; good: string }>;
  /** Something a reader does (click, keys); axe runs again afterwards. */
  interact: (element: HTMLElement) => Promise<void>;
  /** An attribute change that visibly changes the element, to check two instances stay apart. */
  distinguish: { attribute: string; value: string };
}

interface ErrorEventDetail {
  attribute: string;
  message: string;
}

async function mount(options: ConformanceOptions): Promise<HTMLElement> {
  const tag = unsafeStatic(options.tag);
  const element = await fixture<HTMLElement>(staticHtml`<${tag}></${tag}>`);
  for (const [name, value] of Object.entries(options.attributes ?? {}))
    element.setAttribute(name, value);
  await settle(element);
  return element;
}

/** Registers the checks every element must pass; call inside the element's test file. */
export function runConformanceSuite(options: ConformanceOptions): void {
  describe(`${options.tag} conformance`, () => {
    const uncaught = collectUncaught();
    afterEach(() => {
      expect(uncaught, 'uncaught exceptions').to.deep.equal([]);
    });

    it('has no axe violations in its default state', async () => {
      const element = await mount(options);
      expect(findNonFinite(element)).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('has no axe violations after a reader interacts', async () => {
      const element = await mount(options);
      await options.interact(element);
      await settle(element);
      expect(findNonFinite(element)).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('draws no url(#id) references, which keep detached elements alive', async () => {
      // Chromium's style cache holds computed styles with a url(#id) clip-path, mask, filter or
      // marker, and through the referenced element the whole shadow root (bench/memory.mjs).
      const element = await mount(options);
      await options.interact(element);
      await settle(element);
      const references = [...element.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes]
          .filter((attribute) => attribute.value.includes('url(#'))
          .map((attribute) => `<${node.localName} ${attribute.name}="${attribute.value}">`),
      );
      expect(references).to.deep.equal([]);
    });

    for (const [attribute, { bad, good }] of Object.entries(options.badValues)) {
      for (const value of bad) {
        it(`refuses ${attribute}="${value}" with a visible message and an error event`, async () => {
          const element = await mount(options);
          element.setAttribute(attribute, good);
          await settle(element);
          const goodText = visibleText(element);
          const errors: ErrorEventDetail[] = [];
          element.addEventListener('error', (event) =>
            errors.push((event as unknown as CustomEvent<ErrorEventDetail>).detail),
          );
          element.setAttribute(attribute, value);
          await settle(element);
          expect(errors.length, 'error events').to.be.greaterThan(0);
          expect(errors[0].attribute).to.equal(attribute);
          expect(errors[0].message).to.be.a('string').and.not.equal('');
          const note = element.shadowRoot!.querySelector('[part~="error"]');
          expect(note, 'visible error note').to.exist;
          expect(note!.textContent).to.contain(attribute);
          expect((note as HTMLElement).offsetHeight, 'note is visible').to.be.greaterThan(0);
          expect(findNonFinite(element)).to.equal(null);
          await expect(element).to.be.accessible();
          element.setAttribute(attribute, good);
          await settle(element);
          expect(
            element.shadowRoot!.querySelector('[part~="error"]'),
            'note gone once fixed',
          ).to.equal(null);
          expect(visibleText(element)).to.equal(goodText);
        });
      }
    }

    it('leaves no timers, animation frames or document listeners after 200 attach/detach cycles', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const tracker = trackAsyncWork();
      try {
        for (let i = 0; i < 200; i++) {
          const element = document.createElement(options.tag);
          for (const [name, value] of Object.entries(options.attributes ?? {}))
            element.setAttribute(name, value);
          host.append(element);
          await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          element.remove();
        }
        await tracker.wait(50);
        await tracker.frames(3);
        expect(tracker.pendingFrames(), 'animation frames still requested').to.equal(0);
        expect(tracker.activeIntervals(), 'intervals still running').to.equal(0);
        expect(tracker.pendingTimeouts(), 'timeouts still pending').to.equal(0);
        expect(tracker.globalListeners(), 'document/window listeners left').to.equal(0);
      } finally {
        tracker.restore();
        host.remove();
      }
    });

    it('keeps two instances on one page independent', async () => {
      const tag = unsafeStatic(options.tag);
      const wrapper = await fixture<HTMLElement>(
        html`<div>${staticHtml`<${tag}></${tag}><${tag}></${tag}>`}</div>`,
      );
      const [first, second] = Array.from(wrapper.querySelectorAll<HTMLElement>(options.tag));
      for (const element of [first, second]) {
        for (const [name, value] of Object.entries(options.attributes ?? {}))
          element.setAttribute(name, value);
        await settle(element);
      }
      const before = visibleText(second);
      const firstBefore = visibleText(first);
      first.setAttribute(options.distinguish.attribute, options.distinguish.value);
      await settle(first);
      await settle(second);
      expect(visibleText(first), 'the changed instance shows the change').to.not.equal(firstBefore);
      expect(visibleText(second), 'the other instance is untouched').to.equal(before);
    });
  });
}
