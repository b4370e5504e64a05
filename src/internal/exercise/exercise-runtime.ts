/**
 * What an exercise needs once an element asks something, fetched then (an element without `ask`
 * never loads it): the session that reads and scores answers (and with it the core's expression
 * parser), the answer field, its words and its styles.
 */
export { seededRandom } from '../../core/random.js';
export { ExerciseSession } from './exercise-session.js';
export { check, questionView, reveal, scoreView } from './exercise-turn.js';
export { answerFieldStyles as styles } from './answer-field.styles.js';
