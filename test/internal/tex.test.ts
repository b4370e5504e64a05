import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
