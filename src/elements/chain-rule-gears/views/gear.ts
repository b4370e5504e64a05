/**
 * One gear of the train: its outline turned by its displacement, a hub and its stage number.
 * The gear is an HTML box over the diagram, centred on the gear and sized to its focus ring;
 * the outline turns in a box of its own (a composited transform, see diagram.ts) under an SVG
 * with the ring, the hub, the direction arrow and the number, which stay put. Both draw in the
 * diagram's user units, centred on (0, 0).
 * The gears are one Tab stop together (roving tabindex): the current gear has tabindex 0, the
 * others -1, and arrow keys move along the train. A focused gear lights up its chain-rule
 * factor; its name already says its ratio, the factor's number.
 */
import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { styleProps } from '../../../internal/style-props.js';
import type { GearsView } from '../chain-rule-gears-model.js';
import { directionArrow, screenTurn } from '../gear-geometry.js';
import { gearLabel } from '../stage-text.js';
import type { GearsHandlers } from './handlers.js';

export function renderGear(
  model: GearsView,
  index: number,
  handlers: GearsHandlers,
  named: GearsView,
): TemplateResult {
  const gear = model.layout.gears[index];
  const stage = index + 1;
  const displacement = model.outputs[index];
  // The last gear holds still and keeps its turn to itself while the product is asked.
  const hidden = model.concealed && index === model.outputs.length - 1;
  // The reading counts in the gear's own direction; on screen a clockwise turn is positive.
  const turn = styleProps({
    transform: `rotate(${hidden ? 0 : screenTurn(gear, displacement)}deg)`,
  });
  const active = model.activeStage === stage;
  // Made once per named view (see diagram.ts): a drag or a run of keys keeps its start's until
  // it ends.
  const label = guard([named], () =>
    hidden
      ? named.l10n.t('chain-rule-gears.gear.labelHidden', {
          name: named.names[stage],
          ratio: named.l10n.spoken(named.ratios[index]),
        })
      : gearLabel(
          named.names[stage],
          named.ratios[index],
          named.outputs[index],
          named.units[stage],
          gear.direction,
          named.l10n,
        ),
  );
  const fontSize = Math.min(13, Math.max(10, gear.pitchRadius * 0.45));
  const hubRadius = fontSize * 0.85;
  // Long enough to see on the smallest gear, where the hub fills most of the body.
  const markLength = Math.max(gear.pitchRadius - 6, hubRadius + 7);
  // The arrow that says which way this gear's angle counts, just outside the hub; it stays put.
  const arrow = directionArrow(hubRadius + 3.2, gear.direction);
  // The box reaches the focus ring's outer edge (radius + 2.5, stroke 3).
  const reach = gear.tipRadius + 4;
  const { width, height } = model.layout;
  const box = styleProps({
    left: `${(100 * (gear.cx - reach)) / width}%`,
    top: `${(100 * (gear.cy - reach)) / height}%`,
    width: `${(200 * reach) / width}%`,
    height: `${(200 * reach) / height}%`,
  });
  const viewBox = `${-reach} ${-reach} ${2 * reach} ${2 * reach}`;
  return html`<div
    class="gear ${active ? 'active' : ''} ${gear.disengaged ? 'disengaged' : ''}"
    style=${box}
    data-stage=${stage}
    role="img"
    tabindex=${model.currentGear === stage ? 0 : -1}
    aria-label=${label}
    @pointerenter=${handlers.stageIn}
    @pointerleave=${handlers.stageOut}
    @focus=${handlers.gearFocus}
    @blur=${handlers.stageOut}
    @keydown=${handlers.gearKey}
  >
    <div class="turn" style=${turn}>
      <svg viewBox=${viewBox} aria-hidden="true">
        <path
          class="gear-body"
          d=${model.gearPaths[index]}
          transform="rotate(${gear.phase})"
        ></path>
        <line
          class="gear-mark"
          x1=${hubRadius + 1}
          y1="0"
          x2=${markLength}
          y2="0"
          transform="rotate(-90)"
        ></line>
      </svg>
    </div>
    <svg viewBox=${viewBox} aria-hidden="true">
      <circle class="gear-ring" r=${gear.tipRadius + 2.5}></circle>
      <circle class="hub" r=${hubRadius}></circle>
      <g
        class="gear-direction"
        data-direction=${gear.direction === 1 ? 'clockwise' : 'counterclockwise'}
      >
        <path class="direction-halo" d=${arrow.arc}></path>
        <path class="direction-arc" d=${arrow.arc}></path>
        <path class="direction-head" d=${arrow.head}></path>
      </g>
      <text class="gear-number" font-size=${fontSize}>${stage}</text>
    </svg>
  </div>`;
}
