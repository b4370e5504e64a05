/**
 * The words of an expression `<graph-backprop>` cannot draw: the core's reason for text that is
 * not an expression (with its "did you mean"), worded in the reader's language from the core's
 * own English templates (fault.messages.ts), or our own note for a variable name that reads as a
 * broken number. No page whose expression is good needs them: they are fetched with the first
 * refused `expr` (the base holds the note until they are here, in the element's language) or the
 * first draft in the expression box that does not parse (the box says why once they are here).
 * DOM-free.
 */
import { faultWords } from '../../core/parse-words.js';
import { problem, type Problem } from '../../internal/attributes.js';
import { isLoaded, loadCatalogue } from '../../internal/i18n.js';
import type { MessageRef } from '../../internal/localizer.js';
import type { ExpressionFault, ParseFailure } from './graph-backprop-model.js';
import './fault.messages.js';
import './refusals.messages.js';

/** Languages whose fault words were asked for and came (or could not be fetched: English then). */
const settled = new Set<string>();
const loads = new Map<string, Promise<void>>();

/**
 * The fetch of the fault words in `lang` (a catalogue language), or null once they are here, or
 * could not be fetched (a self-host missing its chunks: the words stay in English).
 */
export function wordsLoad(lang: string): Promise<void> | null {
  if (settled.has(lang) || isLoaded(lang, 'graph-backprop-faults')) return null;
  let load = loads.get(lang);
  if (!load) {
    load = loadCatalogue(lang, 'graph-backprop-faults').then(() => void settled.add(lang));
    loads.set(lang, load);
  }
  return load;
}

/** Why a fault is not an expression, as a message of the reader's language. */
function reason(fault: ExpressionFault): MessageRef {
  if (fault.reason === 'confusing-name') return { key: 'graph-backprop.problem.confusingName' };
  const { words, params } = faultWords(fault);
  return { key: `graph-backprop-faults.${words}`, params };
}

/** Why typed text is not drawn, as the expression box says it. */
export function typedFailure(fault: ExpressionFault): ParseFailure {
  const { key, params } = reason(fault);
  const { message, ref } = problem(key, params);
  return { message, ref, position: fault.position };
}

/** Why the `expr` setting was refused, as its note and `error` event say it. */
export function settingProblem(fault: ExpressionFault): Problem {
  const words = reason(fault);
  return fault.reason === 'confusing-name'
    ? problem(words.key)
    : problem('graph-backprop.problem.parse', { message: words });
}
