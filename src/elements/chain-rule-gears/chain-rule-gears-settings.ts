/**
 * How `<chain-rule-gears>` reads each attribute (or the same property set from script): the
 * parser and the value used while it is absent. The element declares them with `@setting`.
 */
import {
  numberIn,
  numberListIn,
  parseNumber,
  refusal,
  type Parsed,
} from '../../internal/attributes.js';
import { parseLabelList } from '../../internal/parse-labels.js';
import { asText, type SettingSpec } from '../../internal/settings.js';
import { clampLever, LEVER_RANGE, MAX_RATIO, MAX_STAGES } from './chain-math.js';
import { DEFAULT_INPUT, DEFAULT_RATIOS } from './chain-rule-gears-model.js';

/** The lever's name plus one per gear. */
const MAX_NAMES = MAX_STAGES + 1;

/** Names or units: commas in an attribute; from script also an array, whose items may hold commas. */
export function parseNames(value: unknown): Parsed<string[]> {
  if (!Array.isArray(value)) return parseLabelList(asText(value), MAX_NAMES);
  if (value.length > MAX_NAMES) return refusal('attr.labelsAtMost', { max: MAX_NAMES });
  return { ok: true, value: value.map((item) => asText(item ?? '').slice(0, 40)) };
}

export const RATIOS: SettingSpec<readonly number[]> = {
  attribute: 'ratios',
  parse: numberListIn({ min: -MAX_RATIO, max: MAX_RATIO, minLength: 1, maxLength: MAX_STAGES }),
  fallback: DEFAULT_RATIOS,
};

export const INPUT: SettingSpec<number> = {
  attribute: 'input',
  parse: numberIn({ min: -LEVER_RANGE, max: LEVER_RANGE }),
  fallback: DEFAULT_INPUT,
};

/**
 * The lever's live displacement, set from script only: any number, kept inside the lever's
 * travel; null or undefined leave the lever where it is (no fallback).
 */
export const VALUE: SettingSpec<number> = {
  attribute: false,
  parse: (text) => {
    const parsed = parseNumber(text);
    return parsed.ok ? { ok: true, value: clampLever(parsed.value) || 0 } : parsed;
  },
  fallback: undefined as unknown as number,
};

export const LABELS: SettingSpec<readonly string[]> = {
  attribute: 'labels',
  parse: parseNames,
  parseValue: parseNames,
  fallback: [],
};

export const UNITS: SettingSpec<readonly string[]> = { ...LABELS, attribute: 'units' };
