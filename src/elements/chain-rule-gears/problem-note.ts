import { html, nothing, type TemplateResult } from 'lit';

/**
 * The visible note listing refused attribute values, as `BackpropElement.renderProblems()` draws
 * it but with valid markup: the shared version puts `role="alert"` on the `<ul>` itself, which
 * replaces the list role, so axe reports the `<li>`s as orphaned (listitem, aria-allowed-role).
 * Here the alert wraps the list. Remove once the shared helper is fixed.
 */
export function renderProblemNote(
  problems: readonly (readonly [attribute: string, message: string])[],
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div class="errors" part="error" role="alert">
    <ul class="error-list">
      ${problems.map(
        ([attribute, message]) => html`<li><strong>${attribute}</strong>: ${message}</li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The shared parsers quote the refused text back ("got 'Infinity'"); quoting NaN or Infinity
 * would put the very words we promise never to show on screen, so they are named in words.
 */
export function withoutNonFiniteWords(message: string): string {
  return message.replace(/'[^']*(?:NaN|Infinity)[^']*'/g, 'a non-finite value');
}
