/**
 * What an exercise needs once an element asks something, fetched then (an element without `ask`
 * never loads it): the driver that keeps the reader's answers, checks them and draws the field
 * and the score line, the session that reads and scores answers (and with it the core's
 * expression parser), the answer field, its words and its styles.
 */
export { ExerciseDriver } from './exercise-driver.js';
export { answerFieldStyles as styles } from './answer-field.styles.js';
