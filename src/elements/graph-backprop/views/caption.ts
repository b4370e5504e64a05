/**
 * The strip under the diagram: what the current backward step does (upstream × local =
 * contribution for each input), or where the pass stands. Prose follows the page's direction;
 * the formulas (part `formula`) read left to right.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { expressionTex, nodeName, nodeTex, texName, texText } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { concealmentOf } from '../ask-setting.js';
import { currentStep, gradients } from '../graph-queries.js';

export interface CaptionView {
  readonly model: GraphModel;
  readonly l10n: Localizer;
}

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

/**
 * `out = ` and the expression in TeX, made once per graph and language: a change of values
 * changes only the number after it (the expression names variables, and constants stay).
 */
const definitions = new WeakMap<
  GraphModel['graph'],
  { readonly l10n: Localizer; readonly tex: string }
>();

function definitionTex(graph: GraphModel['graph'], l10n: Localizer): string {
  const known = definitions.get(graph);
  if (known?.l10n === l10n) return known.tex;
  const out = texText(l10n.t('graph-backprop.tex.out'));
  const made = `${out} = ${expressionTex(graph.output, l10n)}`;
  definitions.set(graph, { l10n, tex: made });
  return made;
}

export function renderCaption({ model, l10n }: CaptionView): TemplateResult {
  const current = currentStep(model);
  const total = model.pass.steps.length;
  const output = model.graph.output;
  if (!current) {
    return html`<div class="caption" part="caption">
      <div class="formula-line" part="formula">
        ${tex(`${definitionTex(model.graph, l10n)} = ${l10n.tex(output.value)}`)}
      </div>
      <p class="hint">
        ${
          total === 0
            ? l10n.t('graph-backprop.caption.single')
            : l10n.t('graph-backprop.caption.start')
        }
      </p>
    </div>`;
  }
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
