/**
 * The Step, Play/Pause and Reset buttons with the step counter, and the note that stands in for
 * numbers an op cannot compute (log of a negative, division by zero).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { nodeName } from '../describe.js';
import { canStep, type GraphModel } from '../graph-backprop-model.js';

export interface ControlHandlers {
  stepClick(): void;
  playClick(): void;
  resetClick(): void;
}

export interface ControlsView {
  readonly model: GraphModel;
  readonly l10n: Localizer;
  /** The steps of the pass on show (backward or forward) and how many are done. */
  readonly done: number;
  readonly total: number;
  /** The next step waits for the reader's answers (`ask="steps"`): Step and Play do nothing. */
  readonly locked?: boolean;
}

/**
 * The group's name and the Step button's word and arrow for each pass: the gradient goes back
 * towards the inputs, the tangent forward towards the output.
 */
const REVERSE = {
  group: 'graph-backprop.controls',
  step: 'graph-backprop.button.step',
  arrow: '◂',
};
const FORWARD = {
  group: 'graph-backprop.forward.controls',
  step: 'graph-backprop.forward.button',
  arrow: '▸',
};

export function renderControls(view: ControlsView, handlers: ControlHandlers): TemplateResult {
  const { model, l10n, done, total, locked = false } = view;
  const blocked = !canStep(model);
  const words = model.mode === 'forward' ? FORWARD : REVERSE;
  // The symbols are decoration: each button is named by its word alone. At the end of the pass
  // Step is only marked unavailable, not disabled: a disabled button would lose the keyboard
  // focus to Play, whose next Enter would start the pass again and wipe the finished result.
  // Pressing it there does nothing. The ARIA states are bound as booleans: Lit writes them as
  // true or false.
  return html`<div class="controls" part="controls" role="group" aria-label=${l10n.t(words.group)}>
    <button
      class="step"
      @click=${handlers.stepClick}
      ?disabled=${blocked}
      aria-disabled=${!blocked && (done >= total || locked)}
    >
      ${l10n.t(words.step)} <span aria-hidden="true">${words.arrow}</span>
    </button>
    <button
      class="play"
      @click=${handlers.playClick}
      ?disabled=${blocked}
      aria-disabled=${!blocked && locked && !model.playing}
      aria-pressed=${model.playing}
    >
      ${
        model.playing
          ? html`${l10n.t('graph-backprop.button.pause')} <span aria-hidden="true">❚❚</span>`
          : html`${l10n.t('graph-backprop.button.play')} <span aria-hidden="true">▸</span>`
      }
    </button>
    <button class="reset" @click=${handlers.resetClick} ?disabled=${done === 0 && !model.playing}>
      ${l10n.t('graph-backprop.button.reset')} <span aria-hidden="true">↺</span>
    </button>
    <span class="counter">${l10n.t('graph-backprop.counter', { step: done, total })}</span>
  </div>`;
}

export function renderDomainProblem(
  model: GraphModel,
  l10n: Localizer,
): TemplateResult | typeof nothing {
  const { problem } = model;
  if (!problem) return nothing;
  return html`<p class="domain" role="alert">
    <strong>${l10n.t('graph-backprop.domain.title')}</strong>
    ${l10n.t('graph-backprop.domain.body', {
      message: l10n.t(`graph-backprop.reason.${problem.reason}`, problem.params),
      name: nodeName(problem.node, l10n),
    })}
  </p>`;
}
