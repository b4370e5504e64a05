import { FAULT_WORDS } from '../../core/parse-words.js';
import { translations } from '../../i18n/graph-backprop-faults.js';
import { addEnglish, addTranslations } from '../../internal/i18n.js';

/**
 * Why text is not an expression (`graph-backprop-faults.<code>`), a catalogue part of its own:
 * only a refused expression needs it, so it comes with expression-refusal.ts, and each other
 * language's words with the first refusal shown in that language. The English is the core's own
 * templates (core/parse-words.ts), so the words have one source. `{at}` and `{opened}` are
 * 0-based positions in the text, `{found}` the character or token found there, `{name}` a
 * function's name, `{max}` a limit, `{known}` the list of function names.
 */
addTranslations('graph-backprop-faults', translations);
addEnglish(
  Object.fromEntries(
    Object.entries(FAULT_WORDS).map(([code, words]) => [`graph-backprop-faults.${code}`, words]),
  ),
);
