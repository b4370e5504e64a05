import { expect, fixture, html } from '@open-wc/testing';
import { BackpropElement } from '../../src/internal/base-element.js';
import {
  addEnglish,
  addMessages,
  addTranslations,
  catalogueLanguage,
  isLoaded,
  loadCatalogue,
  translate,
} from '../../src/internal/i18n.js';
import { Localizer } from '../../src/internal/localizer.js';

addEnglish({
  'probe.hello': 'Hello',
  'probe.steps': { one: '{count} step', other: '{count} steps' },
});
addMessages('eo', { 'probe.hello': 'Saluton' });
addEnglish({ 'probe.rate': 'A step moves w by −{rate} × its gradient' });
addMessages('ar', { 'probe.rate': 'تحرّك الخطوة w بمقدار −{rate} × تدرجها' });
addEnglish({ 'probe.typed': 'Type a little arithmetic, such as -0.8*1.5' });
addMessages('ar', { 'probe.typed': 'اكتب عملية حسابية بسيطة، مثل -0.8*1.5' });
addEnglish({ 'probe.matrix': 'Edit a weight of {matrix}' });
addMessages('ar', { 'probe.matrix': 'تعديل وزن من {matrix}' });

class LanguageProbe extends BackpropElement {
  override render() {
    return html`<p>${this.l10n.t('probe.hello')} ${this.l10n.number(0.5)}</p>
      <span>${this.l10n.t('probe.rate', { rate: 0.5 })}</span>`;
  }
}
customElements.define('language-probe', LanguageProbe);

type Probe = LanguageProbe & { updateComplete: Promise<boolean> };
const shown = (element: Element): string => element.shadowRoot!.querySelector('p')!.textContent!;

