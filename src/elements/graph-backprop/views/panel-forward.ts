/**
 * The details panel in forward mode: the node's tangent with respect to the variable traced,
 * Σ local gradient × input tangent, once forward mode has reached it. A leaf's tangent is its
 * seed: 1 for the variable traced, 0 for every other input.
 */
import { html, type TemplateResult } from 'lit';
import type { GradNode } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { nodeName, texText } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { tangentsSoFar } from '../graph-queries.js';
import { hasReached } from '../node-uses.js';
import { tangentTex } from './panel-partial.js';
import { equalities, pluggedTex, ruleLetter, ruleTex } from './panel-tex.js';
import './forward-caption.messages.js';
import './panel.messages.js';
import './step-caption.messages.js';

export function renderForwardPanel(
  node: GradNode,
  model: GraphModel,
  l10n: Localizer,
): TemplateResult {
  const { wrt } = model;
  if (!model.graph.variables.has(wrt)) return html``;
  if (node.inputs.length === 0) {
    const seed = node === model.graph.variables.get(wrt) ? 1 : 0;
    return html`<p>${l10n.t('graph-backprop.panel.seed', { wrt })}</p>
      <div class="formula-line">${tex(`${tangentTex(node, wrt, l10n)} = ${seed}`)}</div>`;
  }
  const tangents = tangentsSoFar(model);
  const rules = ruleTex(node);
  const plugged = pluggedTex(node, l10n);
  const local = texText(l10n.t('graph-backprop.tex.local'));
  const tangentWord = texText(l10n.t('graph-backprop.tex.tangentTitle'));
  const reached = hasReached(model, node);
  const terms = node.inputs.map(
    (input, index) =>
      `\\underbrace{${l10n.texFactor(node.localGrads[index])}}_{${local}} \\cdot \\underbrace{${l10n.texFactor(tangents.get(input) ?? 0)}}_{${tangentWord}}`,
  );
  const tangent = tangents.get(node) ?? 0;
  return html`<ol class="inputs">
      ${node.inputs.map(
        (input, index) =>
          html`<li>
            <p class="input-name">
              ${l10n.t('graph-backprop.panel.input', {
                letter: ruleLetter(index),
                name: nodeName(input, l10n),
                value: l10n.number(input.value),
              })}
            </p>
            <div class="formula-line">
              ${tex(equalities([rules[index], plugged[index], l10n.tex(node.localGrads[index])]))}
            </div>
          </li>`,
      )}
    </ol>
    ${
      reached
        ? html`<p>${l10n.t('graph-backprop.panel.tangent', { wrt })}</p>
            <div class="formula-line">
              ${tex(`${tangentTex(node, wrt, l10n)} = ${terms.join(' + ')} = ${l10n.tex(tangent)}`)}
            </div>`
        : html`<p class="not-reached">${l10n.t('graph-backprop.panel.forwardNotReached')}</p>`
    }`;
}
