import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/layer-delta/define.js';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
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
});
