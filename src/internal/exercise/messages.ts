import { addEnglish, type Messages } from '../i18n.js';

/**
 * The one exercise word an element's first load carries: the name of the question mark that
 * stands for a hidden number. The rest come with the field (runtime.messages.ts).
 */
export const pendingMessages: Messages = {
  // Names the question mark that stands where a number is hidden until the reader answers.
  'exercise.notYet': 'hidden until you answer',
};

addEnglish(pendingMessages);
