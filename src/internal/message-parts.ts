import type { TemplateResult } from 'lit';
import type { Localizer } from './localizer.js';

/**
 * A translated sentence whose placeholders are template parts (a styled number, a symbol), so
 * the sentence keeps the translator's word order while each number stays its own isolated,
 * styled element. Placeholders given as strings are filled as text.
 */
export function messageParts(
  l10n: Localizer,
  key: string,
  parts: Readonly<Record<string, TemplateResult | string>>,
): (TemplateResult | string)[] {
  // Private-use marks the translation cannot contain, one pair per placeholder.
  const marks: Record<string, string> = {};
  for (const name of Object.keys(parts)) marks[name] = `\uE000${name}\uE000`;
  const text = l10n.t(key, marks);
  return text
    .split(/\uE000(\w+)\uE000/)
    .map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? '') : piece))
    .filter((piece) => piece !== '');
}
