/**
 * A translated message with markup in its placeholders (`Try {first}, {second} or {third}.`
 * with each example in <code>): the translation decides the order, the view supplies the parts.
 */
import type { TemplateResult } from 'lit';
import type { Localizer } from '../../../internal/localizer.js';

export type Part = string | TemplateResult;

/** The message `key` as text and template parts, each `{name}` replaced by `parts[name]`. */
export function fill(l10n: Localizer, key: string, parts: Readonly<Record<string, Part>>): Part[] {
  // Without params the placeholders come back as written, ready to split.
  const message = l10n.t(key);
  return message
    .split(/(\{\w+\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return name !== undefined && name in parts ? parts[name] : piece;
    });
}
