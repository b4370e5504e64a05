import { expect, waitUntil } from '@open-wc/testing';
import { embeddingOf } from '../../demo/builder/catalogue.js';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import { openFrame, waitForFormula } from './frame.js';

/**
 * The built bundles on pages served with `Content-Security-Policy: default-src 'self'` (no
 * 'unsafe-inline', no 'unsafe-eval'): every element renders with typeset formulas and the page
 * records no securitypolicyviolation. Needs `npm run build:dist` first (part of `npm test`).
 */

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
  element: string | null;
}

type CspWindow = Window & { cspViolations: Violation[] };

function violationsIn(frame: HTMLIFrameElement): Violation[] {
  return (frame.contentWindow as CspWindow).cspViolations;
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `${v.directive} blocked ${v.blocked} at ${v.source}:${v.line} on <${v.element}> "${v.sample}"`,
    )
    .join('\n');
}

/**
 * Opens a strict-CSP page and puts one of every element in it, each with its lesson example
 * (its embedding.ts), as markup added after the bundle: the module bundle's loader finds them,
 * the classic script has them registered already.
 */
async function openPage(src: string): Promise<HTMLIFrameElement> {
  const frame = await openFrame(src);
  const doc = frame.contentDocument!;
  for (const tag of ELEMENT_TAGS) {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries((await embeddingOf(tag)).example)) {
      element.setAttribute(name, value);
    }
    doc.body.append(element);
  }
  return frame;
}

async function expectBundleRuns(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  for (const tag of ELEMENT_TAGS) {
    // The module bundle loads each element's chunk when the tag is found; the classic script
    // registers all four at once.
    await waitUntil(() => win.customElements.get(tag), `${tag} is registered`, { timeout: 5000 });
    const element = await waitForFormula(frame, tag);
    expect(element.shadowRoot!.querySelectorAll('.katex').length).to.be.greaterThan(0);
  }
  await frame.contentDocument!.fonts.ready;
  expect(describeViolations(violationsIn(frame))).to.equal('');
}

describe('strict Content Security Policy', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('the page under test is really served with the strict policy', async () => {
    const response = await fetch('/test/distribution/csp/module.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'");
  });

  it('renders every element with formulas from the ES module bundle, loaded twice', async () => {
    frame = await openPage('/test/distribution/csp/module.html');
    await expectBundleRuns(frame);
  });

  it('renders every element with formulas from the classic script, loaded twice', async () => {
    frame = await openPage('/test/distribution/csp/classic.html');
    await expectBundleRuns(frame);
  });

  it('fetches KaTeX fonts from dist/fonts/ beside the bundle', async () => {
    frame = await openPage('/test/distribution/csp/module.html');
    await waitForFormula(frame, 'graph-backprop');
    const fonts = frame.contentDocument!.fonts;
    await fonts.ready;
    const main = [...fonts].find(
      (face) =>
        face.family.replace(/"/g, '') === 'KaTeX_Main' &&
        face.style === 'normal' &&
        face.weight === '400',
    );
    expect(main, 'KaTeX_Main is registered on the document').to.exist;
    await main!.load();
    expect(main!.status).to.equal('loaded');
    const fontUrls = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.woff2'));
    expect(fontUrls.length).to.be.greaterThan(0);
    for (const url of fontUrls) expect(new URL(url).pathname).to.match(/^\/dist\/fonts\/KaTeX_/);
    // Only the fonts the formulas use are fetched, not all twenty.
    expect(fontUrls.length).to.be.lessThan(20);
  });

  it('would notice a violation: an inline style attribute is reported', async () => {
    frame = await openPage('/test/distribution/csp/module.html');
    await waitForFormula(frame, 'graph-backprop');
    const probe = frame.contentDocument!.createElement('p');
    probe.setAttribute('style', 'color: red');
    frame.contentDocument!.body.append(probe);
    await waitUntil(
      () => violationsIn(frame!).some((v) => v.directive.startsWith('style-src')),
      'the inline style was not reported',
    );
  });
});
