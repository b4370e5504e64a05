/**
 * SCORM 1.2 for a figure that asks (`ask` set): the score the teacher sees in the gradebook, a
 * pass or fail against the author's pass mark, one interaction per question the reader closes,
 * and the reader's answers kept in `cmi.suspend_data` so a relaunch picks up where they left
 * off. Read from the element's public exercise API only (`answer` events, `score`,
 * `exerciseProgress()`, `resumeExercise()`), so it works for any element that asks.
 */
import type { AnswerDetail, ExerciseScore } from '../internal/exercise/exercise-session.js';
import { scormTimespan, type ScormSession } from './scorm-runtime.js';

/** What `cmi.suspend_data` holds in SCORM 1.2, in characters. */
export const SUSPEND_DATA_LIMIT = 4096;

/** What `cmi.interactions.n.student_response` holds (CMIFeedback, a CMIString255). */
const RESPONSE_LIMIT = 255;

/** The part of an element that asks which this module reads (ExerciseElement offers it). */
export interface AskingElement extends HTMLElement {
  readonly ask: readonly string[];
  readonly score: ExerciseScore;
  exerciseProgress(limit?: number): string;
  resumeExercise(progress: string): void;
}

/** True for an element whose `ask` names at least one question. */
export function asksSomething(element: HTMLElement): element is AskingElement {
  const candidate = element as Partial<AskingElement>;
  return (
    Array.isArray(candidate.ask) &&
    candidate.ask.length > 0 &&
    typeof candidate.exerciseProgress === 'function' &&
    typeof candidate.resumeExercise === 'function'
  );
}

/** The score as SCORM's raw score, 0 to 100: the share right, rounded to a whole percent. */
export function scorePercent({ correct, possible }: ExerciseScore): number {
  return possible > 0 ? Math.round((100 * correct) / possible) : 0;
}

/** A question's id as a CMIIdentifier: printable ASCII without spaces. */
function interactionId(question: string): string {
  return question.replace(/[^\w.-]/g, '_').slice(0, 255) || 'question';
}

/**
 * Reports `element`'s exercise through `session`. At the start: resumes the reader's answers
 * when the LMS relaunches an attempt (`cmi.core.entry` is `resume`) and sets the score's range.
 * After each answer: the interaction of a question just closed, the raw score when it rose (the
 * best of the session: "Try new numbers" starts a round at 0, and practising must not lower a
 * grade), `passed` or `failed` once every question of a round is closed, and the answers; then
 * one commit. At the finish `cmi.core.exit` is `suspend` while a question is open.
 */
export function reportExercise(
  session: ScormSession,
  element: AskingElement,
  passMark: number,
  now: () => number = () => performance.now(),
): void {
  if (session.get('cmi.core.entry') === 'resume') {
    const saved = session.get('cmi.core.suspend_data');
    if (saved) element.resumeExercise(saved);
  }
  const stored = Number.parseFloat(session.get('cmi.core.score.raw'));
  let best = Number.isFinite(stored) ? stored : -1;
  const count = Number.parseInt(session.get('cmi.interactions._count'), 10);
  let next = Number.isInteger(count) && count > 0 ? count : 0;
  session.set('cmi.core.score.min', '0');
  session.set('cmi.core.score.max', '100');
  session.commit();

  const roundClosed = (score: ExerciseScore): boolean =>
    score.possible > 0 && score.answered >= score.possible;
  session.exitWith(() => (roundClosed(element.score) ? '' : 'suspend'));

  // The interaction's latency runs from the previous question's close (or the page's start).
  let since = now();
  // A reveal carries no text: the reader's last try is what they responded.
  const lastGiven = new Map<string, string>();
  element.addEventListener('answer', (event) => {
    const detail = (event as CustomEvent<AnswerDetail>).detail;
    if (detail.given) lastGiven.set(detail.question, detail.given);
    if (detail.correct || detail.revealed) {
      const n = `cmi.interactions.${next++}`;
      session.set(`${n}.id`, interactionId(detail.question));
      session.set(`${n}.type`, 'numeric');
      session.set(
        `${n}.student_response`,
        (lastGiven.get(detail.question) ?? '').trim().slice(0, RESPONSE_LIMIT),
      );
      session.set(`${n}.result`, detail.correct ? 'correct' : 'wrong');
      const at = now();
      session.set(`${n}.latency`, scormTimespan(at - since));
      since = at;
      lastGiven.delete(detail.question);
    }
    const score = element.score;
    const raw = scorePercent(score);
    if (raw > best) {
      best = raw;
      session.set('cmi.core.score.raw', String(raw));
    }
    if (roundClosed(score)) {
      session.set('cmi.core.lesson_status', best >= passMark ? 'passed' : 'failed');
    }
    session.set('cmi.core.suspend_data', element.exerciseProgress(SUSPEND_DATA_LIMIT));
    session.commit();
  });
}
