/**
 * The formula strip under the diagram and the words for the live region: what the current
 * backward step does (upstream × local = contribution for each input), or where the pass stands.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GradNode } from '../../core/index.js';
import { formatNumber, spokenNumber, texFactor, texNumber } from '../../internal/format.js';
import { tex } from '../../internal/tex.js';
import { expressionTex, nodeName, texName } from './describe.js';
import type { GraphSession } from './graph-session.js';

/** A node's name inside TeX: a variable as itself, anything else in words. */
function texTarget(node: GradNode): string {
  return node.op === 'var' ? texName(node.label) : `\\text{${nodeName(node)}}`;
}

export function renderCaption(session: GraphSession): TemplateResult {
  const current = session.currentStep;
  const total = session.totalSteps;
  if (!current) {
    return html`<div class="caption" part="formula">
      <div class="formula-line">
        ${tex(`\\text{out} = ${expressionTex(session.output)} = ${texNumber(session.output.value)}`)}
      </div>
      <p class="hint">
        ${
          total === 0
            ? 'A single input: its gradient with respect to itself is 1.'
            : 'Forward values are in. Press Step to send the gradient back from the output, where it starts at 1.'
        }
      </p>
    </div>`;
  }
  const done = session.step === total;
  return html`<div class="caption" part="formula">
    <p class="hint">
      <strong>Step ${session.step} of ${total}:</strong> ${nodeName(current.node)} passes its
      gradient ${formatNumber(current.upstream)} to each input, times that input's local gradient.
    </p>
    <ul class="contributions">
      ${current.inputs.map(
        (input) =>
          html`<li>
            ${tex(
              `\\underbrace{${texNumber(current.upstream)}}_{\\text{upstream}} \\times \\underbrace{${texFactor(input.local)}}_{\\text{local}} = ${texNumber(input.contribution)} \\;\\to\\; ${texTarget(input.node)}`,
            )}
          </li>`,
      )}
    </ul>
    ${
      done
        ? html`<p class="hint">
              <strong>Done.</strong> Every gradient is in; each variable's is the sum of what
              reached it:
            </p>
            <ul class="contributions">
              ${session.graph.variableNames.map(
                (name) =>
                  html`<li>
                    ${tex(
                      `\\frac{\\partial \\text{out}}{\\partial ${texName(name)}} = ${texNumber(session.gradients()[name])}`,
                    )}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}

/** What the live region says after a step. */
export function narrateStep(session: GraphSession): string {
  const current = session.currentStep;
  if (!current) return 'Back at the start: only the output has its gradient, 1.';
  const parts = current.inputs.map(
    (input) =>
      `${nodeName(input.node)} gets ${spokenNumber(input.contribution)}: upstream ${spokenNumber(current.upstream)} times local ${spokenNumber(input.local)}`,
  );
  const done = session.step === session.totalSteps ? ' All gradients are done.' : '';
  return `Step ${session.step} of ${session.totalSteps}: ${nodeName(current.node)} passes gradient ${spokenNumber(current.upstream)}. ${parts.join('. ')}.${done}`;
}
