import { addEnglish } from './i18n.js';

/** English messages every element shares: number words. */
addEnglish({
  'number.minus': 'minus {value}',
});
