/**
 * The switch between the two passes (reverse and forward mode) with, in forward mode, the
 * variable whose tangent is traced. Forward mode's strip under the diagram is
 * forward-caption.ts, loaded when a reader first switches.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { MODES, type GraphModel, type Mode } from '../graph-backprop-model.js';

export interface ModeHandlers {
  modeChange(mode: Mode): void;
  wrtChange(name: string): void;
}

/** Two radio buttons (one Tab stop, arrows between them) and, in forward mode, the variable. */
export function renderModeSwitch(
  model: GraphModel,
  l10n: Localizer,
  handlers: ModeHandlers,
): TemplateResult {
  // The native controls' own input/change would reach the page as the element's: keep them in.
  const quiet = (event: Event): void => event.stopPropagation();
  const names = model.graph.variableNames;
  return html`<div class="mode" @input=${quiet}>
    <fieldset class="mode-choice">
      <legend>${l10n.t('graph-backprop.mode.legend')}</legend>
      ${MODES.map(
        (mode) =>
          html`<label
            ><input
              type="radio"
              name="mode"
              value=${mode}
              .checked=${model.mode === mode}
              @change=${(event: Event) => {
                quiet(event);
                handlers.modeChange(mode);
              }}
            />
            ${l10n.t(`graph-backprop.mode.${mode}`)}</label
          >`,
      )}
    </fieldset>
    ${
      model.mode === 'forward' && names.length > 0
        ? html`<label class="wrt"
            >${l10n.t('graph-backprop.wrt.label')}
            <select
              class="ltr"
              @change=${(event: Event) => {
                quiet(event);
                handlers.wrtChange((event.target as HTMLSelectElement).value);
              }}
            >
              ${names.map(
                (name) =>
                  html`<option value=${name} ?selected=${name === model.wrt}>${name}</option>`,
              )}
            </select></label
          >`
        : nothing
    }
  </div>`;
}
