/**
 * The strip under the diagram once the backward pass has taken a step: what that step does
 * (upstream × local = contribution for each input) and, at the end, every variable's gradient.
 * Prose follows the page's direction; the formulas (part `formula`) read left to right. Its own
 * chunk, fetched once the page is idle after the first render (or when a figure opens on a step):
 * before the first step the strip is caption.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BackwardStep } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { concealmentOf } from '../ask-setting.js';
import { nodeName, nodeTex, texName, texText } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { gradients } from '../graph-queries.js';
import './step-caption.messages.js';

/** A number in TeX, or a question mark while an exercise hides it (null). */
export const texOrPending = (l10n: Localizer, value: number | null): string =>
  value === null ? '\\text{?}' : l10n.tex(value);

/** `upstream × local = contribution` with both factors labelled underneath (null: hidden). */
export function productTex(
  l10n: Localizer,
  upstream: number,
  local: number,
  result: number | null,
): string {
  const above = texText(l10n.t('graph-backprop.tex.upstream'));
  const below = texText(l10n.t('graph-backprop.tex.local'));
  return `\\underbrace{${l10n.tex(upstream)}}_{${above}} \\times \\underbrace{${l10n.texFactor(local)}}_{${below}} = ${texOrPending(l10n, result)}`;
}

/** The strip at `current`, the step taken last (before the first, caption.ts draws it). */
export function renderStepCaption(
  model: GraphModel,
  current: BackwardStep,
  l10n: Localizer,
): TemplateResult {
  const total = model.pass.steps.length;
  const done = model.pass.done === total;
  const out = texText(l10n.t('graph-backprop.tex.out'));
  const grads = done ? gradients(model) : {};
  const hidden = concealmentOf(model);
  return html`<div class="caption" part="caption">
    <p class="hint">
      <strong
        >${l10n.t('graph-backprop.caption.stepTitle', { step: model.pass.done, total })}</strong
      >
      ${l10n.t('graph-backprop.caption.step', {
        name: nodeName(current.node, l10n),
        gradient: l10n.number(current.upstream),
      })}
    </p>
    <ul class="contributions" part="formula">
      ${current.inputs.map(
        (input, index) =>
          html`<li>
            ${tex(
              `${productTex(l10n, current.upstream, input.local, hidden.contribution(model, current.node, index) ? null : input.contribution)} \\;\\to\\; ${nodeTex(input.node, l10n)}`,
            )}
          </li>`,
      )}
    </ul>
    ${
      done
        ? html`<p class="hint">
              <strong>${l10n.t('graph-backprop.caption.doneTitle')}</strong>
              ${l10n.t('graph-backprop.caption.done')}
            </p>
            <ul class="contributions" part="formula">
              ${model.graph.variableNames.map(
                (name) =>
                  html`<li>
                    ${tex(`\\frac{\\partial ${out}}{\\partial ${texName(name)}} = ${texOrPending(l10n, grads[name] ?? null)}`)}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}
