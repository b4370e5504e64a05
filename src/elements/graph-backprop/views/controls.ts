/**
 * The Step, Play/Pause and Reset buttons with the step counter, and the note that stands in for
 * numbers an op cannot compute (log of a negative, division by zero).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { nodeName } from '../describe.js';
import { canStep, type GraphModel } from '../graph-backprop-model.js';

export interface ControlHandlers {
  stepClick(): void;
  playClick(): void;
  resetClick(): void;
}

export function renderControls(model: GraphModel, handlers: ControlHandlers): TemplateResult {
  const { done, steps } = model.pass;
  const blocked = !canStep(model);
  return html`<div class="controls" part="controls">
    <button class="step" @click=${handlers.stepClick} ?disabled=${blocked || done >= steps.length}>
      Step ◂
    </button>
    <button
      class="play"
      @click=${handlers.playClick}
      ?disabled=${blocked}
      aria-pressed=${model.playing ? 'true' : 'false'}
    >
      ${model.playing ? 'Pause ❚❚' : 'Play ▸'}
    </button>
    <button class="reset" @click=${handlers.resetClick} ?disabled=${done === 0 && !model.playing}>
      Reset ↺
    </button>
    <span class="counter">Step ${done} of ${steps.length}</span>
  </div>`;
}

export function renderDomainProblem(model: GraphModel): TemplateResult | typeof nothing {
  const { problem } = model;
  if (!problem) return nothing;
  return html`<p class="domain" role="alert">
    <strong>Cannot compute:</strong> ${problem.message} (at ${nodeName(problem.node)},
    ${problem.node.id}). Change a value to continue.
  </p>`;
}
