import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AttributeInfo } from './catalogue.js';

/** The builder's field for one attribute of the chosen element, and how descriptions show. */

/** A description with `code` spans (as the JSDoc writes them) shown as code. */
export function describe(text: string) {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : part));
}

/** The field for one attribute: a checkbox for a boolean, else a text box. */
export function attributeField(
  attribute: AttributeInfo,
  values: Record<string, string>,
  setValue: (name: string, value: string | undefined) => void,
) {
  const id = `attr-${attribute.name}`;
  if (attribute.boolean) {
    return html`<div class="field checkbox">
      <input
        id=${id}
        type="checkbox"
        .checked=${live(values[attribute.name] === '')}
        @change=${(event: Event) =>
          setValue(attribute.name, (event.target as HTMLInputElement).checked ? '' : undefined)}
      />
      <label for=${id}><code>${attribute.name}</code></label>
      <p class="hint">${describe(attribute.description)}</p>
    </div>`;
  }
  return html`<div class="field">
    <label for=${id}><code>${attribute.name}</code></label>
    <input
      id=${id}
      type="text"
      spellcheck="false"
      autocomplete="off"
      placeholder=${attribute.defaultValue ? `default: ${attribute.defaultValue}` : 'not set'}
      .value=${live(values[attribute.name] ?? '')}
      @input=${(event: Event) =>
        setValue(attribute.name, (event.target as HTMLInputElement).value || undefined)}
    />
    <p class="hint">${describe(attribute.description)}</p>
  </div>`;
}
