/**
 * One gear of the train: its outline turned by its displacement, a hub and its stage number.
 * The gears are one Tab stop together (roving tabindex): the current gear has tabindex 0, the
 * others -1, and arrow keys move along the train. A focused gear lights up its chain-rule
 * factor; its name already says its ratio, the factor's number.
 */
import { svg, type TemplateResult } from 'lit';
import { styleProps } from '../../../internal/style-props.js';
import type { GearsView } from '../chain-rule-gears-model.js';
import { directionArrow, screenTurn } from '../gear-geometry.js';
import { gearLabel } from '../stage-text.js';
import type { GearsHandlers } from './handlers.js';

export function renderGear(
  model: GearsView,
  index: number,
  handlers: GearsHandlers,
): TemplateResult {
  const gear = model.layout.gears[index];
  const stage = index + 1;
  const displacement = model.outputs[index];
  // The reading counts in the gear's own direction; on screen a clockwise turn is positive.
  const turn = styleProps({ transform: `rotate(${screenTurn(gear, displacement)}deg)` });
  const active = model.activeStage === stage;
  const label = gearLabel(
    model.names[stage],
    model.ratios[index],
    displacement,
    model.units[stage],
    gear.direction,
    model.l10n,
  );
  const fontSize = Math.min(13, Math.max(10, gear.pitchRadius * 0.45));
  const hubRadius = fontSize * 0.85;
  // Long enough to see on the smallest gear, where the hub fills most of the body.
  const markLength = Math.max(gear.pitchRadius - 6, hubRadius + 7);
  // The arrow that says which way this gear's angle counts, just outside the hub; it stays put.
  const arrow = directionArrow(hubRadius + 3.2, gear.direction);
  return svg`<g transform="translate(${gear.cx} ${gear.cy})">
    <g
      class="gear ${active ? 'active' : ''} ${gear.disengaged ? 'disengaged' : ''}"
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
      <circle class="gear-ring" r=${gear.tipRadius + 2.5}></circle>
      <g class="turn" style=${turn}>
        <path class="gear-body" d=${model.gearPaths[index]} transform="rotate(${gear.phase})"></path>
        <line class="gear-mark" x1=${hubRadius + 1} y1="0" x2=${markLength} y2="0" transform="rotate(-90)"></line>
      </g>
      <circle class="hub" r=${hubRadius}></circle>
      <g class="gear-direction" data-direction=${gear.direction === 1 ? 'clockwise' : 'counterclockwise'}>
        <path class="direction-halo" d=${arrow.arc}></path>
        <path class="direction-arc" d=${arrow.arc}></path>
        <path class="direction-head" d=${arrow.head}></path>
      </g>
      <text class="gear-number" font-size=${fontSize} aria-hidden="true">${stage}</text>
    </g>
  </g>`;
}
