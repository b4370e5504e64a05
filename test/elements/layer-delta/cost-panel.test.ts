import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { countText } from '../../../src/elements/layer-delta/efficiency.js';
import { $ } from '../../conformance/shadow.js';

/** The cost panel's code arrives after the first render; its content is there once updated. */
describe('<layer-delta> cost panel, loaded after the first render', () => {
  it('shows the counts and the chart for the sizes', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta sizes="2 3 1"></layer-delta>`);
    await element.updateComplete;
    const rows = [...element.shadowRoot!.querySelectorAll('.efficiency table.counts tbody tr')];
    expect(rows).to.have.length(3);
    expect(rows[0].textContent).to.contain(String(element.opCounts.forward));
    expect($(element, '.efficiency svg.chart')?.getAttribute('aria-label')).to.contain('Chart');
  });

  it('draws the table and chart with their own styles, which arrive with their code', async () => {
    const element = await fixture<LayerDelta>(html`<layer-delta sizes="2 3 1"></layer-delta>`);
    await element.updateComplete;
    const table = getComputedStyle($(element, '.efficiency table.counts')!);
    expect(table.borderCollapse).to.equal('collapse');
    const series = getComputedStyle($(element, '.efficiency .series.backward')!);
    expect(series.strokeDasharray, 'the backward series is dashed').to.match(/^6(px)?,? 3(px)?$/);
  });

  it('writes every digit of a count, grouped as the reader’s language groups them', async () => {
    const sizes = '2 16 16 16 1';
    const english = await fixture<LayerDelta>(html`<layer-delta sizes=${sizes}></layer-delta>`);
    const german = await fixture<LayerDelta>(
      html`<layer-delta lang="de" sizes=${sizes}></layer-delta>`,
    );
    await english.updateComplete;
    await german.updateComplete;
    const naive = english.opCounts.naive;
    expect(naive).to.be.greaterThan(9999);
    const grouped = (separator: string) =>
      String(naive).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    const naiveRow = (element: LayerDelta) =>
      element.shadowRoot!.querySelectorAll('.efficiency table.counts tbody tr')[2].textContent!;
    expect(naiveRow(english)).to.contain(grouped(','));
    expect(naiveRow(german)).to.contain(grouped('.'));
  });

  it('draws the counts without an Intl.NumberFormat, whose first one loads the browser’s number data', async () => {
    // Loaded once, so the new element's panel is drawn at its first render.
    await fixture<LayerDelta>(html`<layer-delta sizes="2 3 1"></layer-delta>`);
    const original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        made++;
        return new target(...args);
      },
      apply(target, _this, args: Parameters<typeof Intl.NumberFormat>) {
        made++;
        return target(...args);
      },
    });
    try {
      const element = await fixture<LayerDelta>(html`<layer-delta sizes="2 4 1"></layer-delta>`);
      await element.updateComplete;
      expect($(element, '.efficiency table.counts')).to.not.equal(null);
    } finally {
      Intl.NumberFormat = original;
    }
    expect(made).to.equal(0);
  });

  it('writes English counts as the browser’s own English number format does', () => {
    const english = new Intl.NumberFormat('en', { numberingSystem: 'latn' });
    for (const count of [0, 7, 71, 999, 1000, 1919, 13104, 100000, 654321, 1234567, 98765432])
      expect(countText(count, 'en'), String(count)).to.equal(english.format(count));
    expect(countText(1919, 'es')).to.equal('1919');
    expect(countText(13104, 'de')).to.equal('13.104');
  });
});
