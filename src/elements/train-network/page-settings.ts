/**
 * The settings a page gave `<train-network>` since its last update, applied as one snapshot. The
 * settings come first, in one go: on the element's first model they make it (a figure given its
 * settings never builds the defaults' data and weights first), else they change the one in use.
 * `weights` and `biases` come after them, so they win over a new seed or shape, once their code is
 * here (parameters.ts); either is refused, with a note and an `error` event, when its shape does
 * not match the network.
 */
import type { Problem } from '../../internal/attributes.js';
import type { ProblemFrom } from '../../internal/base-element.js';
import { LazyView, type LoadHost } from '../../internal/lazy-view.js';
import { givenValue } from '../../internal/settings.js';
import { DEFAULTS, type TrainSettings } from './config.js';
import type { ParameterName } from './parameters.js';
import * as rules from './train-network-model.js';
import type { TrainModel } from './train-network-model.js';
import type { Refusals } from './train-network-settings.js';

/**
 * How weights and biases set from script apply (parameters.ts): only a page that sets them needs
 * it, fetched when it first does.
 */
export const parametersCode = new LazyView(() => import('./parameters.js'));

/**
 * The snapshot after what `element` was given (`changed` names what), from `current`, its model
 * if made; undefined while it has none and was given nothing. `held`: the parameters given and
 * not yet applied, kept by the element between updates. `check` reports the parameters'
 * verdicts.
 */
export function applyGiven(
  element: LoadHost,
  changed: (name: string) => boolean,
  current: TrainModel | undefined,
  held: Set<ParameterName>,
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
    model = model ? rules.withSettings(model, settings) : rules.initialModel(settings, DEFAULTS);
  }
  // Weights and biases apply after the settings, so they win over a new seed or shape. Their
  // code comes when a page first gives them: until it is here they stay held in `held`.
  for (const name of ['weights', 'biases'] as const)
    if (changed(name) && givenValue(element, name) !== null) held.add(name);
  if (held.size === 0) return model;
  const code = parametersCode.use(element);
  if (!code) return model;
  const applied = code.applyParameters(element, held, model ?? rules.createModel(DEFAULTS), check);
  held.clear();
  return applied;
}
