/**
 * The expression box shown with `editable`: a text field, and under it, when the text does not
 * parse, the message with the offending character marked in a copy of the text. Its own chunk,
 * loaded when an element first shows it.
 */
import { html, type TemplateResult } from 'lit';
import type { ParseFailure } from '../graph-backprop-model.js';
import { messageParts, type Localizer } from '../../../internal/localizer.js';
import './expression-box.messages.js';

export { expressionBoxStyles as styles } from './expression-box.styles.js';

export interface ExpressionBoxView {
  /** What the field holds: the reader's draft, or the graph's expression. */
  readonly text: string;
  readonly failure: ParseFailure | null;
  readonly l10n: Localizer;
}

export interface ExpressionHandlers {
  expressionInput(text: string, commit: boolean): void;
}

/** The text split around the character at `position`; a position past the end marks the end. */
export function splitAt(
  text: string,
  position: number,
): { before: string; at: string; after: string } {
  const index = Math.max(0, Math.min(text.length, Math.floor(position)));
  return {
    before: text.slice(0, index),
    at: text.slice(index, index + 1),
    after: text.slice(index + 1),
  };
}

function renderFailure(text: string, failure: ParseFailure, l10n: Localizer): TemplateResult {
  const { before, at, after } = splitAt(text, failure.position);
  const reason = failure.ref ? l10n.text(failure.ref) : failure.message;
  return html`<div class="parse-error" id="expression-error">
    <code class="pointer ltr" aria-hidden="true"
      >${before}<mark>${at === '' || at === ' ' ? '␣' : at}</mark>${after}</code
    >
    <p>${l10n.t('graph-backprop.expression.failure', { message: reason })}</p>
    <p>${l10n.t('graph-backprop.expression.kept')}</p>
  </div>`;
}

export function renderExpressionBox(
  view: ExpressionBoxView,
  handlers: ExpressionHandlers,
): TemplateResult {
  const { failure, l10n } = view;
  // The field's own `input` event would leave the shadow root (it is composed) and be mistaken for
  // the element's; stop it (and `change`) here and let the element fire its own, with a detail.
  const read = (event: Event): string => {
    event.stopPropagation();
    return (event.target as HTMLInputElement).value;
  };
  return html`<div class="expression" part="expression">
    <label for="expression-input">${l10n.t('graph-backprop.expression.label')}</label>
    <input
      id="expression-input"
      class="ltr"
      type="text"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      .value=${view.text}
      aria-invalid=${failure ? 'true' : 'false'}
      aria-describedby=${failure ? 'expression-error' : 'expression-help'}
      @input=${(event: Event) => handlers.expressionInput(read(event), false)}
      @change=${(event: Event) => handlers.expressionInput(read(event), true)}
    />
    ${
      failure
        ? renderFailure(view.text, failure, l10n)
        : html`<p class="help" id="expression-help">
            ${messageParts(l10n, 'graph-backprop.expression.help', {
              first: html`<code class="ltr">relu(w*x + b)</code>`,
              second: html`<code class="ltr">x*x + x</code>`,
              third: html`<code class="ltr">log(x) / y</code>`,
            })}
          </p>`
    }
  </div>`;
}
