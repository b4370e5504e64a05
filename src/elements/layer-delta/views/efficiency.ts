import { html, svg, type TemplateResult } from 'lit';
import type { OpCounts } from '../../../core/index.js';
import { messageParts, type Localizer } from '../../../internal/localizer.js';
import {
  chartScale,
  compactCount,
  countText,
  currentHiddenWidth,
  ratioText,
  widthSeries,
  type WidthPoint,
} from '../efficiency.js';
import './efficiency.messages.js';

export { efficiencyStyles as styles } from './efficiency.styles.js';

/**
 * The efficiency panel: the three multiply-add counts for the current sizes, and a log-scale
 * chart of how they grow with the hidden width. Lines differ by dash as well as colour. Its
 * heading names it; it is not a named region, so two figures on a page hold no look-alike
 * landmarks. Its own chunk, fetched after the element's first render (cost-panel.ts).
 */

const BOX = { left: 42, right: 288, top: 12, bottom: 146 };
const SERIES: ReadonlyArray<keyof OpCounts> = ['forward', 'backward', 'naive'];

function seriesLabel(l10n: Localizer, key: keyof OpCounts): string {
  if (key === 'forward') return l10n.t('layer-delta.cost.forward');
  if (key === 'backward') return l10n.t('layer-delta.cost.backward');
  return l10n.t('layer-delta.cost.naive');
}

function legendSample(key: string): TemplateResult {
  return html`<svg class="sample" viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
    ${svg`<line class="series ${key}" x1="1" y1="4" x2="27" y2="4"></line>`}
  </svg>`;
}

function chart(l10n: Localizer, sizes: readonly number[], counts: OpCounts): TemplateResult {
  const points: WidthPoint[] = widthSeries(sizes);
  const scale = chartScale(points, BOX);
  const width = currentHiddenWidth(sizes);
  const last = points[points.length - 1];
  const write = (value: number): string => l10n.number(value);
  const short = (value: number): string => compactCount(value, write);
  const summary = l10n.t('layer-delta.cost.chart', {
    from: points[0].width,
    to: last.width,
    forward: short(last.forward),
    backward: short(last.backward),
    naive: short(last.naive),
    backwardRatio: ratioText(last.backward, last.forward, write),
    naiveRatio: ratioText(last.naive, last.forward, write),
  });
  return html`<svg
    class="chart ltr"
    viewBox="0 0 300 188"
    width="300"
    height="188"
    role="img"
    aria-label=${summary}
  >
    ${svg`
      ${scale.yTicks.map(
        (
          tick,
        ) => svg`<line class="grid" x1=${BOX.left} x2=${BOX.right} y1=${scale.y(tick)} y2=${scale.y(tick)}></line>
          <text class="tick y" x=${BOX.left - 6} y=${scale.y(tick)} dy="0.35em">${short(tick)}</text>`,
      )}
      ${scale.xTicks.map(
        (tick) => svg`<text class="tick x" x=${scale.x(tick)} y=${BOX.bottom + 17}>${tick}</text>`,
      )}
      <text class="axis-label" x=${(BOX.left + BOX.right) / 2} y=${BOX.bottom + 36}>${l10n.t('layer-delta.cost.axis')}</text>
      <line class="now" x1=${scale.x(width)} x2=${scale.x(width)} y1=${BOX.top} y2=${BOX.bottom}></line>
      ${SERIES.map(
        (key) => svg`<polyline class="series ${key}"
          points=${points.map((p) => `${scale.x(p.width).toFixed(1)},${scale.y(p[key]).toFixed(1)}`).join(' ')}></polyline>
          <circle class="marker ${key}" cx=${scale.x(width)} cy=${scale.y(counts[key])} r="3.5"></circle>`,
      )}
    `}
  </svg>`;
}

export function renderEfficiency(
  l10n: Localizer,
  sizes: readonly number[],
  counts: OpCounts,
): TemplateResult {
  return html`<section class="efficiency" part="panel efficiency">
    <h3>${l10n.t('layer-delta.cost.heading')}</h3>
    <p class="note">
      ${messageParts(l10n, 'layer-delta.cost.note', {
        sizes: html`<span class="ltr">${sizes.join('–')}</span>`,
      })}
    </p>
    <div class="efficiency-body">
      <table class="counts">
        <thead>
          <tr>
            <th scope="col">${l10n.t('layer-delta.cost.pass')}</th>
            <th scope="col">${l10n.t('layer-delta.cost.count')}</th>
          </tr>
        </thead>
        <tbody>
          ${SERIES.map(
            (key) =>
              html`<tr>
                <th scope="row">
                  <span class="pass"
                    >${legendSample(key)}<span>${seriesLabel(l10n, key)}</span></span
                  >
                </th>
                <td>
                  <span class="ltr">${countText(counts[key], l10n.lang)}</span>
                  <span class="ratio ltr"
                    >(${ratioText(counts[key], counts.forward, (v) => l10n.number(v))})</span
                  >
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <figure class="chart-figure">
        ${chart(l10n, sizes, counts)}
        <figcaption>${l10n.t('layer-delta.cost.caption')}</figcaption>
      </figure>
    </div>
  </section>`;
}