describe('languages', () => {
  it('picks a catalogue: region falls back to its base, unknown and missing to English', () => {
    expect(catalogueLanguage('es-MX')).to.equal('es');
    expect(catalogueLanguage('de-AT')).to.equal('de');
    expect(catalogueLanguage('pt')).to.equal('pt-BR');
    expect(catalogueLanguage('zh-Hans-CN')).to.equal('zh-CN');
    expect(catalogueLanguage('eo-XX')).to.equal('eo');
    expect(catalogueLanguage('tlh')).to.equal('en');
    expect(catalogueLanguage('')).to.equal('en');
    expect(catalogueLanguage('not a language!')).to.equal('en');
  });

  it('follows the nearest lang and re-renders when it changes at runtime', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="eo">
        <section><language-probe></language-probe></section>
      </div>`,
    );
    const element = wrapper.querySelector('language-probe') as Probe;
    await element.updateComplete;
    expect(shown(element)).to.equal('Saluton 0.5');
    wrapper.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('Hello 0.5');
    element.setAttribute('lang', 'eo-XX');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shown(element)).to.equal('Saluton 0.5');
  });

  it('re-renders when a page overrides a message', async () => {
    const element = await fixture<Probe>(html`<language-probe lang="eo"></language-probe>`);
    addMessages('eo', { 'probe.hello': 'Bonan tagon' });
    await element.updateComplete;
    expect(shown(element)).to.equal('Bonan tagon 0.5');
  });

  it('isolates symbols and numbers left to right inside right-to-left sentences', () => {
    const text = new Localizer('ar').t('probe.rate', { rate: 0.5 });
    expect(text).to.equal('تحرّك الخطوة \u2066w\u2069 بمقدار \u2066\u22120.5\u2069 × تدرجها');
    expect(new Localizer('en').t('probe.rate', { rate: 0.5 })).to.equal(
      'A step moves w by \u22120.5 × its gradient',
    );
  });

  it('keeps typed arithmetic, its minus and its * included, one left-to-right piece', () => {
    // Split at the signs, the pieces would be laid out right to left: "1.5*0.8-" for -0.8*1.5.
    expect(new Localizer('ar').t('probe.typed')).to.equal(
      'اكتب عملية حسابية بسيطة، مثل \u2066-0.8*1.5\u2069',
    );
  });

  it('keeps a subscript or superscript with its symbol', () => {
    // Isolated alone, W would stand on the subscript's left in a right-to-left line: "₂W".
    const l10n = new Localizer('ar');
    expect(l10n.t('probe.matrix', { matrix: 'W₂' })).to.equal('تعديل وزن من \u2066W₂\u2069');
    expect(l10n.t('probe.matrix', { matrix: 'W₂ᵀ' })).to.equal('تعديل وزن من \u2066W₂ᵀ\u2069');
    expect(l10n.t('probe.matrix', { matrix: 'x₁²' })).to.equal('تعديل وزن من \u2066x₁²\u2069');
    expect(l10n.t('probe.matrix', { matrix: 'δ₁' })).to.equal('تعديل وزن من \u2066δ₁\u2069');
  });

  it('isolates symbols on a right-to-left page whose language has no catalogue', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="he"><language-probe></language-probe></div>`,
    );
    const element = wrapper.querySelector('language-probe') as Probe;
    await element.updateComplete;
    expect(element.language, 'English words').to.equal('en');
    // The English sentence runs left to right as a whole, its minus before its digits.
    expect(element.shadowRoot!.querySelector('span')!.textContent).to.equal(
      '\u2066A step moves w by \u22120.5 × its gradient\u2069',
    );
    wrapper.setAttribute('dir', 'ltr');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('span')!.textContent).to.equal(
      'A step moves w by \u22120.5 × its gradient',
    );
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    expect(translate('en', 'probe.steps', { count: 1 })).to.equal('1 step');
    expect(translate('en', 'probe.steps', { count: 3 })).to.equal('3 steps');
  });

  it('writes and reads numbers in the language: 0,5 in German, braced in TeX, true minus', () => {
    const german = new Localizer('de');
    expect(german.number(0.5)).to.equal('0,5');
    expect(german.number(-1.25)).to.equal('\u22121,25');
    expect(german.number(172441.964)).to.equal('172.442');
    expect(german.tex(0.5)).to.equal('0{,}5');
    expect(german.read('0,5')).to.equal('0.5');
    expect(german.read('\u22120,5')).to.equal('-0.5');
    const english = new Localizer('en');
    expect(english.number(0.5)).to.equal('0.5');
    expect(english.read('1,5'), 'English does not read a comma as a decimal').to.equal('1,5');
    expect(new Localizer('fr').number(2.5)).to.equal('2,5');
    expect(new Localizer('ar').number(2.5), 'Latin digits on Arabic pages').to.match(/^2.5$/);
  });

  it("fetches an element's part of a language only when asked for it, the page's words winning", async () => {
    const fetched: string[] = [];
    addEnglish({ 'probe-part.hello': 'Hello', 'probe-part.bye': 'Bye' });
    addTranslations('probe-part', {
      fr: () => {
        fetched.push('fr');
        return Promise.resolve({
          messages: { 'probe-part.hello': 'Bonjour (livré)', 'probe-part.bye': 'Au revoir' },
        });
      },
    });
    // Set before the part arrives: the page's own word stays.
    addMessages('fr', { 'probe-part.hello': 'Salut' });
    await loadCatalogue('fr');
    expect(isLoaded('fr'), 'the shared part').to.be.true;
    expect(isLoaded('fr', 'probe-part'), 'the element part is not fetched with it').to.be.false;
    expect(fetched).to.deep.equal([]);
    expect(translate('fr', 'probe-part.bye'), 'English until the part is here').to.equal('Bye');
    await Promise.all([loadCatalogue('fr', 'probe-part'), loadCatalogue('fr', 'probe-part')]);
    expect(fetched, 'fetched once').to.deep.equal(['fr']);
    expect(isLoaded('fr', 'probe-part')).to.be.true;
    expect(translate('fr', 'probe-part.bye')).to.equal('Au revoir');
    expect(translate('fr', 'probe-part.hello')).to.equal('Salut');
  });
});
