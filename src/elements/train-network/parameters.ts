/**
 * Weights and biases a page sets from script, applied as a new epoch 0 from a copy of them, or
 * refused with a note and an `error` event when one does not have the network's shape. Only a
 * page that sets them needs this, so it is a chunk of its own fetched when they are given
 * (page-settings.ts); the update that follows its arrival applies them, and `updateComplete`
 * waits for it. DOM-free.
 */
import type { Problem } from '../../internal/attributes.js';
import type { ProblemFrom } from '../../internal/base-element.js';
import { cloneNetwork, startFrom, type TrainableNetwork } from '../../core/index.js';
import { givenValue } from '../../internal/settings.js';
import type { TrainModel } from './train-network-model.js';
import { refusals, type Refusals } from './train-network-settings.js';

export type ParameterName = 'weights' | 'biases';

/** Weights and biases set from script: a new epoch 0 from them. */
function withNetwork(model: TrainModel, network: TrainableNetwork): TrainModel {
  return { ...model, training: startFrom(network, model.data), diverged: false };
}

/**
 * Whether `value` has the shape of `like` (the network's weights or biases): arrays of the same
 * lengths all the way down, every entry a finite number.
 */
function fits(value: unknown, like: unknown): boolean {
  if (!Array.isArray(like)) return typeof value === 'number' && Number.isFinite(value);
  return (
    Array.isArray(value) &&
    value.length === like.length &&
    value.every((item, index) => fits(item, like[index]))
  );
}

/**
 * Weights and/or biases set from script (null: not given), as a new epoch 0 from a copy of them;
 * or, when one has the wrong shape, the model unchanged and the name of the one refused.
 */
export function withParameters(
  model: TrainModel,
  weights: unknown,
  biases: unknown,
): { model: TrainModel; refused: ParameterName | null } {
  const network = model.training.network;
  for (const [name, value] of [
    ['weights', weights],
    ['biases', biases],
  ] as const)
    if (value !== null && !fits(value, network[name])) return { model, refused: name };
  const candidate = {
    ...network,
    weights: (weights ?? network.weights) as number[][][],
    biases: (biases ?? network.biases) as number[][],
  };
  return { model: withNetwork(model, cloneNetwork(candidate)), refused: null };
}

/**
 * The snapshot after the `given` parameters of `element` (as it holds them now; null, not set),
 * each set one reported to `check`: refused when its shape does not fit, accepted otherwise.
 */
export function applyParameters(
  element: object,
  given: ReadonlySet<ParameterName>,
  model: TrainModel,
  check: (name: string, problem: Problem | ProblemFrom<Refusals> | null) => void,
): TrainModel {
  const value = (name: ParameterName): unknown =>
    given.has(name) ? givenValue<unknown>(element, name) : null;
  const weights = value('weights');
  const biases = value('biases');
  if (weights === null && biases === null) return model;
  const applied = withParameters(model, weights, biases);
  for (const name of ['weights', 'biases'] as const)
    if ((name === 'weights' ? weights : biases) !== null)
      check(
        name,
        applied.refused === name
          ? { from: refusals, problem: (notes) => notes.shapeProblem(name) }
          : null,
      );
  return applied.model;
}
