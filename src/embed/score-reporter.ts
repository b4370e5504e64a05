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
 * `contentWindow` is `event.source`. Returns a function that stops reporting.
 */
export function reportScoreToParent(element: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  const post = (): void => {
    const { score } = element as HTMLElement & { score?: ExerciseScore };
    if (!score) return;
    // A plain copy: the message is cloned, and the page gets numbers, nothing of the element.
    const message: ScoreMessage = { type: 'backprop-elements:score', score: { ...score } };
    window.parent.postMessage(message, '*');
  };
  element.addEventListener('answer', post);
  return () => element.removeEventListener('answer', post);
}
