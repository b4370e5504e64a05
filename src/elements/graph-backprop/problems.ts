/**
 * Local stand-ins for two details of the shared problem notes:
 * - the shared list puts role="alert" on a <ul>, which axe refuses (aria-allowed-role, listitem);
 *   here the alert is a <div> around a plain list;
 * - the shared parsers echo the refused text, so a refused `NaN` would appear on screen as "NaN";
 *   messages here name such values in words instead.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Rewrites words that read as broken numbers ("NaN", "Infinity") in a message. */
export function sayBrokenNumbers(message: string): string {
  return message
    .replace(/'?[+-]?Infinity'?/g, 'an infinite value')
    .replace(/'?NaN'?/g, 'not-a-number')
    .replace(/'?undefined'?/g, 'nothing');
}

/** The visible notes for refused attributes, in attribute order. */
export function renderAttributeProblems(
  entries: ReadonlyArray<readonly [string, string | undefined]>,
): TemplateResult | typeof nothing {
  const shown = entries.filter((entry): entry is readonly [string, string] => Boolean(entry[1]));
  if (shown.length === 0) return nothing;
  return html`<div class="errors" part="error" role="alert">
    <ul>
      ${shown.map(
        ([attribute, message]) => html`<li><strong>${attribute}</strong>: ${message}</li>`,
      )}
    </ul>
  </div>`;
}
