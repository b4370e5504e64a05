/**
 * Forward mode's strip under the diagram while a tangent flows forward: Σ local × input tangent
 * at each node, and at the end the tangent compared with reverse mode's gradient, and the pass
 * tally. Its own chunk, loaded when a reader first switches to forward mode.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { nodeName, texName, texText } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { finalGradient } from '../graph-queries.js';
import { currentForwardStep, passTally } from '../node-uses.js';
import { tangentTex } from './panel-partial.js';
import './forward-caption.messages.js';
import './step-caption.messages.js';

export function renderForwardCaption(model: GraphModel, l10n: Localizer): TemplateResult {
  const { done, steps } = model.forward;
  const wrt = model.wrt;
  const current = currentForwardStep(model);
  if (!current) {
    return html`<div class="caption" part="caption">
      <p class="hint">${l10n.t('graph-backprop.forward.start', { wrt })}</p>
    </div>`;
  }
  const output = model.graph.output;
  // d node / d wrt, the node written as the sub-expression it computes (the output as "out").
  const target =
    current.node === output
      ? `\\frac{\\partial ${texText(l10n.t('graph-backprop.tex.out'))}}{\\partial ${texName(wrt)}}`
      : tangentTex(current.node, wrt, l10n);
  // Each term labelled as reverse mode labels its products: local gradient × input tangent.
  const local = texText(l10n.t('graph-backprop.tex.local'));
  const tangent = texText(l10n.t('graph-backprop.tex.tangentTitle'));
  const terms = current.inputs.map(
    (input) =>
      `\\underbrace{${l10n.texFactor(input.local)}}_{${local}} \\cdot \\underbrace{${l10n.texFactor(input.tangentIn)}}_{${tangent}}`,
  );
  const sum = `${target} = ${terms.join(' + ')} = ${l10n.tex(current.tangent)}`;
  const finished = done === steps.length;
  const gradient = finalGradient(model, model.graph.variables.get(wrt)!);
  const tally = passTally(model);
  return html`<div class="caption" part="caption">
    <p class="hint">
      <strong
        >${l10n.t('graph-backprop.caption.stepTitle', { step: done, total: steps.length })}</strong
      >
      ${l10n.t('graph-backprop.forward.step', {
        name: nodeName(current.node, l10n),
        tangent: l10n.number(current.tangent),
      })}
    </p>
    <div class="formula-line" part="formula">${tex(sum)}</div>
    ${
      finished
        ? html`<p class="hint forward-done">
              <strong>${l10n.t('graph-backprop.caption.doneTitle')}</strong>
              ${l10n.t('graph-backprop.forward.done', {
                tangent: l10n.number(current.tangent),
                wrt,
                gradient: l10n.number(gradient),
              })}
            </p>
            <p class="hint tally">
              ${l10n.t('graph-backprop.forward.tally', { count: tally.forward })}
            </p>`
        : nothing
    }
  </div>`;
}
