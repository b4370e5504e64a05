/**
 * The settings every exercise shares: `ask` (which hidden numbers the reader predicts; each
 * element names its own questions), `tolerance` and `attempts`. Declared with `@setting`, so
 * they follow the one settings rule like any other attribute.
 */
import { numberIn, parseChoice, type Parsed } from '../attributes.js';
import { settingsOf, type SettingSpec } from '../settings.js';

/** How close an answer must be, relative to the expected value. */
export const DEFAULT_RELATIVE_TOLERANCE = 0.01;
/** The absolute floor under the relative tolerance, so an answer near 0 can be right. */
export const ABSOLUTE_FLOOR = 0.001;

/**
 * `ask` for an element whose questions are `kinds`: words separated by spaces or commas, each
 * one of `kinds`; empty (the default) asks nothing and the element shows every number.
 */
export function askSetting<K extends string>(kinds: readonly K[]): AskSpec<K> {
  const parse = (text: string): Parsed<readonly K[]> => {
    const words = text.trim() === '' ? [] : text.trim().split(/[\s,]+/);
    const chosen: K[] = [];
    for (const word of words) {
      const parsed = parseChoice(word, kinds);
      if (!parsed.ok) return parsed;
      if (!chosen.includes(parsed.value)) chosen.push(parsed.value);
    }
    return { ok: true, value: chosen };
  };
  return { attribute: 'ask', parse, fallback: [], kinds };
}

/** The `ask` setting, which also names the element's question kinds. */
export interface AskSpec<K extends string = string> extends SettingSpec<readonly K[]> {
  readonly kinds: readonly K[];
}

/**
 * The question kinds an element class declares for `ask` (its `askSetting`), empty for one that
 * asks nothing: what a tool such as the embed builder offers, read from the element itself.
 */
export function askKindsOf(ctor: object | undefined): readonly string[] {
  const spec = ctor ? settingsOf(ctor).get('ask') : undefined;
  return spec && 'kinds' in spec ? (spec as AskSpec).kinds : [];
}

export const TOLERANCE: SettingSpec<number> = {
  attribute: 'tolerance',
  parse: numberIn({ min: 0, max: 1 }),
  fallback: DEFAULT_RELATIVE_TOLERANCE,
};

/** Attempts per question; unlimited (Infinity) while the attribute is absent. */
export const ATTEMPTS: SettingSpec<number> = {
  attribute: 'attempts',
  parse: numberIn({ min: 1, max: 100, integer: true }),
  fallback: Infinity,
};
