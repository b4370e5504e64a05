/**
 * The diagram: a ruler, the lever's rack sliding along it with the handle that is the slider,
 * and the gear train. Rotation and the slide are CSS transforms on HTML boxes laid over the
 * ruler's SVG, so the compositor animates them: a transform transition on an SVG element runs
 * on the main thread (restyle, layout and repaint of the drawing every frame), one on an HTML
 * box does not. The boxes sit on the diagram's own grid: the stage has the drawing's aspect
 * ratio, and each box is placed in percentages of it, so one user unit is the same length in
 * every layer.
 */
import { html, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { styleProps } from '../../../internal/style-props.js';
import { LEVER_RANGE } from '../chain-math.js';
import type { GearsView } from '../chain-rule-gears-model.js';
import { rackTeethPath } from '../gear-geometry.js';
import { spokenDisplacement } from '../stage-text.js';
import { renderGear } from './gear.js';
import type { GearsHandlers } from './handlers.js';

/** The id of the lever's usage hint; ids are scoped to the shadow root, so copies never clash. */
const LEVER_HINT = 'lever-hint';

/**
 * What the spoken texts say, each made once per view: the model's own, except during a drag,
 * where it started, until the pointer is released and the live region narrates the move
 * (building every sentence again on each pointer move was most of a drag's script). `spoken`
 * is what the lever's value text says; `named` what the gears' names say, which also wait for
 * the end of a run of keys, as the narration does: the slider's value text, which a screen
 * reader says as the focused slider moves, follows every key.
 */
export interface SpokenViews {
  readonly spoken: GearsView;
  readonly named: GearsView;
}

/** `follow`: the gears and the rack follow the lever at once (a drag, or keys in quick succession). */
export function renderDiagram(
  model: GearsView,
  handlers: GearsHandlers,
  { spoken, named }: SpokenViews,
  follow: boolean,
): TemplateResult {
  const { width, height } = model.layout;
  const { l10n } = model;
  const stages = model.ratios.length;
  // The drawing's own proportions, and no taller than the cap: a capped stage is centred, as
  // the SVG's viewBox centred it when it was one drawing.
  const frame = styleProps({
    'aspect-ratio': `${width} / ${height}`,
    'max-width': `calc(var(--chain-rule-gears-max-height) * ${width / height})`,
  });
  return html`<div
      class="stage"
      style=${frame}
      role="group"
      aria-label=${guard([model.names, stages, l10n], () =>
        l10n.t('chain-rule-gears.diagram', { lever: model.names[0], count: stages }),
      )}
    >
      <svg
        class="${model.dragging ? 'dragging' : ''} ${follow ? 'follow' : ''}"
        viewBox="0 0 ${width} ${height}"
      >
        ${guard([model.layout, l10n], () => renderRuler(model))}
        <g class="lever-track" @pointerdown=${handlers.leverPointerDown}>
          <rect
            class="lever-hit"
            x="0"
            y="0"
            width=${width}
            height=${model.layout.rack.pitchY + 2}
          ></rect>
        </g>
      </svg>
      ${renderRack(model, handlers, spoken)}
      ${model.layout.gears.map((_, index) => renderGear(model, index, handlers, named))}
    </div>
    <span id=${LEVER_HINT} hidden
      >${guard([l10n], () => l10n.t('chain-rule-gears.lever.hint'))}</span
    >`;
}

function renderRuler(model: GearsView): TemplateResult {
  const { ruler } = model.layout;
  const { l10n } = model;
  const ticks = [];
  for (let mark = -LEVER_RANGE; mark <= LEVER_RANGE; mark++) {
    const x = ruler.zeroX + mark * ruler.unit;
    const major = mark % 5 === 0;
    const length = mark === 0 ? 12 : major ? 8 : 4;
    ticks.push(
      svg`<line class=${major ? 'major' : ''} x1=${x} x2=${x} y1=${ruler.y - length} y2=${ruler.y}></line>`,
    );
  }
  // Numbers on every fifth mark, in the lever's unit (the readout under the diagram names it).
  const labels = ruler.labels.map(
    (mark) =>
      svg`<text class="ruler-number" x=${ruler.zeroX + mark * ruler.unit} y=${ruler.labelY}>${l10n.number(mark)}</text>`,
  );
  return svg`<g class="ruler" aria-hidden="true">
    <line class="rail" x1=${ruler.x0} x2=${ruler.x1} y1=${ruler.y} y2=${ruler.y}></line>
    ${ticks} ${labels}
  </g>`;
}

/**
 * The rack and its handle, in a box as large as the stage that slides by the lever's value (a
 * percentage of the stage's width is the same fraction of the viewBox's). The box's clip stays
 * put, so the rack is cut at the diagram's edges as before.
 */
function renderRack(model: GearsView, handlers: GearsHandlers, spoken: GearsView): TemplateResult {
  const { ruler, rack, width, height } = model.layout;
  const slide = styleProps({
    transform: `translateX(${(100 * model.value * ruler.unit) / width}%)`,
  });
  const x = ruler.zeroX;
  const { l10n, names } = model;
  const valueText = guard([spoken], () => {
    const { names, units, outputs } = spoken;
    const stages = outputs.length;
    // Short name and value; how to use the slider is in its description (the hint).
    const amount = spokenDisplacement(spoken.value, units[0], l10n);
    // While the product is asked, the lever says only where it is: the last gear's turn would tell.
    return spoken.concealed
      ? amount
      : l10n.t('chain-rule-gears.lever.valueText', {
          amount,
          last: names[stages],
          lastAmount: spokenDisplacement(outputs[stages - 1], units[stages], l10n),
        });
  });
  const bottom = rack.top + rack.body;
  return html`<div class="rack-clip">
    <div class="slide" style=${slide}>
      <svg viewBox="0 0 ${width} ${height}">
        <g class="lever" @pointerdown=${handlers.leverPointerDown}>
          <rect
            class="rack-body"
            x=${rack.x0}
            y=${rack.top}
            width=${rack.x1 - rack.x0}
            height=${rack.body}
          ></rect>
          <path class="rack-teeth" d=${guard([rack], () => rackTeethPath(rack))}></path>
          <g
            class="handle"
            role="slider"
            tabindex="0"
            aria-label=${guard([names, l10n], () =>
              l10n.t('chain-rule-gears.lever.name', { lever: names[0] }),
            )}
            aria-describedby=${LEVER_HINT}
            aria-orientation="horizontal"
            aria-valuemin=${-LEVER_RANGE}
            aria-valuemax=${LEVER_RANGE}
            aria-valuenow=${model.value}
            aria-valuetext=${valueText}
            @keydown=${handlers.leverKey}
          >
            <circle class="handle-hit" cx=${x} cy=${ruler.y - 2} r="16" fill="transparent"></circle>
            <rect
              class="handle-ring"
              x=${x - 10}
              y=${ruler.y - 15}
              width="20"
              height=${bottom - ruler.y + 18}
              rx="6"
            ></rect>
            <rect
              class="handle-grip"
              x=${x - 7}
              y=${ruler.y - 12}
              width="14"
              height=${bottom - ruler.y + 12}
              rx="4"
            ></rect>
            <line class="handle-line" x1=${x} x2=${x} y1=${ruler.y - 8} y2=${bottom - 3}></line>
          </g>
        </g>
      </svg>
    </div>
  </div>`;
}
