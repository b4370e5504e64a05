import type { Messages } from '../internal/i18n.js';
import { messages as shared } from './hi/shared.js';
import { messages as chainRuleGears } from './hi/chain-rule-gears.js';
import { messages as neuronBackprop } from './hi/neuron-backprop.js';
import { messages as graphBackprop } from './hi/graph-backprop.js';
import { messages as layerDelta } from './hi/layer-delta.js';
import { messages as trainNetwork } from './hi/train-network.js';

/** Hindi. Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  ...shared,
  ...chainRuleGears,
  ...neuronBackprop,
  ...graphBackprop,
  ...layerDelta,
  ...trainNetwork,
};
