/**
 * The settings a page gave `<train-network>` since its last update, applied as one snapshot. The
 * settings come first, in one go: on the element's first model they make it (a figure given its
 * settings never builds the defaults' data and weights first), else they change the one in use.
 * `weights` and `biases` come after them, so they win over a new seed or shape; either is refused,
 * with a note and an `error` event, when its shape does not match the network.
 */
import type { Problem } from '../../internal/attributes.js';
import type { ProblemFrom } from '../../internal/base-element.js';
import { givenValue } from '../../internal/settings.js';
import { DEFAULTS, type TrainSettings } from './config.js';
import * as rules from './train-network-model.js';
import type { TrainModel } from './train-network-model.js';
import { refusals, type Refusals } from './train-network-settings.js';

/**
 * The snapshot after what `element` was given (`changed` names what), from `current`, its model
 * if made; undefined while it has none and was given nothing. `check` reports the parameters'
 * verdicts.
 */
export function applyGiven(
  element: object,
  changed: (name: string) => boolean,
  current: TrainModel | undefined,
  check: (name: string, problem: Problem | ProblemFrom<Refusals> | null) => void,
): TrainModel | undefined {
  let model = current;
  const given = Object.keys(DEFAULTS)
    .map((key) => [key === 'dataset' ? 'datasetName' : key, key])
    .filter(([name]) => changed(name));
  if (given.length > 0) {
    const next: Record<string, unknown> = { ...(model?.settings ?? DEFAULTS) };
    for (const [name, key] of given) next[key] = givenValue(element, name);
    const settings = next as unknown as TrainSettings;
    model = model ? rules.withSettings(model, settings) : rules.createModel(settings);
  }
  // Weights and biases apply after the settings, so they win over a new seed or shape.
  const parameters: rules.Parameters = {};
  for (const name of ['weights', 'biases'] as const) {
    const value = changed(name) ? givenValue<unknown>(element, name) : null;
    if (value !== null) parameters[name] = value;
  }
  if (!('weights' in parameters || 'biases' in parameters)) return model;
  const applied = rules.withParameters(model ?? rules.createModel(DEFAULTS), parameters);
  for (const name in parameters)
    check(
      name,
      applied.refused === name
        ? { from: refusals, problem: (notes) => notes.shapeProblem(name) }
        : null,
    );
  return applied.model;
}
