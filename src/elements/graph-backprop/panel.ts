/**
 * The details panel for the selected node: what the op does, its local-gradient rule with the
 * numbers plugged in, upstream × local = contribution for each input, and for a variable its
 * gradient as the sum over its uses, an editable value and a finite-difference check.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getOp, type GradNode, type GradientCheck } from '../../core/index.js';
import { formatNumber, texFactor, texNumber } from '../../internal/format.js';
import { tex } from '../../internal/tex.js';
import {
  expressionTex,
  nodeKind,
  nodeName,
  nodeSymbol,
  numericTex,
  pluggedTex,
  ruleLetter,
  ruleTex,
  texName,
} from './describe.js';
import type { GraphSession } from './graph-session.js';

export interface PanelHandlers {
  close(): void;
  valueInput(name: string, text: string, commit: boolean): void;
}

export interface PanelModel {
  readonly session: GraphSession;
  readonly node: GradNode;
  readonly check: GradientCheck | null;
  readonly valueInvalid: boolean;
  readonly handlers: PanelHandlers;
}

const OUT = '\\text{out}';

/** `\frac{\partial out}{\partial w}` for a variable, `\frac{\partial out}{\partial n3}` otherwise. */
function partialOf(node: GradNode): string {
  const name = node.op === 'var' ? texName(node.label) : `\\text{${node.id}}`;
  return `\\frac{\\partial ${OUT}}{\\partial ${name}}`;
}

function signClass(value: number): string {
  return value > 0 ? 'positive' : value < 0 ? 'negative' : '';
}

function renderForward(node: GradNode): TemplateResult {
  if (node.op === 'var' || node.op === 'const') return html``;
  const formula = `${expressionTex(node)} = ${numericTex(node)} = ${texNumber(node.value)}`;
  return html`<div class="formula-line">${tex(formula)}</div>`;
}

function renderInputs(node: GradNode, session: GraphSession): TemplateResult {
  const upstream = session.finalGradient(node);
  const rules = ruleTex(node);
  const plugged = pluggedTex(node);
  return html`<p class="upstream">
      Upstream gradient reaching it: ${tex(`${partialOf(node)} = ${texNumber(upstream)}`)}
      ${node === session.output ? html`(the output's own gradient is always 1)` : nothing}
    </p>
    <ol class="inputs">
      ${node.inputs.map((input, index) => {
        const local = node.localGrads[index];
        const contribution = upstream * local;
        return html`<li>
          <p class="input-name">
            Input ${ruleLetter(index)} = <strong>${nodeName(input)}</strong>
            (${formatNumber(input.value)})
          </p>
          <div class="formula-line">
            ${tex(`${rules[index]} = ${plugged[index]} = ${texNumber(local)}`)}
          </div>
          <div class="formula-line">
            ${tex(
              `\\underbrace{${texNumber(upstream)}}_{\\text{upstream}} \\times \\underbrace{${texFactor(local)}}_{\\text{local}} = ${texNumber(contribution)}`,
            )}
          </div>
        </li>`;
      })}
    </ol>`;
}

function renderUses(node: GradNode, session: GraphSession): TemplateResult {
  const uses = session.usesOf(node);
  const total = session.finalGradient(node);
  if (uses.length === 0) return html`<p>It is the output, so its gradient is 1.</p>`;
  const terms = uses.map(
    (use) =>
      `\\underbrace{${texNumber(use.upstream)}}_{\\text{upstream}} \\cdot \\underbrace{${texFactor(use.local)}}_{\\text{local}}`,
  );
  const sum = `${partialOf(node)} = ${terms.join(' + ')} = ${texNumber(total)}`;
  return html`<p>
      ${
        uses.length > 1
          ? html`Used ${uses.length} times, so its gradient is the sum over its uses (upstream ×
            local for each):`
          : html`Its gradient is upstream × local from the one node that reads it:`
      }
    </p>
    <div class="formula-line">${tex(sum)}</div>
    ${
      uses.length > 1
        ? html`<ul class="uses">
            ${uses.map(
              (use) =>
                html`<li>
                  via ${nodeName(use.user)}:
                  <span class=${signClass(use.contribution)}>
                    ${formatNumber(use.upstream)} × ${formatNumber(use.local)} =
                    ${formatNumber(use.contribution)}
                  </span>
                </li>`,
            )}
          </ul>`
        : nothing
    }`;
}

function renderCheck(node: GradNode, check: GradientCheck | null): TemplateResult {
  if (!check) return html``;
  const agrees = check.relativeError < 1e-4;
  return html`<div class="check">
    <p class="check-title">Finite-difference check</p>
    <div class="formula-line">
      ${tex(
        `\\frac{${OUT}(${texName(node.label)} + h) - ${OUT}(${texName(node.label)} - h)}{2h} \\approx ${texNumber(check.numeric, 6)}`,
      )}
    </div>
    <p class="note">with a small nudge h = ${formatNumber(check.h)}</p>
    <p>
      Backpropagation says <strong>${formatNumber(check.autodiff, 6)}</strong>; nudging the input
      says <strong>${formatNumber(check.numeric, 6)}</strong>.
      <span class="verdict">${agrees ? '✓ They agree.' : '✗ They differ.'}</span>
    </p>
  </div>`;
}

function renderValueField(node: GradNode, model: PanelModel): TemplateResult {
  const name = node.label;
  return html`<p class="value-field">
    <label for="value-input">Value of ${name}</label>
    <input
      id="value-input"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${model.valueInvalid ? 'true' : 'false'}
      .value=${String(node.value)}
      @input=${(event: Event) => {
        // Keep the field's own composed `input` inside; the element fires its own with a detail.
        event.stopPropagation();
        model.handlers.valueInput(name, (event.target as HTMLInputElement).value, false);
      }}
      @change=${(event: Event) =>
        model.handlers.valueInput(name, (event.target as HTMLInputElement).value, true)}
    />
    ${model.valueInvalid ? html`<span class="field-note">type a number, such as -1.5</span>` : nothing}
  </p>`;
}

/**
 * An op's description as a sentence. Descriptions are phrases of two kinds ("adds its inputs; ...",
 * "the natural logarithm; ..."), so "It" + phrase read wrongly for half of them.
 */
function sentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
}

export function renderPanel(model: PanelModel): TemplateResult {
  const { node, session } = model;
  const leaf = node.op === 'var' || node.op === 'const';
  const description =
    node.op === 'var'
      ? 'An input you can change: drag it sideways, use the arrow keys on it, or type a value here.'
      : node.op === 'const'
        ? 'A fixed number: it has a gradient like any input, but you cannot change it.'
        : sentence(getOp(node.op).description);
  return html`<section class="panel" part="panel" aria-labelledby="panel-title">
    <div class="panel-head">
      <p class="panel-title" id="panel-title">
        <span class="badge">${nodeSymbol(node)}</span>
        ${node.op === 'var' ? `variable ${node.label}` : nodeKind(node)}
        <span class="node-id">${node.id}</span>
      </p>
      <button class="close" aria-label="Close details" @click=${model.handlers.close}>✕</button>
    </div>
    <p class="description">${description}</p>
    ${renderForward(node)} ${node.op === 'var' ? renderValueField(node, model) : nothing}
    ${leaf ? renderUses(node, session) : renderInputs(node, session)}
    ${node.op === 'var' ? renderCheck(node, model.check) : nothing}
  </section>`;
}
