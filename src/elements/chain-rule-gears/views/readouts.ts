/** Each stage's displacement with its unit and sign, the lever first. */
import { html, type TemplateResult } from 'lit';
import { signClass } from '../../../internal/format.js';
import type { GearsView } from '../chain-rule-gears-model.js';
import { unitSpacing } from '../stage-text.js';

/**
 * The number isolated left to right (its sign stays in front of its digits on an Arabic page),
 * the unit beside it in the page's direction, as "−1 سم" reads there.
 */
function amount(number: string, unit: string): TemplateResult {
  return html`<bdi class="ltr">${number}</bdi>${unitSpacing(unit)}${unit}`;
}

export function renderReadouts(model: GearsView): TemplateResult {
  const values = [model.value, ...model.outputs];
  const { l10n } = model;
  return html`<ol class="readouts" part="panel" aria-label=${l10n.t('chain-rule-gears.readouts')}>
    ${values.map((value, stage) => {
      const active = stage > 0 && model.activeStage === stage;
      return html`<li class="readout ${active ? 'active' : ''}" data-stage=${stage}>
        <span class="name">${model.names[stage]}</span>
        <span class="amount ${signClass(value)}"
          >${amount(l10n.signed(value), model.units[stage])}</span
        >
      </li>`;
    })}
  </ol>`;
}
