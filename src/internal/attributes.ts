/**
 * Attribute parsers for the elements. Each returns either a value or what was expected, as a
 * message reference (translated where it is shown) plus its English text; the base class turns
 * it into a visible note and an `error` event. None of them throws.
 */
import { ENGLISH, type MessageRef } from './localizer.js';

/**
 * Why a value cannot be used: the English text and, when it is one of ours, the message to show
 * in the reader's language. The one shape of every refusal. The notes (problem-notes.ts) show the
 * message in the reader's language and fire the `error` event; the English words of these
 * parsers come with them.
 */
export interface Problem {
  readonly message: string;
  readonly ref?: MessageRef;
  /** Never set: what tells a Problem from a problem still to be worked out (`ProblemFrom`). */
  readonly from?: undefined;
}

/**
 * A parser's answer: the value, or why not. A value read entry by entry may be taken in part:
 * `ok` with the entries that were good, and a `problem` naming the first one that was not.
 */
export type Parsed<T> = { ok: true; value: T; problem?: Problem } | ({ ok: false } & Problem);

/**
 * A problem from a catalogue message. Its English text is made when read: most refusals are
 * only ever shown through their message key, and a reader typing into a field makes one per key.
 */
export function problem(key: string, params?: MessageRef['params']): Problem & { ref: MessageRef } {
  const ref: MessageRef = { key, params };
  return {
    ref,
    get message() {
      return ENGLISH.text(ref);
    },
  };
}

/** A parser's refusal from a catalogue message. */
export function refusal<T>(key: string, params?: MessageRef['params']): Parsed<T> {
  return Object.assign(problem(key, params), { ok: false as const });
}

/** A refused value quoted back, except NaN/Infinity, which would read as a broken widget. */
export const echo = (text: string): MessageRef =>
  /nan|inf/i.test(text)
    ? { key: 'attr.notFinite' }
    : { key: 'attr.quoted', params: { text: text.slice(0, 40) } };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = refusal;

/** Attribute text longer than this is refused before any work is done on it. */
export const MAX_ATTRIBUTE_LENGTH = 2000;

/**
 * A number's range: none, or both ends (every attribute states both; a whole number always has
 * a range). Only the messages these shapes can produce exist, so none is kept in nine languages
 * for a case no attribute has.
 */
export type NumberRule =
  | { readonly min?: undefined; readonly max?: undefined; readonly integer?: undefined }
  | { readonly min: number; readonly max: number; readonly integer?: boolean };

/** "a whole number from 1 to 10" (or, with `plural`, "whole numbers from 1 to 10"). */
function describeRange(rule: NumberRule, plural = false): MessageRef {
  if (rule.min === undefined) return { key: plural ? 'attr.numbers' : 'attr.number' };
  const { min, max } = rule;
  if (rule.integer)
    return { key: plural ? 'attr.wholesFromTo' : 'attr.wholeFromTo', params: { min, max } };
  return { key: plural ? 'attr.numbersFromTo' : 'attr.numberFromTo', params: { min, max } };
}

const NOTHING: MessageRef = { key: 'attr.nothing' };

/** Reads one number; `2`, `-0.5`, `1e-3` pass; empty text, words, NaN and Infinity do not. */
export function parseNumber(
  text: string | null | undefined,
  rule: NumberRule = {},
): Parsed<number> {
  const trimmed = (text ?? '').trim();
  const expected = describeRange(rule);
  if (trimmed === '') return fail('attr.expectedGot', { expected, got: NOTHING });
  if (trimmed.length > 40) return fail('attr.expected', { expected });
  const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(value)) return fail('attr.expectedGot', { expected, got: echo(trimmed) });
  const outside =
    (rule.integer && !Number.isInteger(value)) ||
    (rule.min !== undefined && value < rule.min) ||
    (rule.max !== undefined && value > rule.max);
  if (outside) return fail('attr.expectedGot', { expected, got: trimmed });
  return ok(value);
}

export type ListRule = NumberRule & {
  readonly minLength?: number;
  readonly maxLength?: number;
};

/** Reads numbers separated by spaces or commas: `2 3`, `2, 3`, `0.5,-1`. */
export function parseNumberList(
  text: string | null | undefined,
  rule: ListRule = {},
): Parsed<number[]> {
  const trimmed = (text ?? '').trim();
  const { minLength = 1, maxLength = 64 } = rule;
  const kind = describeRange(rule, true);
  const expected: MessageRef =
    minLength === maxLength
      ? { key: 'attr.list', params: { count: minLength, kind } }
      : { key: 'attr.listBetween', params: { min: minLength, max: maxLength, kind } };
  if (trimmed === '') return fail('attr.expectedGot', { expected, got: NOTHING });
  if (trimmed.length > MAX_ATTRIBUTE_LENGTH) return fail('attr.expected', { expected });
  const parts = trimmed.split(/\s*,\s*|\s+/);
  if (parts.some((part) => part === ''))
    return fail('attr.expectedGot', { expected, got: { key: 'attr.emptyEntry' } });
  if (parts.length < minLength || parts.length > maxLength) {
    return fail('attr.expectedGot', { expected, got: parts.length });
  }
  const values: number[] = [];
  for (const part of parts) {
    const parsed = parseNumber(part, rule);
    if (!parsed.ok)
      return fail('attr.listEntry', {
        expected,
        entry: part.slice(0, 40),
        kind: describeRange(rule),
      });
    values.push(parsed.value);
  }
  return ok(values);
}

/** Reads one of a fixed set of words. */
export function parseChoice<T extends string>(
  text: string | null | undefined,
  choices: readonly T[],
): Parsed<T> {
  const trimmed = (text ?? '').trim();
  if ((choices as readonly string[]).includes(trimmed)) return ok(trimmed as T);
  const list = choices.map((choice) => `'${choice}'`).join(', ');
  const got =
    trimmed === '' ? NOTHING : { key: 'attr.quoted', params: { text: trimmed.slice(0, 40) } };
  return fail('attr.oneOf', { choices: list, got });
}

/** `parse` functions for `@setting` (settings.ts), built from the parsers above. */
export const numberIn =
  (rule: NumberRule = {}) =>
  (text: string): Parsed<number> =>
    parseNumber(text, rule);

export const numberListIn =
  (rule: ListRule = {}) =>
  (text: string): Parsed<number[]> =>
    parseNumberList(text, rule);

export const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (text: string): Parsed<T> =>
    parseChoice(text, choices);
