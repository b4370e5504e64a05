import { addEnglish, type Messages } from '../internal/i18n.js';

/**
 * English for the embed pages' own notes (the figure's texts are the element's). Quotation
 * marks around a parameter name are part of each message, so a language uses its own. Imported
 * for its side effect, which package.json's `sideEffects` names so bundlers keep it.
 */
const EMBED_ENGLISH: Messages = {
  'embed.noElement': 'Name an element with ?el=, for example ?el={example}.',
  'embed.unknownElement': 'Unknown element "{tag}".',
  'embed.unavailable': 'The element "{tag}" is not available here.',
  'embed.tooLong': {
    one: '"{name}" was ignored: its value is longer than {count} character.',
    other: '"{name}" was ignored: its value is longer than {count} characters.',
  },
  'embed.notParameterGuess': '"{name}" is not a parameter of {tag}; did you mean "{guess}"?',
  'embed.notParameter': '"{name}" is not a parameter of {tag}.',
  'embed.parameterList': 'The parameters are: {list}.',
  'embed.badPassMark': '"pass" takes a percentage from 0 to 100, not "{got}"; {fallback} is used.',
  'embed.noscript': 'This interactive figure needs JavaScript.',
};

addEnglish(EMBED_ENGLISH);
