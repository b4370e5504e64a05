import type { ExerciseScore } from '../internal/exercise/exercise-session.js';

/**
 * The message an embed page without SCORM posts to its parent after each answer the reader
 * gives in a figure that asks (`ask` set): the element's `score`, for a platform or page that
 * reads messages.
 */
export interface ScoreMessage {
  type: 'backprop-elements:score';
  score: ExerciseScore;
}

/**
 * Posts the element's score to the parent frame after every `answer` event. Like the height
 * messages (height-reporter.ts), the target is '*': the embedding page's origin is unknown (a
 * sandboxed frame cannot even name its own), so the parent checks the sender, the iframe whose
 * `contentWindow` is `event.source`.
 */
export function reportScoreToParent(element: HTMLElement): void {
  if (window.parent === window) return;
  element.addEventListener('answer', () => {
    // `score` is a fresh plain object on every read: the page gets numbers, nothing of the element.
    const { score } = element as HTMLElement & { score: ExerciseScore };
    const message: ScoreMessage = { type: 'backprop-elements:score', score };
    window.parent.postMessage(message, '*');
  });
}
