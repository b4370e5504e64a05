/**
 * The details panel for the selected node: what the op does, its local-gradient rule with the
 * numbers plugged in, upstream × local = contribution for each input, and for a variable its
 * gradient as the sum over its uses, an editable value and a finite-difference check.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getOp, type GradNode, type GradientCheck } from '../../../core/index.js';
import { formatNumber, signClass, texFactor, texNumber } from '../../../internal/format.js';
import { tex } from '../../../internal/tex.js';
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
} from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { finalGradient, usesOf } from '../graph-queries.js';

export interface PanelHandlers {
  closePanel(): void;
  valueInput(name: string, text: string, commit: boolean): void;
}

export interface PanelView {
  readonly model: GraphModel;
  /** The selected node. */
  readonly node: GradNode;
  /** The finite-difference check, for a variable. */
  readonly check: GradientCheck | null;
}

const OUT = '\\text{out}';

/** `\frac{\partial out}{\partial w}` for a variable, `\frac{\partial out}{\partial n3}` otherwise. */
function partialOf(node: GradNode): string {
  const name = node.op === 'var' ? texName(node.label) : `\\text{${node.id}}`;
  return `\\frac{\\partial ${OUT}}{\\partial ${name}}`;
}

function renderForward(node: GradNode): TemplateResult {
  if (node.op === 'var' || node.op === 'const') return html``;
  const formula = `${expressionTex(node)} = ${numericTex(node)} = ${texNumber(node.value)}`;
  return html`<div class="formula-line">${tex(formula)}</div>`;
}

function renderInputs(node: GradNode, model: GraphModel): TemplateResult {
  const upstream = finalGradient(model, node);
  const rules = ruleTex(node);
  const plugged = pluggedTex(node);
  return html`<p class="upstream">
      Upstream gradient reaching it: ${tex(`${partialOf(node)} = ${texNumber(upstream)}`)}
      ${node === model.graph.output ? html`(the output's own gradient is always 1)` : nothing}
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

function renderUses(node: GradNode, model: GraphModel): TemplateResult {
  const uses = usesOf(model, node);
  const total = finalGradient(model, node);
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

function renderValueField(
  node: GradNode,
  model: GraphModel,
  handlers: PanelHandlers,
): TemplateResult {
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
      @input=${(event: Event) => handlers.valueInput(name, fieldText(event), false)}
      @change=${(event: Event) => handlers.valueInput(name, fieldText(event), true)}
    />
    ${model.valueInvalid ? html`<span class="field-note">type a number, such as -1.5</span>` : nothing}
  </p>`;
}

/**
 * The field's text. Its own `input` and `change` stay inside (a native `input` is composed and
 * would reach the page looking like the element's); the element fires its own, with a detail.
 */
function fieldText(event: Event): string {
  event.stopPropagation();
  return (event.target as HTMLInputElement).value;
}

/**
 * An op's description as a sentence. Descriptions are phrases of two kinds ("adds its inputs; ...",
 * "the natural logarithm; ..."), so "It" + phrase read wrongly for half of them.
 */
function sentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
}

export function renderPanel(view: PanelView, handlers: PanelHandlers): TemplateResult {
  const { node, model } = view;
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
      <button class="close" aria-label="Close details" @click=${handlers.closePanel}>✕</button>
    </div>
    <p class="description">${description}</p>
    ${renderForward(node)} ${node.op === 'var' ? renderValueField(node, model, handlers) : nothing}
    ${leaf ? renderUses(node, model) : renderInputs(node, model)}
    ${node.op === 'var' ? renderCheck(node, view.check) : nothing}
  </section>`;
}
