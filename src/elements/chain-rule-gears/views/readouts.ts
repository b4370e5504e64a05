/**
 * Each stage's displacement with its unit and sign, the lever first; beside each gear's, the
 * arrow its angle counts along; and the sentence that says how the angles are counted.
 */
import { html, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { pendingMark } from '../../../internal/exercise/pending-mark.js';
import { signClass } from '../../../internal/format.js';
import type { GearsView } from '../chain-rule-gears-model.js';
import { directionArrow } from '../gear-geometry.js';
import { unitSpacing } from '../stage-text.js';

/**
 * The number isolated left to right (its sign stays in front of its digits on an Arabic page),
 * the unit beside it in the page's direction, as "−1 سم" reads there.
 */
function amount(number: string, unit: string): TemplateResult {
  return html`<bdi class="ltr">${number}</bdi>${unitSpacing(unit)}${unit}`;
}

/** The gear's arrow in small: the same drawing as on the gear, never mirrored on an RTL page. */
function directionIcon(direction: 1 | -1): TemplateResult {
  const { arc, head } = directionArrow(5, direction, 260);
  return html`<svg
    class="direction-icon"
    viewBox="-8 -8 16 16"
    aria-hidden="true"
    focusable="false"
    data-direction=${direction === 1 ? 'clockwise' : 'counterclockwise'}
  >
    ${svg`<path class="icon-arc" d=${arc}></path><path class="icon-head" d=${head}></path>`}
  </svg>`;
}

export function renderReadouts(model: GearsView): TemplateResult {
  const values = [model.value, ...model.outputs];
  const { l10n } = model;
  return html`<ol
      class="readouts"
      part="panel"
      aria-label=${guard([l10n], () => l10n.t('chain-rule-gears.readouts'))}
    >
      ${values.map((value, stage) => {
        const active = stage > 0 && model.activeStage === stage;
        const gear = stage > 0 ? model.layout.gears[stage - 1] : undefined;
        // The last stage turns by the product times the lever: hidden while it is asked.
        const hidden = model.concealed && stage === values.length - 1;
        return html`<li class="readout ${active ? 'active' : ''}" data-stage=${stage}>
          <span class="name">${model.names[stage]}</span>
          <span class="amount ${hidden ? '' : signClass(value)}"
            >${
              hidden
                ? html`${pendingMark(l10n)}${unitSpacing(model.units[stage])}${model.units[stage]}`
                : amount(l10n.signed(value), model.units[stage])
            }${gear ? directionIcon(gear.direction) : ''}</span
          >
        </li>`;
      })}
    </ol>
    <p class="convention">${guard([l10n], () => l10n.t('chain-rule-gears.convention'))}</p>`;
}
