import { addEnglish } from './i18n.js';

/** English messages every element shares: attribute notes, number words, read-only sets. */
addEnglish({
  'number.minus': 'minus {value}',
  'problem.readOnly': '{property} is read-only; the value set was ignored',
});
