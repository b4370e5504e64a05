import { addEnglish, type Messages } from '../i18n.js';

/**
 * The words of "predict, then check", shared by every element that asks, loaded with the field
 * (exercise-runtime.ts) the first time an element asks something. Placeholders: {question}
 * is the element's own question ("What is dy/dx?"); {value} and {working} are numbers or working
 * already in the reader's style; {correct}, {firstTry}, {count} are counts.
 */
export const exerciseMessages: Messages = {
  'exercise.fieldHint': 'Type a number or a little arithmetic, such as -0.8*1.5',
  'exercise.check': 'Check',
  'exercise.showAnswer': 'Show answer',
  'exercise.tryNew': 'Try new numbers',
  'exercise.right': 'Right: {working} ✓',
  'exercise.wrong': 'Not yet.',
  'exercise.wrong.sign': 'Not yet: check the sign.',
  'exercise.revealed': 'The answer: {working}',
  'exercise.outOfAttempts': 'No attempts left. The answer: {working}',
  'exercise.unreadable.empty': 'Type a number first.',
  'exercise.unreadable.syntax': 'That is not a number or arithmetic this figure can read.',
  'exercise.unreadable.name': "Use numbers only: '{name}' is a name, not a number.",
  'exercise.unreadable.notFinite': 'That works out to no finite number.',
  'exercise.score': {
    one: '{correct} of {count} question right, {firstTry} on the first try',
    other: '{correct} of {count} questions right, {firstTry} on the first try',
  },
};

addEnglish(exerciseMessages);
