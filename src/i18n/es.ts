import type { Messages } from '../internal/i18n.js';
import { messages as shared } from './es/shared.js';
import { messages as chainRuleGears } from './es/chain-rule-gears.js';
import { messages as neuronBackprop } from './es/neuron-backprop.js';
import { messages as graphBackprop } from './es/graph-backprop.js';
import { messages as layerDelta } from './es/layer-delta.js';
import { messages as trainNetwork } from './es/train-network.js';

/** Spanish. Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  ...shared,
  ...chainRuleGears,
  ...neuronBackprop,
  ...graphBackprop,
  ...layerDelta,
  ...trainNetwork,
};
