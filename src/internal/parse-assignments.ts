/**
 * The `values` attribute's parser (`x=2, w=-1`), apart from the shared parsers (attributes.ts)
 * because one element reads it: it travels in that element's chunk, not in every page's.
 */
import { addEnglish } from './i18n.js';
import {
  echo,
  MAX_ATTRIBUTE_LENGTH,
  ok,
  parseNumber,
  problem,
  refusal,
  type Parsed,
  type Problem,
} from './attributes.js';
import type { MessageRef } from './localizer.js';

addEnglish({
  'attr.assignments': "name=number pairs separated by commas, such as 'x=2, w=-1'",
  'attr.assignmentMissing': "expected {expected}; '{pair}' has no name=number",
  'attr.assignmentNumber': 'expected a number for {name}, got {got}',
});

/**
 * Reads `x=2, w=-1, b=0.5` into { x: 2, w: -1, b: 0.5 }: an object without a prototype, so a
 * variable named `constructor` or `__proto__` is a name like any other. Each entry is read on its
 * own: one that is not `name=number` is left out and named in the answer's `problem`, and the
 * others are kept, so one bad value does not lose the rest.
 */
export function parseAssignments(text: string | null | undefined): Parsed<Record<string, number>> {
  const trimmed = (text ?? '').trim();
  const expected: MessageRef = { key: 'attr.assignments' };
  const values: Record<string, number> = Object.create(null);
  if (trimmed === '') return ok(values);
  if (trimmed.length > MAX_ATTRIBUTE_LENGTH) return refusal('attr.expected', { expected });
  let refused: Problem | undefined;
  for (const pair of trimmed.split(/\s*[,;]\s*/)) {
    if (pair === '') continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(pair);
    const parsed = match ? parseNumber(match[2]) : undefined;
    if (match && parsed?.ok) values[match[1]] = parsed.value;
    else
      refused ??= match
        ? problem('attr.assignmentNumber', { name: match[1], got: echo(match[2]) })
        : problem('attr.assignmentMissing', { expected, pair: pair.slice(0, 40) });
  }
  return refused ? { ok: true, value: values, problem: refused } : ok(values);
}
