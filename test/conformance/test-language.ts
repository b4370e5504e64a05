import { addMessages, type Message, type Messages } from '../../src/internal/i18n.js';

/**
 * A test language (Esperanto's code, not shipped) whose catalogue is an element's English one
 * with every word replaced by a mark: once an element shows it, any English word left on screen
 * or in an accessible name is a string that does not come from the catalogue.
 */

export type Mark = (text: string) => string;

/**
 * Every Latin word of `letters` letters or more becomes "ĉŝ", placeholders kept. With 2, single
 * letters (x, w, b, the "d" of "d L by d a") stay: they are maths symbols.
 */
export const wordsAsMarks =
  (letters = 1): Mark =>
  (text) =>
    text.replace(new RegExp(`\\{\\w+\\}|[A-Za-z]{${letters},}`, 'g'), (part) =>
      part.startsWith('{') ? part : 'ĉŝ',
    );

/** The whole message becomes ⟦…⟧ around its placeholders: shown text is marks and numbers. */
export const placeholdersInMarks: Mark = (text) =>
  `⟦${[...text.matchAll(/\{(\w+)\}/g)].map((match) => match[0]).join(' ')}⟧`;

function marked(message: Message, mark: Mark): Message {
  if (typeof message === 'string') return mark(message);
  const forms = Object.entries(message).map(([form, text]) => [form, mark(text!)]);
  return Object.fromEntries(forms) as Message;
}

/** Registers `messages`, each marked, as the language `eo`. */
export function addTestLanguage(messages: Messages, mark: Mark): void {
  addMessages(
    'eo',
    Object.fromEntries(
      Object.entries(messages).map(([key, message]) => [key, marked(message, mark)]),
    ),
  );
}
