import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import katex from 'katex';
import { LitElement } from 'lit';
import { BackpropElement } from '../../src/internal/base-element.js';
import { tex, loadTex, texCacheStats } from '../../src/internal/tex.js';
import { themeStyles } from '../../src/internal/theme.js';

class TexProbe extends BackpropElement {
  static override styles = [themeStyles];
  static override properties = { formula: {} };
  formula = '\\frac{\\partial L}{\\partial w} = (a - y)x';
  override render() {
    return html`<p>${tex(this.formula)}</p>
      ${this.renderProblems()}${this.renderLiveRegion()}`;
  }
  fail(message: string) {
    this.check('formula', { message });
  }
}
TexProbe.define('tex-probe');
TexProbe.define('tex-probe'); // a second define is harmless

/** The same formula inside a box that names it for screen readers: typeset for the eye only. */
class PicturedProbe extends TexProbe {
  override render() {
    return html`<p role="img" aria-label="a formula">${tex(this.formula, false, false)}</p>`;
  }
}
PicturedProbe.define('pictured-probe');

describe('TeX rendering inside shadow roots', () => {
  it('renders KaTeX DOM with the shared stylesheet and document-level fonts', async () => {
    const element = await fixture<TexProbe>(html`<tex-probe></tex-probe>`);
    await loadTex();
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.querySelector('.katex'), 'KaTeX output');
    const root = element.shadowRoot!;
    expect(root.querySelector('.katex-mathml')).to.exist;
    const sheets = root.adoptedStyleSheets;
    expect(
      sheets.some((sheet) =>
        Array.from(sheet.cssRules).some((rule) => rule.cssText.includes('.katex')),
      ),
    ).to.be.true;
    const families = new Set<string>();
    document.fonts.forEach((face) => families.add(face.family.replace(/"/g, '')));
    expect(families.has('KaTeX_Main')).to.be.true;
    await document.fonts.ready;
    const fraction = root.querySelector('.mfrac');
    expect(fraction).to.exist;
  });

  it('shares one stylesheet between instances and caches by TeX string', async () => {
    await loadTex();
    const before = texCacheStats();
    const a = await fixture<TexProbe>(html`<tex-probe></tex-probe>`);
    const b = await fixture<TexProbe>(html`<tex-probe></tex-probe>`);
    await a.updateComplete;
    await b.updateComplete;
    const sheetA = a.shadowRoot!.adoptedStyleSheets.at(-1);
    const sheetB = b.shadowRoot!.adoptedStyleSheets.at(-1);
    expect(sheetA).to.equal(sheetB);
    expect(texCacheStats().hits).to.be.greaterThan(before.hits);
  });

  /** The formula as KaTeX typesets it on its own, to compare a formula updated in place with. */
  function typesetDirectly(formula: string): string {
    const host = document.createElement('span');
    host.className = 'tex';
    katex.render(formula, host, {
      displayMode: false,
      throwOnError: true,
      trust: false,
      strict: 'ignore',
      maxSize: 20,
      maxExpand: 200,
      output: 'htmlAndMathml',
    });
    return host.outerHTML;
  }

  const shown = (element: TexProbe) => element.shadowRoot!.querySelector('p > .tex')!;

  it('writes changed numbers into the formula on screen, exactly as KaTeX typesets them', async () => {
    await loadTex();
    const sequences = [
      ['x = 1.5', 'x = 12.25', 'x = 0.003'],
      ['\\frac{2.5}{3} \\cdot 10 = 8.33', '\\frac{17.25}{8} \\cdot 100 = 215.6'],
      [
        '\\underbrace{0{,}5}_{\\text{oben}} \\times \\underbrace{2}_{\\text{lokal}} = 1{,}5',
        '\\underbrace{0{,}75}_{\\text{oben}} \\times \\underbrace{3}_{\\text{lokal}} = 2{,}25',
      ],
      [
        '\\operatorname{relu}\\left(2 \\cdot 1.5 + -1\\right) = \\sqrt{4} \\times \\mathrm{w1}',
        '\\operatorname{relu}\\left(3 \\cdot 0.25 + -1\\right) = \\sqrt{19} \\times \\mathrm{w1}',
      ],
    ];
    for (const [first, ...rest] of sequences) {
      const element = await fixture<TexProbe>(html`<tex-probe .formula=${first}></tex-probe>`);
      const node = shown(element);
      expect(node.outerHTML).to.equal(typesetDirectly(first));
      for (const formula of rest) {
        element.formula = formula;
        await element.updateComplete;
        expect(shown(element), formula).to.equal(node); // the same DOM, not a new copy
        expect(node.outerHTML, formula).to.equal(typesetDirectly(formula));
        expect(node.querySelector('annotation')!.textContent).to.equal(formula);
      }
    }
  });

  it('typesets again when more than numbers change, or digits are not shown as numbers', async () => {
    await loadTex();
    const element = await fixture<TexProbe>(html`<tex-probe .formula=${'x = 1.5'}></tex-probe>`);
    for (const formula of [
      'x = -1.5', // a sign is part of the shape: it is spaced as an operator
      'x = 1{,}5',
      'x \\hspace{2em} 1',
      'x \\hspace{4em} 1', // a digit in a length cannot be written as text
      '11 2', // two runs typeset as one text
      '13 4',
      '1.5 \\times 10^{-3}', // a script takes one digit: the 0 of 10 is raised alone
      '2.5 \\times 100^{-3}',
      'x_12 + \\frac12',
      'x_345 + \\frac34',
    ]) {
      element.formula = formula;
      await element.updateComplete;
      expect(shown(element).outerHTML, formula).to.equal(typesetDirectly(formula));
    }
  });

  it('typesets a formula that a named box speaks for without its MathML, kept apart in the cache', async () => {
    await loadTex();
    const formula = '\\frac{1}{2} \\cdot 3 = 1.5';
    const spoken = await fixture<TexProbe>(html`<tex-probe .formula=${formula}></tex-probe>`);
    const pictured = await fixture<PicturedProbe>(
      html`<pictured-probe .formula=${formula}></pictured-probe>`,
    );
    expect(shown(spoken).querySelector('math')).to.exist;
    const node = shown(pictured);
    expect(node.querySelectorAll('math').length, 'MathML elements').to.equal(0);
    expect(node.querySelector('.katex-html .mfrac')).to.exist;
    expect(node.querySelector('.katex-html')!.textContent).to.equal(
      shown(spoken).querySelector('.katex-html')!.textContent,
    );
    // Numbers are still written in place, and a spoken copy made after it keeps its MathML.
    pictured.formula = '\\frac{1}{2} \\cdot 7 = 3.5';
    await pictured.updateComplete;
    expect(shown(pictured)).to.equal(node);
    expect(node.querySelector('.katex-html')!.textContent).to.contain('3.5');
    const later = await fixture<TexProbe>(html`<tex-probe .formula=${formula}></tex-probe>`);
    expect(shown(later).querySelector('math')).to.exist;
  });

  it('shows bad TeX as plain text instead of throwing', async () => {
    await loadTex();
    const element = await fixture<TexProbe>(html`<tex-probe></tex-probe>`);
    element.formula = '\\frac{1}{';
    await element.updateComplete;
    const error = element.shadowRoot!.querySelector('.tex-error');
    expect(error?.textContent).to.equal('\\frac{1}{');
  });

  it('reports a problem visibly and with an error event', async () => {
    const element = await fixture<TexProbe>(html`<tex-probe></tex-probe>`);
    let detail: unknown;
    element.addEventListener(
      'error',
      (event) => (detail = (event as unknown as CustomEvent).detail),
    );
    element.fail('expected a formula');
    await element.updateComplete;
    expect(detail).to.deep.equal({ attribute: 'formula', message: 'expected a formula' });
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'expected a formula',
    );
  });

  it('is a LitElement', () => {
    expect(document.createElement('tex-probe')).to.be.instanceOf(LitElement);
  });
});
