import { html, svg, type TemplateResult } from 'lit';
import type { OpCounts } from '../../../core/index.js';
import {
  chartScale,
  compactCount,
  currentHiddenWidth,
  ratioText,
  widthSeries,
  type WidthPoint,
} from '../efficiency.js';

/**
 * The efficiency panel: the three multiply-add counts for the current sizes, and a log-scale
 * chart of how they grow with the hidden width. Lines differ by dash as well as colour.
 */

const BOX = { left: 42, right: 288, top: 12, bottom: 146 };
const SERIES: Array<{ key: keyof OpCounts; label: string }> = [
  { key: 'forward', label: 'forward' },
  { key: 'backward', label: 'backward, reusing δ' },
  { key: 'naive', label: 'naive, per weight' },
];

function legendSample(key: string): TemplateResult {
  return html`<svg class="sample" viewBox="0 0 28 8" width="28" height="8" aria-hidden="true">
    ${svg`<line class="series ${key}" x1="1" y1="4" x2="27" y2="4"></line>`}
  </svg>`;
}

function chart(sizes: readonly number[], counts: OpCounts): TemplateResult {
  const points: WidthPoint[] = widthSeries(sizes);
  const scale = chartScale(points, BOX);
  const width = currentHiddenWidth(sizes);
  const last = points[points.length - 1];
  const summary =
    `Chart: multiply-adds against hidden width from ${points[0].width} to ${last.width}, log scale. ` +
    `At width ${last.width}: forward ${compactCount(last.forward)}, backward ${compactCount(last.backward)}, ` +
    `naive ${compactCount(last.naive)}. Backward stays about ${ratioText(last.backward, last.forward)} forward; ` +
    `the naive way is ${ratioText(last.naive, last.forward)} forward.`;
  return html`<svg
    class="chart"
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
          <text class="tick y" x=${BOX.left - 6} y=${scale.y(tick)} dy="0.35em">${compactCount(tick)}</text>`,
      )}
      ${scale.xTicks.map(
        (tick) => svg`<text class="tick x" x=${scale.x(tick)} y=${BOX.bottom + 17}>${tick}</text>`,
      )}
      <text class="axis-label" x=${(BOX.left + BOX.right) / 2} y=${BOX.bottom + 36}>hidden width</text>
      <line class="now" x1=${scale.x(width)} x2=${scale.x(width)} y1=${BOX.top} y2=${BOX.bottom}></line>
      ${SERIES.map(
        ({ key }) => svg`<polyline class="series ${key}"
          points=${points.map((p) => `${scale.x(p.width).toFixed(1)},${scale.y(p[key]).toFixed(1)}`).join(' ')}></polyline>
          <circle class="marker ${key}" cx=${scale.x(width)} cy=${scale.y(counts[key])} r="3.5"></circle>`,
      )}
    `}
  </svg>`;
}

export function renderEfficiency(sizes: readonly number[], counts: OpCounts): TemplateResult {
  return html`<section
    class="efficiency"
    part="panel efficiency"
    aria-label="Cost of the backward pass"
  >
    <h3>What the backward pass costs</h3>
    <p class="note">
      Multiply-adds for sizes ${sizes.join('–')}. Reusing each layer's δ keeps the backward pass
      within a small multiple of the forward pass; recomputing every weight's chain from the loss
      does not.
    </p>
    <div class="efficiency-body">
      <table class="counts">
        <thead>
          <tr>
            <th scope="col">pass</th>
            <th scope="col">multiply-adds <span class="nowrap">(× forward)</span></th>
          </tr>
        </thead>
        <tbody>
          ${SERIES.map(
            ({ key, label }) =>
              html`<tr>
                <th scope="row">
                  <span class="pass">${legendSample(key)}<span>${label}</span></span>
                </th>
                <td>
                  ${counts[key].toLocaleString('en-US')}
                  <span class="ratio">(${ratioText(counts[key], counts.forward)})</span>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <figure class="chart-figure">
        ${chart(sizes, counts)}
        <figcaption>
          Every hidden layer set to the width on the x axis; the dots mark this network.
        </figcaption>
      </figure>
    </div>
  </section>`;
}
