/**
 * Attribute parsers for the elements. Each returns either a value or a short message saying
 * what was expected; the base class turns a message into a visible note and an `error` event.
 * None of them throws.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Quotes refused text back, except NaN/Infinity, which would read as a broken widget. */
const echo = (text: string): string =>
  /nan|inf/i.test(text) ? 'a value that is not a finite number' : `'${text.slice(0, 40)}'`;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Attribute text longer than this is refused before any work is done on it. */
export const MAX_ATTRIBUTE_LENGTH = 2000;

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

function describeRange({ min, max, integer }: NumberRule): string {
  const kind = integer ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return kind;
}

/** Reads one number; `2`, `-0.5`, `1e-3` pass; empty text, words, NaN and Infinity do not. */
export function parseNumber(
  text: string | null | undefined,
  rule: NumberRule = {},
): Parsed<number> {
  const trimmed = (text ?? '').trim();
  const expected = describeRange(rule);
  if (trimmed === '') return fail(`expected ${expected}, got nothing`);
  if (trimmed.length > 40) return fail(`expected ${expected}`);
  const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(value)) return fail(`expected ${expected}, got ${echo(trimmed)}`);
  if (rule.integer && !Number.isInteger(value)) return fail(`expected ${expected}, got ${trimmed}`);
  if (rule.min !== undefined && value < rule.min)
    return fail(`expected ${expected}, got ${trimmed}`);
  if (rule.max !== undefined && value > rule.max)
    return fail(`expected ${expected}, got ${trimmed}`);
  return ok(value);
}

export interface ListRule extends NumberRule {
  minLength?: number;
  maxLength?: number;
}

/** Reads numbers separated by spaces or commas: `2 3`, `2, 3`, `0.5,-1`. */
export function parseNumberList(
  text: string | null | undefined,
  rule: ListRule = {},
): Parsed<number[]> {
  const trimmed = (text ?? '').trim();
  const { minLength = 1, maxLength = 64 } = rule;
  const count = minLength === maxLength ? `${minLength}` : `${minLength} to ${maxLength}`;
  const plural = describeRange(rule)
    .replace(/^an? /, '')
    .replace(/^(whole number|number)/, '$1s');
  const expected = `${count} ${plural} separated by spaces or commas`;
  if (trimmed === '') return fail(`expected ${expected}, got nothing`);
  if (trimmed.length > MAX_ATTRIBUTE_LENGTH) return fail(`expected ${expected}`);
  const parts = trimmed.split(/\s*,\s*|\s+/);
  if (parts.some((part) => part === '')) return fail(`expected ${expected}, got an empty entry`);
  if (parts.length < minLength || parts.length > maxLength) {
    return fail(`expected ${expected}, got ${parts.length}`);
  }
  const values: number[] = [];
  for (const part of parts) {
    const parsed = parseNumber(part, rule);
    if (!parsed.ok)
      return fail(`expected ${expected}; ${echo(part)} is not ${describeRange(rule)}`);
    values.push(parsed.value);
  }
  return ok(values);
}

/** Reads `x=2, w=-1, b=0.5` into { x: 2, w: -1, b: 0.5 }. */
export function parseAssignments(text: string | null | undefined): Parsed<Record<string, number>> {
  const trimmed = (text ?? '').trim();
  const expected = "name=number pairs separated by commas, such as 'x=2, w=-1'";
  if (trimmed === '') return ok({});
  if (trimmed.length > MAX_ATTRIBUTE_LENGTH) return fail(`expected ${expected}`);
  const values: Record<string, number> = {};
  for (const pair of trimmed.split(/\s*[,;]\s*/)) {
    if (pair === '') continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(pair);
    if (!match) return fail(`expected ${expected}; '${pair}' has no name=number`);
    const parsed = parseNumber(match[2]);
    if (!parsed.ok) return fail(`expected a number for ${match[1]}, got ${echo(match[2])}`);
    values[match[1]] = parsed.value;
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
  return fail(
    `expected one of ${list}, got ${trimmed === '' ? 'nothing' : `'${trimmed.slice(0, 40)}'`}`,
  );
}

/** Reads names separated by commas: `lever, gear 1, gear 2`. */
export function parseLabelList(text: string | null | undefined, maxLength = 16): Parsed<string[]> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return ok([]);
  if (trimmed.length > MAX_ATTRIBUTE_LENGTH)
    return fail('expected a short list of names separated by commas');
  const labels = trimmed.split(/\s*,\s*/);
  if (labels.length > maxLength)
    return fail(`expected at most ${maxLength} names separated by commas`);
  return ok(labels.map((label) => label.slice(0, 40)));
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
