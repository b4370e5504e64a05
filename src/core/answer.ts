import { forward, topologicalOrder } from './backward.js';
import { readExpression } from './expression-reader.js';

/**
 * A reader's answer to "predict, then check": a number or a little arithmetic (`-0.8*1.5`,
 * `(0.2-1)*1.5`, `1/4`), read by the core's own parser and evaluated without `eval`.
 * The text is expected in the parser's form already (a localizer turns `0,5` into `0.5`).
 */
export type AnswerReading =
  | { readonly ok: true; readonly value: number }
  | {
      readonly ok: false;
      /** Why it cannot be read: nothing typed, not arithmetic, a name in it, or no finite number. */
      readonly reason: 'empty' | 'syntax' | 'name' | 'not-finite';
      /** Where the parser stopped, for a syntax problem (0-based). */
      readonly position?: number;
      /** The first name found, for `name`. */
      readonly name?: string;
    };

/** Reads an answer; never throws. Names (variables) are refused: the answer is a number. */
export function readAnswer(text: string): AnswerReading {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') return { ok: false, reason: 'empty' };
  // Read without the words of a parse error: a syntax problem is said by the answer field.
  const read = readExpression(trimmed);
  if (!read.ok) return { ok: false, reason: 'syntax', position: read.fault.position };
  const parsed = read.expression;
  const [name] = parsed.variables.keys();
  if (name !== undefined) return { ok: false, reason: 'name', name };
  const nodes = topologicalOrder(parsed.output);
  forward(nodes);
  const value = parsed.output.value;
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-finite' };
  return { ok: true, value };
}

/** How close an answer must be. */
export interface Tolerance {
  /** Relative: 0.01 accepts answers within 1 % of the expected value. */
  readonly relative: number;
  /** Absolute floor, so an answer near 0 is not held to a vanishing margin. */
  readonly absolute: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { relative: 0.01, absolute: 0.001 };

/** True when `given` is within the tolerance of `expected` (the core's value, never a rounded one). */
export function answerMatches(
  given: number,
  expected: number,
  tolerance: Tolerance = DEFAULT_TOLERANCE,
): boolean {
  if (!Number.isFinite(given) || !Number.isFinite(expected)) return false;
  const margin = Math.max(Math.abs(expected) * tolerance.relative, tolerance.absolute);
  return Math.abs(given - expected) <= margin;
}

/** A wrong answer a reader is likely to give, and the hint that names the mistake. */
export interface LikelyMistake<Hint extends string = string> {
  readonly value: number;
  readonly hint: Hint;
}

/**
 * Which mistake a wrong answer looks like: one of the element's likely mistakes (a factor left
 * out, a rule misapplied), else `sign` when only the sign is off, else undefined.
 */
export function diagnoseAnswer<Hint extends string>(
  given: number,
  expected: number,
  mistakes: readonly LikelyMistake<Hint>[] = [],
  tolerance: Tolerance = DEFAULT_TOLERANCE,
): Hint | 'sign' | undefined {
  for (const mistake of mistakes) {
    if (Number.isFinite(mistake.value) && answerMatches(given, mistake.value, tolerance)) {
      if (!answerMatches(mistake.value, expected, tolerance)) return mistake.hint;
    }
  }
  if (expected !== 0 && answerMatches(-given, expected, tolerance)) return 'sign';
  return undefined;
}
