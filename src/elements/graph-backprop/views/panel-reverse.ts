/**
 * The details panel in reverse mode: what the backward pass has brought the node so far. Until
 * every node that reads it has passed its gradient back, the panel says the pass has not reached
 * it rather than showing the answer ahead of the pass; the local gradients, known since the
 * forward pass, show from the start.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GradNode } from '../../../core/index.js';
import { signClass } from '../../../internal/format.js';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { nodeName, texText } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { concealmentOf } from '../ask-setting.js';
import { finalGradient, shownGradient } from '../graph-queries.js';
import { hasPassed, isComplete, usesOf } from '../node-uses.js';
import { productTex, texOrPending } from './step-caption.js';
import { outPartialTex } from './panel-partial.js';
import { equalities, pluggedTex, ruleLetter, ruleTex } from './panel-tex.js';
import './panel.messages.js';

function notReached(l10n: Localizer): TemplateResult {
  return html`<p class="not-reached">${l10n.t('graph-backprop.panel.notReached')}</p>`;
}

/** An op: the gradient reaching it, and for each input its local rule and upstream × local. */
export function renderInputs(node: GradNode, model: GraphModel, l10n: Localizer): TemplateResult {
  const reached = isComplete(model, node);
  // Its own step, upstream × local to each input, comes once its gradient is complete.
  const passed = hasPassed(model, node);
  const upstream = finalGradient(model, node);
  const rules = ruleTex(node);
  const hidden = concealmentOf(model);
  const plugged = pluggedTex(node, l10n);
  return html`${
      reached
        ? html`<p class="upstream">
            ${l10n.t('graph-backprop.panel.upstream')}
            ${tex(`${outPartialTex(node, l10n)} = ${l10n.tex(upstream)}`)}
            ${node === model.graph.output ? l10n.t('graph-backprop.panel.outputSeed') : nothing}
          </p>`
        : notReached(l10n)
    }
    <ol class="inputs">
      ${node.inputs.map((input, index) => {
        const local = node.localGrads[index];
        return html`<li>
          <p class="input-name">
            ${l10n.t('graph-backprop.panel.input', {
              letter: ruleLetter(index),
              name: nodeName(input, l10n),
              value: l10n.number(input.value),
            })}
          </p>
          <div class="formula-line">
            ${tex(equalities([rules[index], plugged[index], l10n.tex(local)]))}
          </div>
          ${
            passed
              ? html`<div class="formula-line">
                  ${tex(productTex(l10n, upstream, local, hidden.contribution(model, node, index) ? null : upstream * local))}
                </div>`
              : nothing
          }
        </li>`;
      })}
    </ol>`;
}

/** A leaf: its gradient as the sum of upstream × local over the nodes that read it. */
export function renderUses(node: GradNode, model: GraphModel, l10n: Localizer): TemplateResult {
  const uses = usesOf(model, node);
  if (uses.length === 0) return html`<p>${l10n.t('graph-backprop.panel.isOutput')}</p>`;
  if (!isComplete(model, node)) return notReached(l10n);
  const total = shownGradient(model, node);
  const hidden = concealmentOf(model);
  const upstreamWord = texText(l10n.t('graph-backprop.tex.upstream'));
  const localWord = texText(l10n.t('graph-backprop.tex.local'));
  const terms = uses.map(
    (use) =>
      `\\underbrace{${l10n.tex(use.upstream)}}_{${upstreamWord}} \\cdot \\underbrace{${l10n.texFactor(use.local)}}_{${localWord}}`,
  );
  const sum = `${outPartialTex(node, l10n)} = ${terms.join(' + ')} = ${texOrPending(l10n, total)}`;
  return html`<p>${l10n.t('graph-backprop.panel.uses', { count: uses.length })}</p>
    <div class="formula-line">${tex(sum)}</div>
    ${
      uses.length > 1
        ? html`<ul class="uses">
            ${uses.map((use) => {
              const concealed = hidden.contribution(model, use.user, use.index);
              return html`<li>
                ${l10n.t('graph-backprop.panel.via', { name: nodeName(use.user, l10n) })}
                <span class=${`ltr ${concealed ? '' : signClass(use.contribution)}`}>
                  ${l10n.number(use.upstream)} × ${l10n.number(use.local)} =
                  ${concealed ? '?' : l10n.number(use.contribution)}
                </span>
              </li>`;
            })}
          </ul>`
        : nothing
    }`;
}
