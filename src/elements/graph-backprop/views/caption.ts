/**
 * The formula strip under the diagram: what the current backward step does (upstream × local =
 * contribution for each input), or where the pass stands.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GradNode } from '../../../core/index.js';
import { formatNumber, texFactor, texNumber } from '../../../internal/format.js';
import { tex } from '../../../internal/tex.js';
import { expressionTex, nodeName, texName } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { currentStep, gradients } from '../graph-queries.js';

/** A node's name inside TeX: a variable as itself, anything else in words. */
function texTarget(node: GradNode): string {
  return node.op === 'var' ? texName(node.label) : `\\text{${nodeName(node)}}`;
}

export function renderCaption(model: GraphModel): TemplateResult {
  const current = currentStep(model);
  const total = model.pass.steps.length;
  const output = model.graph.output;
  if (!current) {
    return html`<div class="caption" part="formula">
      <div class="formula-line">
        ${tex(`\\text{out} = ${expressionTex(output)} = ${texNumber(output.value)}`)}
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
  const done = model.pass.done === total;
  const grads = done ? gradients(model) : {};
  return html`<div class="caption" part="formula">
    <p class="hint">
      <strong>Step ${model.pass.done} of ${total}:</strong> ${nodeName(current.node)} passes its
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
              ${model.graph.variableNames.map(
                (name) =>
                  html`<li>
                    ${tex(
                      `\\frac{\\partial \\text{out}}{\\partial ${texName(name)}} = ${texNumber(grads[name])}`,
                    )}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}
