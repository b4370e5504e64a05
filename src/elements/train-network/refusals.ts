/**
 * The notes for refused values of `<train-network>`'s own: `features` and `points` that cannot
 * be read, and weights or biases set from script in another shape than the network's. No page
 * whose values are good needs them, so they are a chunk of their own with their words, fetched
 * the first time one is refused (the base holds the refusal until it is here: `ProblemFrom`).
 * The parsers (config.ts) decide what is refused and hand over what the words quote; this says
 * why. DOM-free, and it imports nothing of the element's, so it stays a chunk of its own.
 */
import { problem, type Problem } from '../../internal/attributes.js';
import './refusals.messages.js';

export function shapeProblem(name: 'weights' | 'biases'): Problem {
  return problem('train-network.problem.shape', { name });
}

/** `features` with no name (`unknown` undefined) or a name that is not one of `features`. */
export function featuresProblem(unknown: string | undefined, features: readonly string[]): Problem {
  const choices = features.join(' ');
  if (unknown === undefined) return problem('train-network.problem.features', { choices });
  return problem('train-network.problem.feature', { name: unknown.slice(0, 20), choices });
}

/**
 * `points` refused: entry `index` is not a point (a label is at most `limits.label`), or (index
 * undefined) there are more than `limits.points` of them, or fewer than two.
 */
export function pointsProblem(
  entries: readonly string[],
  index: number | undefined,
  limits: { points: number; label: number },
): Problem {
  if (index !== undefined) {
    const entry = entries[index];
    return problem('train-network.problem.point', {
      number: index + 1,
      entry: /nan|inf/i.test(entry) ? '…' : entry.slice(0, 30),
      max: limits.label,
    });
  }
  if (entries.length > limits.points)
    return problem('train-network.problem.tooManyPoints', { max: limits.points });
  return problem('train-network.problem.fewPoints');
}
