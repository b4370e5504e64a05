/**
 * The note for weights or biases set from script in another shape than the network's. No page
 * whose numbers fit needs it, so it is a chunk of its own with its words, fetched the first time
 * one does not fit (the base holds the refusal until it is here: `ProblemFrom`). DOM-free.
 */
import { problem, type Problem } from '../../internal/attributes.js';
import './refusals.messages.js';

export function shapeProblem(name: 'weights' | 'biases'): Problem {
  return problem('train-network.problem.shape', { name });
}
