/**
 * The details panel for the selected node: what the op does, its local-gradient rule with the
 * numbers plugged in, upstream × local = contribution for each input, and for a variable its
 * gradient as the sum over its uses, an editable value and a finite-difference check.
 * Escape closes it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GradNode, GradientCheck } from '../../../core/index.js';
import { signClass } from '../../../internal/format.js';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { expressionTex, nodeKind, nodeName, nodeSymbol, texName, texText } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { finalGradient, usesOf } from '../graph-queries.js';
import { productTex } from './caption.js';
import { numericTex, opDescription, pluggedTex, ruleLetter, ruleTex } from './panel-tex.js';
import './panel.messages.js';

export { panelStyles as styles } from './panel.styles.js';

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
  readonly l10n: Localizer;
}

/** `\frac{\partial out}{\partial w}` for a variable, `\frac{\partial out}{\partial n3}` otherwise. */
function partialOf(node: GradNode, l10n: Localizer): string {
  const name = node.op === 'var' ? texName(node.label) : `\\text{${node.id}}`;
  return `\\frac{\\partial ${texText(l10n.t('graph-backprop.tex.out'))}}{\\partial ${name}}`;
}

function renderForward(node: GradNode, l10n: Localizer): TemplateResult {
  if (node.op === 'var' || node.op === 'const') return html``;
  const formula = `${expressionTex(node, l10n)} = ${numericTex(node, l10n)} = ${l10n.tex(node.value)}`;
  return html`<div class="formula-line">${tex(formula)}</div>`;
}

function renderInputs(node: GradNode, model: GraphModel, l10n: Localizer): TemplateResult {
  const upstream = finalGradient(model, node);
  const rules = ruleTex(node);
  const plugged = pluggedTex(node, l10n);
  return html`<p class="upstream">
      ${l10n.t('graph-backprop.panel.upstream')}
      ${tex(`${partialOf(node, l10n)} = ${l10n.tex(upstream)}`)}
      ${node === model.graph.output ? l10n.t('graph-backprop.panel.outputSeed') : nothing}
    </p>
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
            ${tex(`${rules[index]} = ${plugged[index]} = ${l10n.tex(local)}`)}
          </div>
          <div class="formula-line">
            ${tex(productTex(l10n, upstream, local, upstream * local))}
          </div>
        </li>`;
      })}
    </ol>`;
}

function renderUses(node: GradNode, model: GraphModel, l10n: Localizer): TemplateResult {
  const uses = usesOf(model, node);
  const total = finalGradient(model, node);
  if (uses.length === 0) return html`<p>${l10n.t('graph-backprop.panel.isOutput')}</p>`;
  const upstreamWord = texText(l10n.t('graph-backprop.tex.upstream'));
  const localWord = texText(l10n.t('graph-backprop.tex.local'));
  const terms = uses.map(
    (use) =>
      `\\underbrace{${l10n.tex(use.upstream)}}_{${upstreamWord}} \\cdot \\underbrace{${l10n.texFactor(use.local)}}_{${localWord}}`,
  );
  const sum = `${partialOf(node, l10n)} = ${terms.join(' + ')} = ${l10n.tex(total)}`;
  return html`<p>${l10n.t('graph-backprop.panel.uses', { count: uses.length })}</p>
    <div class="formula-line">${tex(sum)}</div>
    ${
      uses.length > 1
        ? html`<ul class="uses">
            ${uses.map(
              (use) =>
                html`<li>
                  ${l10n.t('graph-backprop.panel.via', { name: nodeName(use.user, l10n) })}
                  <span class=${`ltr ${signClass(use.contribution)}`}>
                    ${l10n.number(use.upstream)} × ${l10n.number(use.local)} =
                    ${l10n.number(use.contribution)}
                  </span>
                </li>`,
            )}
          </ul>`
        : nothing
    }`;
}

function renderCheck(node: GradNode, check: GradientCheck | null, l10n: Localizer): TemplateResult {
  if (!check) return html``;
  const agrees = check.relativeError < 1e-4;
  const out = texText(l10n.t('graph-backprop.tex.out'));
  const name = texName(node.label);
  return html`<div class="check">
    <p class="check-title">${l10n.t('graph-backprop.check.title')}</p>
    <div class="formula-line">
      ${tex(`\\frac{${out}(${name} + h) - ${out}(${name} - h)}{2h} \\approx ${l10n.tex(check.numeric, 6)}`)}
    </div>
    <p class="note">${l10n.t('graph-backprop.check.nudge', { h: l10n.number(check.h) })}</p>
    <p>
      ${l10n.t('graph-backprop.check.compare', {
        autodiff: l10n.number(check.autodiff, 6),
        numeric: l10n.number(check.numeric, 6),
      })}
      <span class="verdict"
        >${agrees ? l10n.t('graph-backprop.check.agree') : l10n.t('graph-backprop.check.differ')}</span
      >
    </p>
  </div>`;
}

function renderValueField(
  node: GradNode,
  model: GraphModel,
  l10n: Localizer,
  handlers: PanelHandlers,
): TemplateResult {
  const name = node.label;
  return html`<p class="value-field">
    <label for="value-input">${l10n.t('graph-backprop.value.label', { name })}</label>
    <input
      id="value-input"
      class="ltr"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${model.valueInvalid ? 'true' : 'false'}
      .value=${l10n.number(node.value, 10)}
      @input=${(event: Event) => handlers.valueInput(name, fieldText(event), false)}
      @change=${(event: Event) => handlers.valueInput(name, fieldText(event), true)}
    />
    ${
      model.valueInvalid
        ? html`<span class="field-note"
            >${l10n.t('graph-backprop.value.invalid', { example: l10n.number(-1.5) })}</span
          >`
        : nothing
    }
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

export function renderPanel(view: PanelView, handlers: PanelHandlers): TemplateResult {
  const { node, model, l10n } = view;
  const leaf = node.op === 'var' || node.op === 'const';
  const description =
    node.op === 'var'
      ? l10n.t('graph-backprop.panel.aboutVariable')
      : node.op === 'const'
        ? l10n.t('graph-backprop.panel.aboutConstant')
        : opDescription(node, l10n);
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    handlers.closePanel();
  };
  // A group, not a region: two copies on one page would make two landmarks of the same name.
  return html`<div
    class="panel"
    part="panel"
    role="group"
    aria-labelledby="panel-title"
    @keydown=${onKeydown}
  >
    <div class="panel-head">
      <p class="panel-title" id="panel-title">
        <span class="badge ltr">${nodeSymbol(node, l10n)}</span>
        ${
          node.op === 'var'
            ? l10n.t('graph-backprop.panel.variable', { name: node.label })
            : nodeKind(node, l10n)
        }
        <span class="node-id">${node.id}</span>
      </p>
      <button
        class="close"
        aria-label=${l10n.t('graph-backprop.panel.close')}
        @click=${handlers.closePanel}
      >
        ✕
      </button>
    </div>
    <p class="description">${description}</p>
    ${renderForward(node, l10n)}
    ${node.op === 'var' ? renderValueField(node, model, l10n, handlers) : nothing}
    ${leaf ? renderUses(node, model, l10n) : renderInputs(node, model, l10n)}
    ${node.op === 'var' ? renderCheck(node, view.check, l10n) : nothing}
  </div>`;
}
