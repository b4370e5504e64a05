/**
 * How `<graph-backprop>` reads each attribute (or the same property set from script): the parser
 * and the value used while it is absent. The element declares them with `@setting`, adding how
 * each reads back from its model.
 */
import { oneOf, type Parsed } from '../../internal/attributes.js';
import { LazyView } from '../../internal/lazy-view.js';
import { parseAssignments } from '../../internal/parse-assignments.js';
import type { RefusalFrom, SettingSpec } from '../../internal/settings.js';
import * as rules from './graph-backprop-model.js';

/** A name, trimmed; whether the expression has it is checked when the settings apply. */
const name = (text: string) => ({ ok: true as const, value: text.trim() });

/**
 * The words of a refused `expr` or a draft that does not parse (expression-refusal.ts, with the
 * core's English for a parse fault and its "did you mean"): no page whose expression is good
 * needs them, so they are a chunk fetched with the first refusal, and the note and the `error`
 * event wait for it and for its words in the element's language.
 */
export const expressionRefusal = new LazyView(() => import('./expression-refusal.js'));

/** The `expr` setting's parser: the text itself, once it parses. */
export function parseExpressionSetting(text: string): Parsed<string> | RefusalFrom {
  const read = rules.readExpressionSetting(text);
  if (read.ok) return read;
  return {
    ok: false,
    from: expressionRefusal,
    problem: (words: typeof import('./expression-refusal.js')) => words.settingProblem(read.fault),
    words: (words: typeof import('./expression-refusal.js'), lang) => words.wordsLoad(lang),
  };
}

export const EXPR: SettingSpec<string> = {
  attribute: 'expr',
  parse: parseExpressionSetting,
  fallback: rules.DEFAULT_EXPR,
};

export const VALUES: SettingSpec<Record<string, number>> = {
  attribute: 'values',
  parse: parseAssignments,
  fallback: {},
};

export const SELECTED: SettingSpec<string> = { attribute: 'selected', parse: name, fallback: '' };

export const MODE: SettingSpec<rules.Mode> = {
  attribute: 'mode',
  parse: oneOf(rules.MODES),
  fallback: 'reverse',
};

export const WRT: SettingSpec<string> = { attribute: 'wrt', parse: name, fallback: '' };

export const EDITABLE: SettingSpec<boolean> = {
  attribute: 'editable',
  parse: rules.parseEditableText,
  parseValue: rules.parseEditableValue,
  fallback: false,
};

/** The live step, from script only: rounded and clamped to the pass when applied. */
export const STEP: SettingSpec<number> = {
  attribute: false,
  parse: (text) => ({ ok: true, value: rules.asStepCount(text) }),
  parseValue: (value) => ({ ok: true, value: rules.asStepCount(value) }),
  fallback: 0,
};
