import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/all.js';
import { ELEMENT_TAGS } from '../../src/element-tags.js';
import { contrast, rgba } from './colours.js';
import { openFormulas } from './open-formulas.js';

/**
 * Windows high contrast, emulated in Chromium (scripts/wtr-forced-colors.mjs): every element
 * still draws each line and marker a reader needs, in a system colour that stands out from the
 * background at 3:1, and nothing meaningful hangs on a background image, which forced colours
 * (and printing) drop.
 */

const MARKS = 'line, path, polyline, polygon, rect, circle, ellipse';

function problems(element: Element): string[] {
  const root = element.shadowRoot!;
  const background = rgba(getComputedStyle(element).backgroundColor);
  const found: string[] = [];
  for (const shape of root.querySelectorAll<SVGGraphicsElement>(MARKS)) {
    const style = getComputedStyle(shape);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (shape.closest('[aria-hidden="true"] .hit, .hit')) continue;
    const { width, height } = shape.getBoundingClientRect();
    if (width === 0 && height === 0) continue;
    const stroke = style.stroke;
    if (stroke !== 'none' && Number(style.strokeOpacity) > 0 && parseFloat(style.strokeWidth) > 0) {
      const ratio = contrast(rgba(stroke), background);
      // A stroke in the background colour is a halo that keeps a marker apart from the lines
      // behind it, not a line to read.
      const halo = ratio < 1.05;
      if (ratio < 3 && !halo && rgba(stroke)[3] > 0)
        found.push(
          `<${shape.localName} class="${shape.getAttribute('class') ?? ''}"> stroke ${ratio.toFixed(2)}:1`,
        );
    }
  }
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    const image = getComputedStyle(node).backgroundImage;
    if (image !== 'none' && !node.closest('.katex'))
      found.push(`<${node.localName} class="${node.className}"> draws with a background image`);
  }
  return found;
}

describe('forced colours (Windows high contrast), emulated', () => {
  before(async () => {
    await executeServerCommand('forced-colors', { active: true });
  });
  after(async () => {
    await executeServerCommand('forced-colors', { active: false });
  });

  it('is really emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: every line at 3:1 in system colours, no background images`, async () => {
      const name = unsafeStatic(tag);
      const element = await fixture<HTMLElement>(staticHtml`<${name}></${name}>`);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      openFormulas(element);
      await waitUntil(() => element.shadowRoot!.querySelector('.katex'), 'formulas typeset');
      expect(problems(element)).to.deep.equal([]);
    });
  }
});
