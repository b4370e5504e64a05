/**
 * The details panel for the selected node: what it does and the value it computes, its
 * local-gradient rule with the numbers plugged in and then, as the pass on show reaches it, what
 * that pass brings (reverse: upstream × local to each input and a variable's sum over its uses;
 * forward: Σ local × input tangent), an editable value for a variable and, once the backward pass
 * has its gradient, a finite-difference check for any node. Escape closes it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GradNode, GradientCheck } from '../../../core/index.js';
import type { Localizer } from '../../../internal/localizer.js';
import { tex } from '../../../internal/tex.js';
import { expressionTex, nodeKind, nodeSymbol, nodeTex, texText } from '../describe.js';
import type { GraphModel } from '../graph-backprop-model.js';
import { checkFor } from '../gradient-check.js';
import { shownGradient } from '../graph-queries.js';
import { isComplete } from '../node-uses.js';
import { renderForwardPanel } from './panel-forward.js';
import { renderInputs, renderUses } from './panel-reverse.js';
import { equalities, numericTex, opDescription } from './panel-tex.js';
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
  readonly l10n: Localizer;
}

/** The value the op computes: `w \cdot x = 2 \cdot 1.5 = 3`. */
function renderValue(node: GradNode, l10n: Localizer): TemplateResult {
  if (node.op === 'var' || node.op === 'const') return html``;
  const formula = equalities([
    expressionTex(node, l10n),
    numericTex(node, l10n),
    l10n.tex(node.value),
  ]);
  return html`<div class="formula-line">${tex(formula)}</div>`;
}

/**
 * Central differences beside the backward pass's number, once the pass has brought that number:
 * a variable nudged, or an op node's value nudged with its inputs held.
 */
function renderCheck(
  node: GradNode,
  model: GraphModel,
  check: GradientCheck | null,
  l10n: Localizer,
): TemplateResult {
  // The nudged output's slope is the gradient itself: hidden while the exercise hides it.
  if (!check || !isComplete(model, node) || shownGradient(model, node) === null) return html``;
  const agrees = check.relativeError < 1e-4;
  const out = texText(l10n.t('graph-backprop.tex.out'));
  const name = nodeTex(node, l10n);
  const leaf = node.inputs.length === 0;
  const numbers = {
    autodiff: l10n.number(check.autodiff, 6),
    numeric: l10n.number(check.numeric, 6),
  };
  return html`<div class="check">
    <p class="check-title">${l10n.t('graph-backprop.check.title')}</p>
    <div class="formula-line">
      ${tex(`\\frac{${out}(${name} + h) - ${out}(${name} - h)}{2h} \\approx ${l10n.tex(check.numeric, 6)}`)}
    </div>
    <p class="note">
      ${l10n.t(leaf ? 'graph-backprop.check.nudge' : 'graph-backprop.check.nudgeNode', {
        h: l10n.number(check.h),
      })}
    </p>
    <p>
      ${l10n.t(leaf ? 'graph-backprop.check.compare' : 'graph-backprop.check.compareNode', numbers)}
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
        ${node.inputs.length > 0 ? html`<span class="node-expr">${tex(expressionTex(node, l10n))}</span>` : nothing}
      </p>
      <button class="close" @click=${handlers.closePanel}>
        ${l10n.t('graph-backprop.panel.close')}
      </button>
    </div>
    <p class="description">${description}</p>
    ${renderValue(node, l10n)}
    ${node.op === 'var' ? renderValueField(node, model, l10n, handlers) : nothing}
    ${
      model.mode === 'forward'
        ? renderForwardPanel(node, model, l10n)
        : html`${leaf ? renderUses(node, model, l10n) : renderInputs(node, model, l10n)}
          ${renderCheck(node, model, checkFor(model, node), l10n)}`
    }
  </div>`;
}
