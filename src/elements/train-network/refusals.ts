/**
 * The notes for refused values of `<train-network>`'s own: `features` and `points` that cannot
 * be read, and weights or biases set from script in another shape than the network's. No page
 * whose values are good needs them, so they are a chunk of their own with their words, fetched
 * the first time one is refused (the base holds the refusal until it is here: `ProblemFrom`).
 * The parsers (config.ts) decide what is refused; this says why. DOM-free.
 */
import { problem, type Problem } from '../../internal/attributes.js';
import { FEATURES, MAX_CLASSES } from '../../core/index.js';
import { MAX_POINTS } from './config.js';
import './refusals.messages.js';

export function shapeProblem(name: 'weights' | 'biases'): Problem {
  return problem('train-network.problem.shape', { name });
}

/** `features` with no name (`unknown` undefined) or a name that is not a feature. */
export function featuresProblem(unknown: string | undefined): Problem {
  const choices = FEATURES.join(' ');
  if (unknown === undefined) return problem('train-network.problem.features', { choices });
  return problem('train-network.problem.feature', { name: unknown.slice(0, 20), choices });
}

/**
 * `points` refused: entry `index` is not a point, or (index undefined) there are too many or
 * too few of them.
 */
export function pointsProblem(entries: readonly string[], index?: number): Problem {
  if (index !== undefined) {
    const entry = entries[index];
    return problem('train-network.problem.point', {
      number: index + 1,
      entry: /nan|inf/i.test(entry) ? '…' : entry.slice(0, 30),
      max: MAX_CLASSES - 1,
    });
  }
  if (entries.length > MAX_POINTS)
    return problem('train-network.problem.tooManyPoints', { max: MAX_POINTS });
  return problem('train-network.problem.fewPoints');
}
