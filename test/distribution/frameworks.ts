import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import {
  STATE_COUNT,
  isMisuse,
  misusedAt,
  propsAt,
  type AppElement,
} from '../apps/shared/states.js';
import type { FrameworkChecks } from './frameworks/checks.js';

/**
 * The React 19, Vue 3 and Svelte 5 apps in test/apps/, built with Vite from the packed tarball by
 * `node scripts/build-apps.mjs`, each opened as a site in a frame. Each app renders every element
 * through the states of test/apps/elements/<tag>.ts one after another; after each, every element
 * must use exactly what the app passed, with its outputs computed independently in
 * ./frameworks/<tag>.ts. Then a reader uses each element and the app's own event log must hold
 * each documented event.
 */

interface Element_ {
  app: AppElement;
  checks: FrameworkChecks;
}

/** Each element's two parts, found by its tag. */
async function elementParts(): Promise<Element_[]> {
  return Promise.all(
    ELEMENT_TAGS.map(async (tag) => ({
      app: (await import(`../apps/elements/${tag}.ts`)) as AppElement,
      checks: (await import(`./frameworks/${tag}.ts`)) as FrameworkChecks,
    })),
  );
}

/** `learningRate` -> `learning-rate`: how the Svelte app passes a camelCase name. */
const dashed = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export function describeApp(app: 'react' | 'vue' | 'svelte', title: string): void {
  describe(`${title} app built with Vite from the packed package`, function () {
    this.timeout(60000);
    let frame: HTMLIFrameElement;
    let parts: Element_[];
    const inApp = <T extends Element>(selector: string): T => {
      const found = frame.contentDocument!.querySelector<T>(selector);
      if (!found) throw new Error(`the ${title} app shows no ${selector}`);
      return found;
    };
    const shown = (tag: string) => inApp<HTMLElement>(tag);
    const log = () =>
      [...frame.contentDocument!.querySelectorAll('#log li')].map((li) => li.textContent!);
    const settled = async () => {
      for (const { app: part } of parts) {
        await (shown(part.tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      }
    };
    const show = async (index: number) => {
      if (index > 0) inApp<HTMLButtonElement>('#next').click();
      await waitUntil(() => inApp('#state').textContent === String(index), `state ${index}`);
      await settled();
    };

    before(async () => {
      parts = await elementParts();
      await executeServerCommand('bring-to-front');
      frame = document.createElement('iframe');
      Object.assign(frame.style, { width: '900px', height: '3000px', border: '0' });
      frame.src = `/node_modules/.cache/backprop-elements-apps/${app}/index.html`;
      document.body.append(frame);
      await waitUntil(
        () =>
          parts.every(
            ({ app: part }) => frame.contentDocument?.querySelector(part.tag)?.shadowRoot,
          ),
        `the ${title} app did not render every element (run node scripts/build-apps.mjs)`,
        { timeout: 20000 },
      );
      await settled();
    });
    after(() => frame.remove());

    for (let index = 0; index < STATE_COUNT; index++) {
      it(`passes state ${index + 1} of ${STATE_COUNT}${isMisuse(index) ? ' with read-only props' : ''}`, async () => {
        await show(index);
        for (const { app: part, checks } of parts) {
          const element = shown(part.tag);
          checks.expectProps(element, propsAt(part, index));
          // Words, not message keys: the English catalogue survived the app's bundler.
          expect(element.shadowRoot!.textContent!, part.tag).to.not.match(
            new RegExp(`\\b(${ELEMENT_TAGS.join('|')})\\.[a-z]`),
          );
        }
        if (!isMisuse(index)) {
          for (const { app: part, checks } of parts) {
            const props = propsAt(part, index);
            // Every setting went in as a property: the framework found it on the element. Only
            // Svelte's dashed names (learning-rate) are attributes (see the Svelte app), and an
            // element may reflect a boolean as a native boolean attribute is.
            const dashedNames =
              app === 'svelte'
                ? Object.keys(props)
                    .filter((name) => props[name] !== undefined && dashed(name) !== name)
                    .map(dashed)
                : [];
            const expected = [...(checks.reflects?.(props) ?? []), ...dashedNames].sort();
            const element = shown(part.tag);
            const attributes = [...element.attributes].map((attribute) => attribute.name).sort();
            expect(attributes, `${part.tag}'s attributes`).to.deep.equal(expected);
          }
          // Changes made from code fire no events, and nothing was refused.
          expect(log()).to.deep.equal([]);
          return;
        }
        // A read-only prop is ignored (the checks above still hold) and reported, never thrown.
        // The report comes with the notes' code, fetched with the first one, and the app shows
        // it in its log on a render of its own: wait for the lines that must come first.
        const reportedLine = (tag: string, name: string) =>
          log().some((line) => line.startsWith(`${tag} error {"attribute":"${name}"`));
        const silentlyLowercased = (name: string) =>
          app === 'svelte' && name !== name.toLowerCase();
        for (const { app: part } of parts) {
          for (const name of Object.keys(misusedAt(part, index))) {
            if (silentlyLowercased(name)) continue;
            await waitUntil(
              () => reportedLine(part.tag, name),
              `${part.tag} did not report the read-only ${name}`,
              { timeout: 5000 },
            );
          }
        }
        for (const { app: part } of parts) {
          for (const name of Object.keys(misusedAt(part, index))) {
            const reported = reportedLine(part.tag, name);
            if (silentlyLowercased(name)) {
              // Svelte lowercases the names in a spread ({...props}): `totalSteps` arrives as a
              // `totalsteps` attribute, which no element reads. Nothing is set, so nothing is said.
              expect(
                shown(part.tag).getAttribute(name.toLowerCase()),
                `${part.tag} ${name}`,
              ).to.not.equal(null);
              expect(reported, `${part.tag} ${name}`).to.be.false;
            } else {
              expect(reported, `${part.tag} ${name}`).to.be.true;
            }
          }
        }
      });
    }

    it('hears every documented event through its usual listener syntax', async () => {
      const before = log().length;
      for (const { app: part, checks } of parts) await checks.use(shown(part.tag), settled);
      await settled();
      const heard = log()
        .slice(before)
        .map((line) => line.split(' ').slice(0, 2).join(' '));
      for (const { app: part } of parts) {
        for (const type of part.events.filter((name) => name !== 'error')) {
          expect(heard, `${title} heard ${part.tag} ${type}`).to.include(`${part.tag} ${type}`);
        }
      }
      for (const { app: part, checks } of parts) {
        checks.afterUse?.(shown(part.tag), log(), propsAt(part, STATE_COUNT - 1));
      }
    });

    it('loads KaTeX fonts from the folder the app gave setFontBase', async () => {
      const doc = frame.contentDocument!;
      await waitUntil(
        () =>
          [...doc.fonts].some((face) => face.status === 'loaded' && face.family.includes('KaTeX')),
        'no KaTeX font loaded',
        { timeout: 10000 },
      );
      const fontRequests = frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('KaTeX_'));
      expect(fontRequests.length).to.be.greaterThan(0);
      for (const url of fontRequests)
        expect(url).to.contain(`/backprop-elements-apps/${app}/katex-fonts/`);
    });
  });
}
