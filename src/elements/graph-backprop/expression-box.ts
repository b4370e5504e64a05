/**
 * The expression box shown with `editable`: a text field, and under it, when the text does not
 * parse, the message with the offending character marked in a copy of the text.
 */
import { html, type TemplateResult } from 'lit';

export interface ParseFailure {
  readonly message: string;
  /** 0-based index of the character the parser stopped at (may equal the text's length). */
  readonly position: number;
}

export interface ExpressionBoxModel {
  readonly text: string;
  readonly failure: ParseFailure | null;
  onInput(text: string, commit: boolean): void;
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

function renderFailure(text: string, failure: ParseFailure): TemplateResult {
  const { before, at, after } = splitAt(text, failure.position);
  return html`<div class="parse-error" id="expression-error">
    <code class="pointer" aria-hidden="true"
      >${before}<mark>${at === '' || at === ' ' ? '␣' : at}</mark>${after}</code
    >
    <p>${failure.message}. The graph below is the last one that worked.</p>
  </div>`;
}

export function renderExpressionBox(model: ExpressionBoxModel): TemplateResult {
  const { failure } = model;
  // The field's own `input` event would leave the shadow root (it is composed) and be mistaken for
  // the element's; stop it here and let the element fire its own, with a detail.
  const read = (event: Event): string => {
    event.stopPropagation();
    return (event.target as HTMLInputElement).value;
  };
  return html`<div class="expression" part="expression">
    <label for="expression-input">Expression</label>
    <input
      id="expression-input"
      type="text"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      .value=${model.text}
      aria-invalid=${failure ? 'true' : 'false'}
      aria-describedby=${failure ? 'expression-error' : 'expression-help'}
      @input=${(event: Event) => model.onInput(read(event), false)}
      @change=${(event: Event) => model.onInput(read(event), true)}
    />
    ${
      failure
        ? renderFailure(model.text, failure)
        : html`<p class="help" id="expression-help">
            Try <code>relu(w*x + b)</code>, <code>x*x + x</code> or <code>log(x) / y</code>.
          </p>`
    }
  </div>`;
}
