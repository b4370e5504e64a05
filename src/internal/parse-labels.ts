/**
 * The parser of a list of names (`lever, gear 1, gear 2`), apart from the shared parsers
 * (attributes.ts) because one element reads it: it travels in that element's chunk.
 */
import { addEnglish } from './i18n.js';
import { MAX_ATTRIBUTE_LENGTH, ok, refusal, type Parsed } from './attributes.js';

addEnglish({
  'attr.labels': 'expected a short list of names separated by commas',
  'attr.labelsAtMost': 'expected at most {max} names separated by commas',
});

/** Reads names separated by commas: `lever, gear 1, gear 2`. */
export function parseLabelList(text: string | null | undefined, maxLength = 16): Parsed<string[]> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return ok([]);
  if (trimmed.length > MAX_ATTRIBUTE_LENGTH) return refusal('attr.labels');
  const labels = trimmed.split(/\s*,\s*/);
  if (labels.length > maxLength) return refusal('attr.labelsAtMost', { max: maxLength });
  return ok(labels.map((label) => label.slice(0, 40)));
}
