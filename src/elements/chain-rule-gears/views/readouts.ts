/** Each stage's displacement with its unit and sign, the lever first. */
import { html, type TemplateResult } from 'lit';
import { signClass } from '../../../internal/format.js';
import type { GearsModel } from '../chain-rule-gears-model.js';
import { signedDisplacement } from '../stage-text.js';

export function renderReadouts(model: GearsModel): TemplateResult {
  const values = [model.value, ...model.outputs];
  const { l10n } = model;
  return html`<ol class="readouts" part="panel" aria-label=${l10n.t('chain-rule-gears.readouts')}>
    ${values.map((value, stage) => {
      const active = stage > 0 && model.activeStage === stage;
      return html`<li class="readout ${active ? 'active' : ''}" data-stage=${stage}>
        <span class="name">${model.names[stage]}</span>
        <span class="amount ltr ${signClass(value)}"
          >${signedDisplacement(value, model.units[stage], l10n)}</span
        >
      </li>`;
    })}
  </ol>`;
}
